// Does not compile in Go 1.19: interfaces do not satisfy comparable (allowed from 1.20), and
// a default constant type that disagrees with the inferred one (allowed from 1.21).
package main

import "fmt"

func Equal[T comparable](a, b T) bool { return a == b }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(Equal(x, y))
	fmt.Println(Max(2.5, -1))
	fmt.Println(Equal([]int{}, nil))
}
