// Two senders on an unbuffered channel, main takes the first value and returns: the other
// sender is then blocked in its send (leaked) or has not reached it yet.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { ch <- 2 }()
	fmt.Println(<-ch)
}
