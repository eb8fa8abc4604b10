// Two mutexes locked in opposite orders: if each goroutine gets its first lock before the
// other's, both wait forever and so does main.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		a.Lock()
		b.Lock()
		b.Unlock()
		a.Unlock()
		wg.Done()
	}()
	go func() {
		b.Lock()
		a.Lock()
		a.Unlock()
		b.Unlock()
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("done")
}
