// Untyped constants: default types, exact arithmetic, typed conversions.
package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Half  = 1 / 2
	HalfF = 1 / 2.0
	Name  = "gopher"
	Yes   = 1 < 2
	R     = 'x'
	C     = 2i * 2i
)

type Celsius float64
type MyInt int8

const Boiling Celsius = 100
const Limit MyInt = 127

func main() {
	fmt.Println(Small, Half, HalfF)
	fmt.Println(Pi)
	fmt.Println(float32(Pi))
	fmt.Println(Name, len(Name), Yes)
	fmt.Println(R, string(R))
	fmt.Println(C, real(C))
	fmt.Printf("%T %T %T %T %T %T\n", Small, HalfF, Name, Yes, R, C)
	fmt.Printf("%T %v\n", Boiling, Boiling)
	fmt.Printf("%T %v\n", Limit, Limit)
	var f float32 = Small
	var c complex64 = Small
	var b byte = 'A' + 2
	fmt.Println(f, c, b)
	x := Big / (1 << 98)
	fmt.Println(x)
	fmt.Println(Big/Big, Big%7)
	const Huge = 1e300 * 1e300 / 1e300
	fmt.Println(Huge)
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	var i int = 7.0
	fmt.Println(i, 7/2, 7/2.0, 7.0/2)
	fmt.Println(Boiling*9/5+32, Celsius(37.5))
	const s = "a" + "b" + `c`
	fmt.Println(s, s[1], s < "abd")
	const maxU = ^uint32(0)
	fmt.Println(maxU, ^0, -(^0))
}
