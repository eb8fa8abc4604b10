// Does not compile: hard and soft errors together. cmd/compile reports unused variables and
// imports alongside the other errors (not instead of them), no "declared but not used" for a
// variable whose initializer is invalid, one copy of equal errors on a line, and the arguments
// of a call to an undefined function still count as uses.
package main

import (
	"fmt"
	"os"
	"strings"
)

func helper() {
	a := 1
	b := missing1 + missing1
}

func main() {
	x := 1
	m := map[string]struct{ n int }{}
	m["a"].n = 2
	p := &m["a"]
	used := 3
	notDefined(used)
	for i := 0; i < 3; i++ {
		k := i
	}
	fmt.Println("hi" + 1)
}
