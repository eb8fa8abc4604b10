// fmt uses String() and Error() methods, including on pointers and nested values.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	case Blue:
		return "blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error wins" }

type Wrapper struct {
	C    Color
	List []Color
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %+v %v\n", v, &v, []*Vec{&v})
	fmt.Println(Both{})
	fmt.Println(Wrapper{Blue, []Color{Red, Green}})
	fmt.Printf("%+v\n", Wrapper{Blue, nil})
	m := map[Color]int{Blue: 3, Red: 1}
	fmt.Println(m)
	fmt.Println(errors.New("plain"), []error{errors.New("a"), nil})
	var s fmt.Stringer = Green
	fmt.Println(s.String() + "!")
	fmt.Printf("%#v %T\n", Blue, Blue)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprintln(Red, 1))
	var nilVec *Vec
	fmt.Printf("%v\n", []interface{}{nil, Color(1)})
	_ = nilVec
}
