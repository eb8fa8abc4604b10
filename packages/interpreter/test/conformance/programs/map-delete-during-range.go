// Deleting during range is allowed: deleted entries not yet reached are not produced.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))
	n := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	produced := 0
	for k := range n {
		produced++
		for other := range n {
			if other != k {
				delete(n, other)
			}
		}
	}
	fmt.Println(produced, len(n))
	delete(n, "missing")
	var nilMap map[string]int
	delete(nilMap, "x")
	fmt.Println(len(nilMap))
	words := map[string]int{"go": 1, "rust": 0, "zig": 3, "c": 0, "ml": 2}
	for w, c := range words {
		if c == 0 {
			delete(words, w)
		}
	}
	keys := []string{}
	for k := range words {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(words))
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i
	}
	sum := 0
	for k, v := range big {
		delete(big, k)
		sum += v
	}
	fmt.Println(sum, len(big))
}
