package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body done")
}

func deferArgsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

func namedResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			n = -1
		}
	}()
	defer func() { n *= 10 }()
	n = 5
	var arr []int
	_ = arr[n]
	return n, nil
}

func doubleIt() (r int) {
	defer func() { r *= 2 }()
	return 21
}

type tracer struct{ name string }

func (t tracer) done() { fmt.Println("done", t.name) }

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	deferOrder()
	deferArgsEval()
	fmt.Println(namedResult())
	fmt.Println(doubleIt())

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	t := tracer{"a"}
	defer t.done()
	t.name = "b"
	f := t.done
	t.name = "c"
	f()
	func() {
		defer func() {
			fmt.Println("inner recover:", recover())
		}()
		defer func() {
			panic("second")
		}()
		panic("first")
	}()
	fmt.Println(recover())
}
