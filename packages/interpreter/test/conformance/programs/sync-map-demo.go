// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			m.Store(n%5, n%5*10)
			actual, loaded := m.LoadOrStore(fmt.Sprint("s", n%3), n%3)
			_ = actual
			_ = loaded
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	v, ok = m.Load(99)
	fmt.Println(v, ok)
	v, loaded := m.LoadOrStore("s1", 100)
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("s2")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("s2")
	fmt.Println(v, loaded)
	m.Delete(0)
	var entries []string
	m.Range(func(k, v interface{}) bool {
		entries = append(entries, fmt.Sprintf("%v=%v(%T)", k, v, k))
		return true
	})
	sort.Strings(entries)
	fmt.Println(entries)
	count := 0
	m.Range(func(k, v interface{}) bool {
		count++
		return count < 2
	})
	fmt.Println("stopped after", count)
}
