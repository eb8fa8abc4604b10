package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Attrs map[string]int
	P     *Point
	Any   interface{}
}

type Celsius float64

func main() {
	p := Point{3, -4}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	n := Named{Name: "n1", Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}, Any: 42}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%#v\n", n.Attrs)
	fmt.Printf("%q %q %q\n", "hello\n", 'x', []string{"a b", "c"})
	fmt.Printf("%x %X %#x %o %#o %b\n", 255, 255, 255, 8, 8, 5)
	fmt.Printf("%x % x %X\n", "hi!", []byte("go"), "hi")
	fmt.Printf("[%08.3f] [%-10s] [%10s] [%5d] [%-5d] [%05d]\n", math.Pi, "left", "right", 42, 42, -42)
	fmt.Printf("[%e] [%E] [%g] [%G] [%.2e]\n", 123456.789, 0.000123, 1e21, 1e-7, 9.999)
	fmt.Printf("[%6.2f%%] [%+d] [% d] [%c] [%U]\n", 99.5, 5, 5, 'G', 'é')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%T %T %T %T %T\n", 1, 1.0, 'a', "s", nil)
	fmt.Printf("%T %T %T\n", []interface{}{1}, map[string][]int{}, Celsius(3))
	fmt.Printf("%v %.1f\n", Celsius(36.6), Celsius(36.6))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "y")
	var ip *int
	fmt.Printf("%v %d\n", ip, []int(nil))
	fmt.Printf("%v %v\n", [3]bool{true}, struct{}{})
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%x\n", -255)
	fmt.Printf("%8.3s|\n", "abcdef")
	fmt.Printf("%v %v\n", int8(-128), uint8(200))
	fmt.Printf("%.3g %g %g %v\n", 2.0/3, 100000000.0, 1e6, float32(0.1))
	fmt.Printf("%v\n", []float64{1, 2.5, 1e-9})
	fmt.Printf("%+q %#q\n", "héllo", "raw`s")
}
