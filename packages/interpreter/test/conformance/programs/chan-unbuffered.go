// Unbuffered channels synchronise sender and receiver: ping-pong and handoff ordering.
// conformance:runs 5
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 5; i++ {
		ping <- i
		fmt.Println("sent", i, "got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)
	done := make(chan struct{})
	data := 0
	go func() {
		data = 42
		done <- struct{}{}
	}()
	<-done
	fmt.Println("data after handoff:", data)
	steps := make(chan string)
	go func() {
		for _, s := range []string{"one", "two", "three"} {
			steps <- s
		}
		close(steps)
	}()
	for s := range steps {
		fmt.Println("step", s)
	}
	var sendOnly chan<- int = ping
	var recvOnly <-chan int = pong
	fmt.Printf("%T %T %d %d\n", sendOnly, recvOnly, len(recvOnly), cap(recvOnly))
	results := make(chan int)
	go func() { results <- fib(20) }()
	fmt.Println("fib(20) =", <-results)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
