// A timeout that fires before the worker sends: the worker then blocks forever in its
// unbuffered send. main sleeps past the send, so the worker is blocked when main returns.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- 1
	}()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	}
	time.Sleep(40 * time.Millisecond)
}
