// Correct: a range loop under RLock while two writers write under Lock; the reader checks
// every entry it sees (how many it sees depends on the schedule, but it is not printed).
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{0: 0}
	var mu sync.RWMutex
	ok := true
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 1; i <= 2; i++ {
		go func(i int) {
			mu.Lock()
			m[i] = i * 10
			mu.Unlock()
			wg.Done()
		}(i)
	}
	go func() {
		mu.RLock()
		for k, v := range m {
			ok = ok && v == k*10
		}
		mu.RUnlock()
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(len(m), ok)
}
