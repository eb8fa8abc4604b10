// Two goroutines each write one key into one map, unsynchronized, joined by a WaitGroup.
// Outcomes: "2" (the writes did not overlap), or "fatal error: concurrent map writes".
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		m[1] = 1
		wg.Done()
	}()
	go func() {
		m[2] = 2
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(m))
}
