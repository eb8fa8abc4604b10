// select between a sender and a closed done channel: when main takes done, the sender's
// unbuffered send can never complete (a leak once it has reached the send).
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() { ch <- 1 }()
	go func() { close(done) }()
	select {
	case v := <-ch:
		fmt.Println("got", v)
	case <-done:
		fmt.Println("done")
	}
}
