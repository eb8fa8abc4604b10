package sort

// Implemented in src/stdlib/natives/sort.ts: what Go gets from reflectlite.

// reflectLen returns the length of the slice x; it panics if x is not a slice.
func reflectLen(x any) int

// reflectSwap swaps elements i and j of the slice x.
func reflectSwap(x any, i, j int)
