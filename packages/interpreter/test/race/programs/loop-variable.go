// Go 1.19's loop variable is one variable for the whole loop: the goroutine reading it races
// with the loop's increment.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	seen := []int{}
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
		time.Sleep(time.Millisecond)
	}
	mu.Lock()
	fmt.Println(seen)
	mu.Unlock()
}
