// A delete and an assignment on one map in two goroutines: delete sets hashWriting as an
// assignment does, so overlapping them is "concurrent map writes" too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		delete(m, "a")
		wg.Done()
	}()
	go func() {
		m["c"] = 3
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(m)
}
