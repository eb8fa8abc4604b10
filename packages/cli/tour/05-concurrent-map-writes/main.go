// Two goroutines counting visits in one map, with no lock around it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	visits := make(map[string]int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		visits["ana"]++
	}()
	go func() {
		defer wg.Done()
		visits["bo"]++
	}()
	wg.Wait()
	fmt.Println(len(visits), "visitors")
}
