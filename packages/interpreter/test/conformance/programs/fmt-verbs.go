// fmt verbs on every kind of value: %v %+v %#v %T %d %x %X %o %b %q %s %c %U %t %e %g %%.
package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Inner struct{ A []int }
type Outer struct {
	I   Inner
	P   *int
	M   map[string]int
	Any interface{}
	F   float64
}

func main() {
	p := Point{1, 2, "pt"}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	o := Outer{I: Inner{[]int{1}}, M: map[string]int{"k": 1}, Any: "s", F: 2}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	fmt.Printf("%d|%x|%X|%o|%O|%b|%#x|%#o|%#b\n", 255, 255, 255, 255, 255, 5, 255, 8, 5)
	fmt.Printf("%d|%x|%+d|% d|%d\n", -42, -42, 42, 42, uint64(1<<64-1))
	fmt.Printf("%q|%v|%s|%x|% X|%#q\n", "hi\n\"x\"", "hi", "hi", "hi", "hi", "back`tick")
	fmt.Printf("%#q|%+q|%q\n", "raw", "ünï", 'é')
	fmt.Printf("%c|%U|%#U|%d|%q\n", 65, 0x1F600, 'ä', 'a', 0x7f)
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%e|%E|%g|%G|%f|%F|%.3g|%g\n", 1234.5678, 1234.5678, 1234.5678, 1e-7, 1234.5678, 0.5, 1234.5678, 100000000.0)
	fmt.Printf("%v|%v|%v|%v\n", []string{"a", "b"}, [2]bool{true}, map[int]string{2: "b", 1: "a"}, struct{}{})
	fmt.Printf("%#v|%#v|%#v|%#v\n", []string{"a"}, [2]bool{}, map[string]bool{"x": true}, []interface{}{1, "a", nil})
	fmt.Printf("%q|%x|%X\n", []string{"a b", "c"}, []int{10, 255}, "héllo")
	fmt.Printf("%v|%d|%s\n", []byte("ab"), []byte("ab"), []byte("ab"))
	var np *Point
	var ni interface{}
	var ns []int
	var nm map[string]int
	var nf func()
	fmt.Printf("%v|%+v|%v|%v|%v|%v\n", np, np, ni, ns, nm, nf == nil)
	fmt.Printf("%#v|%#v|%#v|%#v\n", np, ni, ns, nm)
	fmt.Printf("%T|%T|%T|%T|%T|%T\n", ni, ns, nm, nf, 'x', 1i)
	fmt.Printf("%T|%T|%T\n", struct{ A int }{}, [3]*int{}, make(chan<- bool))
	fmt.Printf("%d%%|%v%%\n", 50, 1.5)
	fmt.Printf("%d|%s|%v\n", "str", 5, nil)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!|%z\n", 3)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%v %v %v\n", int8(-1), uint8(200), uintptr(7))
	fmt.Printf("%x %X % x\n", -255, []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%08.3f|%+08d|%-8s|%8s|%.2s|%5.1q\n", -3.14159, 42, "ab", "ab", "abcdef", "abc")
	fmt.Printf("%v %.1f %5.2v\n", 1e21, 2.55, 3.14159)
	fmt.Printf("%s\n", error(nil))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, true))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint(), fmt.Sprint(nil, nil))
}
