// A panic's traceback: recursive calls, a method, a closure, main; what Go prints of each
// frame is its function and file:line (its arguments and pc offset the model does not have).
package main

import (
	"fmt"
	"strconv"
)

type T struct{ xs []int }

func (t *T) get(i int) int {
	return t.xs[i]
}

func helper(n int) int {
	if n == 0 {
		panic(fmt.Sprintf("boom %d", n))
	}
	return helper(n - 1)
}

func main() {
	defer fmt.Println("deferred")
	t := &T{xs: []int{1, 2}}
	fmt.Println(t.get(1))
	func() { fmt.Println(strconv.Itoa(helper(3))) }()
}
