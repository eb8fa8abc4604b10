// recover in a deferred closure stops a panic; execution continues after the call.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

func protect(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
	}()
	f()
	fmt.Println(name, "finished normally")
}

func nestedPanic() {
	defer fmt.Println("deferred in nestedPanic runs during panicking")
	panic("from nestedPanic")
}

func main() {
	protect("string", func() { panic("boom") })
	protect("int", func() { panic(42) })
	protect("error", func() { panic(errors.New("an error")) })
	protect("custom", func() { panic(MyErr{7}) })
	protect("fmt error", func() { panic(fmt.Errorf("wrapped %w", MyErr{8})) })
	protect("nothing", func() {})
	protect("nested", nestedPanic)
	protect("struct", func() { panic(struct{ A, B int }{1, 2}) })
	protect("slice", func() { panic([]string{"x"}) })
	protect("float", func() { panic(1.5) })
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(MyErr); ok {
					fmt.Println("typed recover:", e.Code)
				}
			}
		}()
		panic(MyErr{99})
	}()
	v := func() (res string) {
		defer func() {
			if r := recover(); r != nil {
				res = fmt.Sprint("result from recover: ", r)
			}
		}()
		panic("value")
	}()
	fmt.Println(v)
	fmt.Println("recover outside panic:", recover())
}
