package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

// A blank result beside a named one, in a function with deferred calls: the blank result
// keeps what return gave it while the deferred calls run.
func f(x int) (_ *T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if x < 0 {
		panic("negative")
	}
	return &T{x}, nil
}

// A panic recovered before any return: the blank result is its zero value.
func g() (_ int, err error) {
	defer func() {
		recover()
		err = errors.New("late")
	}()
	panic(1)
}

func h() (_ int, _ string) {
	defer func() {}()
	return 4, "s"
}

func main() {
	t, err := f(3)
	fmt.Println(t.n, err)
	t, err = f(-1)
	fmt.Println(t == nil, err)
	fmt.Println(g())
	fmt.Println(h())
}
