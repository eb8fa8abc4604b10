// Two goroutines each write one key into one map, unsynchronized: either the writes do not
// overlap (len 2) or one write meets the other's hashWriting flag and Go throws.
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
