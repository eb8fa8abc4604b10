// A deadlock: Go prints every goroutine's stack, with the go statement that created it.
package main

import "fmt"

func worker(c chan int) {
	c <- 1
}

func relay(in, out chan int) {
	v := <-in
	out <- v
}

func main() {
	c := make(chan int)
	d := make(chan int)
	go worker(c)
	go relay(d, c)
	fmt.Println(<-c)
	<-c
}
