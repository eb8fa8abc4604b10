// conformance:runs 5
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := map[string]int{}
	for _, w := range []string{"a", "b", "c", "a", "b", "a"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total[w]++
		}(w)
	}
	wg.Wait()
	fmt.Println(total)
	wg.Done()
	fmt.Println("unreachable")
}
