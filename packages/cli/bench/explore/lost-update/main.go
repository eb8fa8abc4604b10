// Two goroutines each increment one map value three times with a separate read and write,
// unsynchronized. Outcomes: "6"; a lost update ("2" to "5": a read saw a value the other
// goroutine was about to overwrite); "fatal error: concurrent map writes" (two writes
// overlapped); "fatal error: concurrent map read and map write" (a read met a write).
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"k": 0}
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			for i := 0; i < 3; i++ {
				v := m["k"]
				m["k"] = v + 1
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(m["k"])
}
