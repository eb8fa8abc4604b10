// complex64 and complex128: arithmetic, real/imag, printing, comparison.
package main

import (
	"fmt"
	"math"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(b), a == complex(1, 2), a != b)
	var c64 complex64 = complex64(a)
	fmt.Printf("%T %v %T\n", c64, c64*c64, real(c64))
	fmt.Printf("%.2f %g %v\n", b, b, -b)
	fmt.Println(math.Hypot(real(b), imag(b)), complex(real(a), -imag(a)))
	fmt.Println(1i*1i, (1+1i)*(1-1i))
	var z complex128
	fmt.Println(z, z == 0)
	c := complex(math.Inf(1), math.NaN())
	fmt.Println(c)
	x := 2.5
	fmt.Println(complex(x, -x), complex(float32(x), 1))
	arr := []complex128{1, 1i, -1, -1i}
	var prod complex128 = 1
	for _, v := range arr {
		prod *= v
	}
	fmt.Println(prod)
	fmt.Printf("%v|%8.3f|%+.1f\n", 1.5+2.5i, 1.5+2.5i, 1.5-2.5i)
	println(a, c64)
}
