// float32 rounding: every operation rounds to single precision.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	fmt.Println(float64(a), float64(a+b))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big+1 == big)
	var x float32 = 1.0 / 3
	fmt.Println(x, x*3, float64(x)*3)
	fmt.Printf("%v %g %e %.10f\n", x, x, x, x)
	var m float32 = math.MaxFloat32
	fmt.Println(m, m*2, -m*2)
	f := float32(math.Pi)
	fmt.Println(f, float64(f), f*f)
	var d float64 = 1e40
	fmt.Println(float32(d), float32(-d), float32(1e-50))
	var h float32 = 123456.789
	fmt.Println(h, int32(h), h/1000)
	fmt.Printf("%T %T\n", a*2, float64(a)*2)
	var s float32 = 3.4e38
	s = s * 10 / 10
	fmt.Println(s)
	fmt.Println(math.Float32bits(1), math.Float32bits(-0.5), math.Float32frombits(0x40490fdb))
	fmt.Println(math.Float64bits(1), math.Float64frombits(0x3ff8000000000000))
	println(float32(1.5), 2.25)
}
