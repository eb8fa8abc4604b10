// conformance:runs 5
package main

import "fmt"

func main() {
	jobs := make(chan int, 2)
	results := make(chan int)
	go func() {
		for j := range jobs {
			results <- j * j
		}
	}()
	jobs <- 3
	jobs <- 4
	fmt.Println(<-results, <-results)
	// Nobody will ever send again: select blocks forever
	select {
	case r := <-results:
		fmt.Println("got", r)
	case jobs <- 5:
		fmt.Println("queued 5")
	}
	fmt.Println(<-results)
	select {}
}
