// Correct: two goroutines only read one map (reads never set hashWriting); never crashes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	var x, y int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		x = m["a"] + m["b"]
		wg.Done()
	}()
	go func() {
		for _, v := range m {
			y += v
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Println(x, y)
}
