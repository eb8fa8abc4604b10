// A reader (three lookups of key 0) and a writer (three new keys) of one map, unsynchronized.
// Key 0 never moves (4 entries fit the map's one bucket), so every lookup reads 0.
// Outcomes: "4 0", or "fatal error: concurrent map read and map write".
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{0: 0}
	sum := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		for i := 0; i < 3; i++ {
			sum += m[0]
		}
		wg.Done()
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			m[i] = i
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(m), sum)
}
