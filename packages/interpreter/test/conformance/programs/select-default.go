// select with default never blocks; select picks a ready case; empty cases with break.
// conformance:runs 5
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1), trySend(ch, 2), trySend(ch, 3))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	unbuf := make(chan int)
	fmt.Println(trySend(unbuf, 1))
	done := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		close(done)
	}()
	count := 0
loop:
	for {
		select {
		case v := <-data:
			fmt.Println("received", v)
			count++
		case <-done:
			break loop
		}
	}
	fmt.Println("count", count)
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel is ready:", v, ok)
	default:
		fmt.Println("unexpected default")
	}
	counts := map[string]int{}
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- i
		b <- i
	}
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			counts["a"]++
		case <-b:
			counts["b"]++
		}
	}
	fmt.Println("both chosen:", counts["a"] > 100, counts["b"] > 100, counts["a"]+counts["b"])
	select {
	default:
		fmt.Println("only default")
	}
}
