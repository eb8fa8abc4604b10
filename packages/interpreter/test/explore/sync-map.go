// Correct: two goroutines store into a sync.Map; a third loads or stores one shared key.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		m.Store("a", 1)
		wg.Done()
	}()
	go func() {
		m.Store("b", 2)
		wg.Done()
	}()
	go func() {
		m.LoadOrStore("c", 3)
		wg.Done()
	}()
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		n += v.(int)
		return true
	})
	fmt.Println(n)
}
