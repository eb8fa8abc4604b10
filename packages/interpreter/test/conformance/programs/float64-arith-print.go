// float64 arithmetic and how fmt and println print floats.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1.5e-7, 123456789.125, 1e-5, 0.000123}
	for _, v := range vals {
		fmt.Println(v, fmt.Sprintf("%v|%g|%e|%f|%.3f|%6.2f|%G", v, v, v, v, v, v, v))
	}
	fmt.Println(0.1+0.2, 0.3-0.1, 1.1*1.1, 3.0/7)
	var z float64
	fmt.Println(1/z, -1/z, z/z, -z, math.Copysign(0, -1))
	fmt.Println(math.Inf(1) - math.Inf(1), math.Inf(1) > math.MaxFloat64)
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, nan != nan)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Remainder(7, 3))
	x := 1e308
	fmt.Println(x*10, -x*10)
	fmt.Println(float64(1<<53)+1, float64(1<<53+1))
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%v %v %v\n", 2.0, 2.5, float64(7))
	fmt.Printf("%8.3f|%-8.3f|%+.2f|%08.2f\n", math.Pi, math.Pi, math.Pi, -math.Pi)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	var sum float64
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
}
