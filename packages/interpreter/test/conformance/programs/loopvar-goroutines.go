// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[int]int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen[i]++ // captures the shared loop variable (pre-1.22)
			mu.Unlock()
		}()
	}
	wg.Wait()
	// Goroutines may start before or after the loop finishes, so only check the sum of counts.
	total := 0
	for _, c := range seen {
		total += c
	}
	fmt.Println("goroutines ran:", total)

	fixed := make([]int, 0)
	for i := 0; i < 5; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fixed = append(fixed, i*i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(fixed)
	fmt.Println(fixed)

	var funcs []func() string
	for _, s := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return s })
	}
	for _, f := range funcs {
		fmt.Print(f())
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] == ptrs[2])
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			results[idx] = idx * 10
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
}
