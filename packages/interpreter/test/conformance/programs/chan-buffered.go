// Buffered channels: len and cap, FIFO order, blocking when full, receiving after close.
// conformance:runs 5
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	sem := make(chan struct{}, 2)
	done := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			sem <- struct{}{}
			done <- i
			<-sem
		}(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-done
	}
	fmt.Println("sum", sum)
	ints := make(chan int, 100)
	for i := 0; i < 100; i++ {
		ints <- i
	}
	close(ints)
	total := 0
	for n := range ints {
		total += n
	}
	fmt.Println(total, len(ints))
	unbuf := make(chan int)
	fmt.Println(len(unbuf), cap(unbuf))
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh), nilCh == nil)
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("unexpected")
	default:
		fmt.Println("channel full, send would block")
	}
}
