// A range loop over a three-entry map prints its keys in the order Go's iteration takes them:
// all three share the map's one bucket, in insertion order, and the loop starts at a random
// slot offset, so it sees 1 2 3, 2 3 1 or 3 1 2 (no other rotation, and never a reversal).
package main

import "fmt"

func main() {
	m := map[int]bool{1: true, 2: true, 3: true}
	for k := range m {
		fmt.Print(k)
	}
	fmt.Println()
}
