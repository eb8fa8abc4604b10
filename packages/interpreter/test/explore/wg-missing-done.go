// Add(2) but only one Done: main waits forever in every schedule.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		fmt.Println("worker")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("done")
}
