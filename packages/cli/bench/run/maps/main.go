// Map-heavy: 1M inserts into a map[int]int made without a size hint (so it grows through
// every size), then 1M lookups of present keys and 1M of absent ones.
package main

import "fmt"

const N = 1000000

func main() {
	m := make(map[int]int)
	for i := 0; i < N; i++ {
		m[i*7] = i
	}
	sum, hits := 0, 0
	for i := 0; i < N; i++ {
		sum += m[i*7]
		if _, ok := m[i*7+1]; ok {
			hits++
		}
	}
	fmt.Println("len", len(m), "sum", sum, "false hits", hits)
}
