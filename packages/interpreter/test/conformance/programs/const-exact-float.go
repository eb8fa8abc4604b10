// Untyped float constants are exact (go/constant's rationals and 512-bit floats): they are
// rounded only when they get a type, float32 constants round to float32, and float literals
// (decimal and hexadecimal) are read exactly.
package main

import (
	"fmt"
	"math"
)

const (
	Third   = 1.0 / 3
	One     = Third * 3
	Tenth   = 0.1
	Sum     = Tenth + 0.2
	Big     = 1e1000
	Huge    = 1e100000
	Tiny    = 1e-100000
	Cancel  = 1e20 + 1 - 1e20
	Shifted = 1 << 100 >> 98
	HexF    = 0x1p-2 + 0x1.8p1 + 0x10p0
	MinSub  = 0x1p-1074
	Half    = 0x1p-1075                // rounds to 0 as a float64 (ties to even)
	AbvHalf = 0x1.0000000000001p-1075 // rounds up to the smallest subnormal
	MaxF64  = 1.7976931348623158e308 // rounds down to math.MaxFloat64
	Ratio   = 123456789012345678901234567890.0 / 1e10
)

type Celsius float64

func main() {
	fmt.Println(Shifted, One == 1, Third, Sum == 0.3, Sum)
	fmt.Println(Big/1e999, Huge/1e99999 > 9.99, Huge > Big, Tiny < 1e-99999, Tiny > 0)
	fmt.Println(1e100000/1e100000, 1e-100000*1e100000, Cancel)
	fmt.Println(HexF, 0x1p1023*1.5, 0x.8p1, MinSub, Half, AbvHalf, MaxF64, Ratio)
	fmt.Println(1e300*1e300/1e300, 1e308*10/10, 1e-320, 1e-320*1e10)

	var f32 float32 = 0.1
	const c32 float32 = 0.1
	fmt.Println(f32, float64(f32), float64(c32), c32*3, c32+0.2, float32(1)/3)
	fmt.Println(float32(16777217), float32(1<<24+1), float32(0.1) == 0.1, 3.4028235677973366e38)
	fmt.Println(float32(math.MaxFloat32), math.SmallestNonzeroFloat32, math.MaxFloat64)
	const h float32 = 1.401298464324817e-45
	const hh float32 = 0.7e-45
	fmt.Println(h, hh, math.SmallestNonzeroFloat64/2*2, 5e-324, 4e-324, 2.5e-324)

	const c Celsius = 100.0 / 3
	fmt.Println(c, c*3, Celsius(1)/3*3 == 1)
	fmt.Println(1.0<<3, 2.0*4, int64(1e18), uint64(1<<63), int64(1<<62*1.5))
	var u8 uint8 = 255.0
	var i64 int64 = -9.223372036854775808e18
	fmt.Println(u8, i64, uint64(18446744073709551615.0), 'a'*1.5, 'a'/2.0)
	fmt.Println(9007199254740993.0, float64(9007199254740993), 1e23, 8.589973e9)

	fmt.Println(3i*3i, (1+2i)*(3+4i), (1+2i)/(3+4i), real(1+2i), imag(1.5i))
	var c64 complex64 = 1.1 + 2.2i
	fmt.Println(c64, complex(float32(1)/3, 0.1), complex64(complex(0.1, 0.2)))
	fmt.Println(1_000.000_1, 0_1.5, 012i, 0x10i, 1e2i)

	fmt.Println(math.Pi, float32(math.Pi), math.E*math.E, math.Sqrt2*math.Sqrt2 == 2)
	fmt.Println(math.Ln2/math.Ln10, math.Log10(0.001), math.Log2E*math.Ln2 == 1)
	fmt.Printf("%.20g %.20g %.17g\n", 0.1, 1e300*1e10/1e10, math.Phi)
	const big = 1 << 500
	fmt.Println(big/(big>>10), float64(big), big*1.0/3 > 1e150, float64(big)/3)
	var a [2.0]int
	fmt.Println(len(a), [...]int{2.0: 5}, -0.0 == 0)
}
