package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]string{}
	for i := 0; i < 100; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	// deleting during range is safe in Go
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys[:5], keys[len(keys)-3:])

	// delete everything
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)

	// clearing and reusing
	m[1] = "one"
	m[1] = "uno"
	fmt.Println(m)

	// delete nonexistent key is a no-op
	delete(m, 42)
	fmt.Println(len(m))

	// Counting elements in range with deletion of the current key only
	counts := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	seen := 0
	for k := range counts {
		delete(counts, k)
		seen++
	}
	fmt.Println(seen, len(counts))
}
