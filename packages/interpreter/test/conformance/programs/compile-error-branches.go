// Does not compile: the parser's label and branch checks (cmd/compile/internal/syntax
// branches.go). Their errors end compilation before type checking, so the type error on the
// last line of main is not reported.
package main

import "fmt"

func jumps(n int) {
	goto Skip
	a, b := 1, 2
Skip:
	fmt.Println(a, b)
	if n > 0 {
		goto Inner
	}
	for {
	Inner:
		break
	}
	f := func() {
		goto Done
		var v = 3
		_ = v
	Done:
	}
	f()
}

func labels(x int) {
Unused:
	for i := 0; i < 3; i++ {
		switch x {
		case 1:
			fallthrough
		case 2:
			if x > 0 {
				fallthrough
			}
		default:
			fallthrough
		}
	}
Block:
	{
		break Block
	}
Loop:
	for range []int{} {
		continue Block
	}
	goto Loop
}

func main() {
	jumps(1)
	labels(2)
	var s string = 1
}
