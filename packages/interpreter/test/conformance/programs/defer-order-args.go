// defer runs last-in first-out; arguments are evaluated when the defer statement runs.
package main

import "fmt"

type T struct{ n int }

func (t T) show()   { fmt.Println("value receiver sees", t.n) }
func (t *T) showP() { fmt.Println("pointer receiver sees", t.n) }

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 42
	t := T{1}
	defer t.show()
	defer t.showP()
	t.n = 2
	nested()
	s := []int{1, 2, 3}
	defer fmt.Println("slice header copied, elements shared:", s)
	s[0] = 100
	s = append(s, 4)
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	fmt.Println("main body done")
}
