// defer in a loop piles up until the function returns; wrapping the body in a func
// literal releases each iteration's deferred call at once.
package main

import "fmt"

type resource struct{ id int }

func open(id int) *resource {
	fmt.Println("open", id)
	return &resource{id}
}

func (r *resource) Close() { fmt.Println("close", r.id) }

func leaky() {
	for i := 0; i < 3; i++ {
		r := open(i)
		defer r.Close()
	}
	fmt.Println("leaky done")
}

func tidy() {
	for i := 0; i < 3; i++ {
		func() {
			r := open(i)
			defer r.Close()
			fmt.Println("use", r.id)
		}()
	}
	fmt.Println("tidy done")
}

func loopVar() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure sees ", i, "; ") }()
	}
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("arg ", n, "; ") }(i)
	}
}

func main() {
	leaky()
	tidy()
	loopVar()
	fmt.Println()
	total := 0
	func() {
		for i := 1; i <= 100; i++ {
			defer func(v int) { total += v }(i)
		}
	}()
	fmt.Println(total)
}
