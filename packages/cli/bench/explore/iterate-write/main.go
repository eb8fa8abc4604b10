// A range loop over a 3-entry map while another goroutine adds three keys, unsynchronized.
// Outcomes: "6 N" where the loop saw N = 3 to 6 entries (each new key is seen or not: the
// spec allows both), or "fatal error: concurrent map iteration and map write".
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
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
		for i := 4; i <= 6; i++ {
			m[i] = i
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(m), n)
}
