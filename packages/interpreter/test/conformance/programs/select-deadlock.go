// A select with only nil channels and no default blocks forever: deadlock, wait reason
// "select (no cases)" for select {} and "select" otherwise.
package main

import "fmt"

func main() {
	var a, b chan int
	fmt.Println("blocking in select on nil channels")
	select {
	case <-a:
	case b <- 1:
	}
}
