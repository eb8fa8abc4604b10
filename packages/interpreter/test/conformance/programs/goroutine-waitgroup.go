// Goroutines joined with sync.WaitGroup; results collected by index so output is ordered.
// conformance:runs 5
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = square(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
	var inner sync.WaitGroup
	inner.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer inner.Done()
			runtime.Gosched()
		}()
	}
	inner.Wait()
	fmt.Println("nested waitgroup done")
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("waiting on a zero WaitGroup returns at once")
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad sync.WaitGroup
	bad.Done()
}
