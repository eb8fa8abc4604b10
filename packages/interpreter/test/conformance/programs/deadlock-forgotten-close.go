// conformance:runs 5
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}(i)
	}
	go func() {
		wg.Wait()
		// forgot close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
		fmt.Println("partial sum", sum >= r)
	}
	fmt.Println("total", sum)
}
