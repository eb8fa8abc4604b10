// Closures capture variables, not values: counters, generators, shared captures.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func pair() (inc func(), get func() int) {
	x := 0
	inc = func() { x += 10 }
	get = func() int { return x }
	return
}

func adder(base int) func(int) int {
	return func(d int) int { return base + d }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	x := 1
	double := func() { x *= 2 }
	double()
	double()
	fmt.Println(x)
	add5 := adder(5)
	fmt.Println(add5(1), adder(-1)(1))
	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))
	fns := make([]func() int, 0)
	for _, v := range []int{10, 20, 30} {
		v := v
		fns = append(fns, func() int { return v })
	}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	var nilFn func()
	fmt.Println(nilFn == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	nilFn()
}
