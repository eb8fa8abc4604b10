// Type assertions: comma-ok form, assertion to interfaces, failing assertions panic.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type onlyReader struct{}

func (onlyReader) Read() string { return "r" }

type Shape interface{ Area() float64 }
type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (s Square) String() string { return fmt.Sprintf("Square(%g)", s.S) }

func main() {
	var i interface{} = 42
	n, ok := i.(int)
	fmt.Println(n, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := i.(float64)
	fmt.Println(f, ok)
	var sh Shape = Square{2}
	sq := sh.(Square)
	fmt.Println(sq.S, sh.Area())
	_, isCircle := sh.(*Circle)
	fmt.Println(isCircle)
	str, ok := sh.(fmt.Stringer)
	fmt.Println(str, ok)
	sh = &Circle{1}
	_, ok = sh.(fmt.Stringer)
	fmt.Println(ok)
	var r Reader = onlyReader{}
	_, isWriter := r.(Writer)
	fmt.Println(isWriter)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	tryAssert := func(name string, f func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		f()
	}
	tryAssert("int as string", func() { _ = i.(string) })
	tryAssert("nil as int", func() { _ = nothing.(int) })
	tryAssert("square as circle", func() { _ = Shape(Square{1}).(*Circle) })
	tryAssert("circle as stringer", func() { _ = sh.(fmt.Stringer) })
	tryAssert("nil as iface", func() { _ = nothing.(fmt.Stringer) })
	type MyInt int
	var mi interface{} = MyInt(3)
	_, isInt := mi.(int)
	v, isMy := mi.(MyInt)
	fmt.Println(isInt, v, isMy)
}
