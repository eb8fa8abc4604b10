// Deferred closures can read and change named results after the return statement.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	n := 1
	defer func() { n = 100 }()
	return n
}

func withErr(fail bool) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("withErr: %w", err)
		}
	}()
	if fail {
		return errors.New("boom")
	}
	return nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

func order() (s string) {
	defer func() { s += " c" }()
	defer func() { s += " b" }()
	s = "a"
	return s + " return"
}

func counter() (i int) {
	defer func() { i++ }()
	for i = 0; i < 5; i++ {
	}
	return
}

func main() {
	fmt.Println(double(), unnamed())
	fmt.Println(withErr(false), withErr(true))
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(order())
	fmt.Println(counter())
}
