// x++ in two goroutines without synchronization: each is a load and a store, so one
// increment can be lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		x++
		wg.Done()
	}()
	go func() {
		x++
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(x)
}
