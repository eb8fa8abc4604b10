// A runtime error's traceback: an index out of range in a method called from a closure.
package main

import "fmt"

type T struct{ xs []int }

func (t *T) get(i int) int {
	return t.xs[i]
}

func main() {
	t := &T{xs: []int{1, 2}}
	func() { fmt.Println(t.get(5)) }()
}
