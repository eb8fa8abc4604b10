// Every map operation is under the mutex, but the read-modify-write is not: the two reads
// can both see 0, so one increment is lost. The map itself never crashes. (The Gosched only
// lets real Go show the lost update; it adds no outcome.)
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	m := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	inc := func() {
		mu.Lock()
		v := m["k"]
		mu.Unlock()
		runtime.Gosched()
		mu.Lock()
		m["k"] = v + 1
		mu.Unlock()
		wg.Done()
	}
	wg.Add(2)
	go inc()
	go inc()
	wg.Wait()
	fmt.Println(m["k"])
}
