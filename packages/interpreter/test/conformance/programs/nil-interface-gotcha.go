package main

import (
	"errors"
	"fmt"
)

type MyError struct{ msg string }

func (e *MyError) Error() string {
	if e == nil {
		return "<nil MyError>"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyError
	if fail {
		p = &MyError{"failed"}
	}
	return p // non-nil interface holding nil pointer!
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyError{"failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Dog struct{ name string }

func (d *Dog) Speak() string { return d.name + " woofs" }

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = mayFailFixed(false)
	fmt.Println(err == nil, err)
	var target *MyError
	fmt.Println(errors.As(mayFail(true), &target), target.msg)

	var s Speaker
	fmt.Println(s == nil)
	var d *Dog
	s = d
	fmt.Println(s == nil, s != nil)
	var i1, i2 interface{} = 1, 1
	var i3 interface{} = int64(1)
	fmt.Println(i1 == i2, i1 == i3, i1 == 1)
	var e1 error = &MyError{"x"}
	var e2 error = &MyError{"x"}
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), errors.New("a") == errors.New("a"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	}()
	m := map[string]Speaker{"rex": &Dog{"rex"}}
	if sp, ok := m["rex"]; ok {
		fmt.Println(sp.Speak())
	}
	fmt.Println(m["fido"] == nil)
	fmt.Println(s.Speak())
}
