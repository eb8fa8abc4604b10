// All goroutines blocked: the runtime aborts with the deadlock fatal error and exit code 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	fmt.Println(<-ch)
	fmt.Println("waiting for a second value nobody sends")
	fmt.Println(<-ch)
}
