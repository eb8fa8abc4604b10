// Goroutines waiting for a Mutex get it in the order they queued; Unlock does not hand off.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			fmt.Print(i, " ")
			mu.Unlock()
		}(i)
	}
	runtime.Gosched() // let them all block on the lock
	mu.Unlock()
	wg.Wait()
	fmt.Println()
}
