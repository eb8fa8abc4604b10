// An interface holding a nil pointer is not nil; the classic error-returning mistake.
package main

import "fmt"

type File struct{ fd int }

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil *MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Animal interface{ Name() string }
type Cat struct{}

func (c *Cat) Name() string { return "cat" }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err)
	fmt.Println(correct(false) == nil, correct(true) == nil)
	var c *Cat
	var a Animal = c
	fmt.Println(c == nil, a == nil, a.Name())
	p, ok := a.(*Cat)
	fmt.Println(p == nil, ok)
	var e2 error = (*MyErr)(nil)
	var e3 error = (*MyErr)(nil)
	fmt.Println(e2 == e3, e2 == error(nil))
	var f *File
	var i interface{} = f
	fmt.Println(i == nil, i == (*File)(nil))
	var nilIface interface{}
	fmt.Println(nilIface == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	var an Animal
	fmt.Println(an.Name())
}
