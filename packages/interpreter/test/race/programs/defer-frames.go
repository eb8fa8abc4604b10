// Deferred calls run by the runtime: at a normal return runtime.deferreturn takes the place of
// the deferring function in the stack, while a panic unwinds runtime.gopanic takes the place
// of the panicking function.
package main

import (
	"fmt"
	"time"
)

var x, y, z int

func f() {
	defer g()
	x = 3
}

func g() {
	y = 4
}

func h() {
	f()
}

func main() {
	go func() { y = 1 }()
	h()
	time.Sleep(time.Millisecond)
	go func() {
		defer func() {
			recover()
			z = 7
		}()
		panic(1)
	}()
	go func() {
		defer func() {
			recover()
		}()
		defer func() {
			x = 7
		}()
		var m map[int]int
		m[0] = 1
	}()
	time.Sleep(time.Millisecond)
	z = 8
	fmt.Println("hi")
	time.Sleep(time.Millisecond)
	x = 9
}
