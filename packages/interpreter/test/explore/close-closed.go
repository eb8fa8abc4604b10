// Check-then-close in two goroutines: both can see the channel open and both close it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	closeOnce := func() {
		select {
		case <-ch:
		default:
			close(ch)
		}
		wg.Done()
	}
	wg.Add(2)
	go closeOnce()
	go closeOnce()
	wg.Wait()
	fmt.Println("closed")
}
