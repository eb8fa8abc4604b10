// Range over functions (Go 1.23): return, labeled break and continue, nested loops, defer in
// the body, and an iterator that calls yield after the body said stop. Go 1.19 cannot run it
// and no Go 1.23 is at hand: each line of range-func.expected was checked by hand against the
// spec (For statements with range clause) and Go 1.23's runtime message.
package main

import (
	"fmt"
	"strings"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
	}
}

func Words(s string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range strings.Fields(s) {
			if !yield(i, w) {
				return
			}
		}
	}
}

func find(words string, want string) (int, bool) {
	for i, w := range Words(words) {
		if w == want {
			return i, true
		}
	}
	return -1, false
}

func named() (n int) {
	defer func() { n *= 10 }()
	for i := range Count(10) {
		defer fmt.Println("  deferred in body", i)
		if i == 2 {
			n = i
			return
		}
	}
	return 99
}

func nested() string {
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("  pair", i, j)
		}
	}
	for i := range Count(3) {
		for j := range Count(3) {
			if i+j == 3 {
				return fmt.Sprint("returned from inner at ", i, j)
			}
		}
	}
	return "not reached"
}

func Bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	fmt.Println(find("the quick brown fox", "brown"))
	fmt.Println(find("the quick brown fox", "dog"))
	fmt.Println("named:", named())
	fmt.Println(nested())
	sum := 0
	for x := range Count(5) {
		sum += x
	}
	fmt.Println("sum", sum)
	defer func() { fmt.Println("recovered:", recover()) }()
	for x := range Bad {
		fmt.Println("bad", x)
		break
	}
}
