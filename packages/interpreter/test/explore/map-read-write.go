// A reader and a writer of one (non-empty) map: the read either misses the write's
// hashWriting window or sees the flag and Go throws.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 10}
	var r int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		r = m[1]
		wg.Done()
	}()
	go func() {
		m[2] = 20
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(m), r)
}
