// main returns without receiving: whether the sender is leaked depends only on whether it
// reached its send before main's last step. No synchronization orders the two, so both
// outcomes exist; the search must try the sender before main's return (the program's end
// conflicts with every step), not dismiss that order as equivalent to the one it ran.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	fmt.Println("x")
}
