// A range loop and a writer of one map: an iteration step inside the write's hashWriting
// window throws; otherwise the loop sees the new key or not (the spec allows both).
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 10, 2: 20}
	n := 0
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		for range m {
			n++
		}
		wg.Done()
	}()
	go func() {
		m[3] = 30
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(m), n)
}
