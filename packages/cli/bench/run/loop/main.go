// CPU-bound: the total number of Collatz steps for every start below N, and the start with
// the longest chain. Integer arithmetic, branches and a nested loop; no allocation.
package main

import "fmt"

const N = 1000000

func main() {
	total, best, bestLen := 0, 0, 0
	for start := 1; start < N; start++ {
		steps := 0
		for n := start; n != 1; steps++ {
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
		}
		total += steps
		if steps > bestLen {
			best, bestLen = start, steps
		}
	}
	fmt.Println("collatz below", N, "steps", total, "longest", best, bestLen)
}
