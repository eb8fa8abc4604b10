// math: Sqrt, Pow, Floor/Ceil, Inf, NaN, Max/Min with NaN, integer limits, Pi, Abs, Log.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(math.Inf(1)))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Ceil(2.1), math.Ceil(-2.1))
	fmt.Println(math.Abs(-3.5), math.Abs(math.Inf(-1)), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(math.Inf(-1), -1e308))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0), math.Log(-1))
	fmt.Println(math.Exp(1), math.Exp(710), math.Hypot(3, 4), math.Cbrt(27))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt16, math.MaxInt8)
	fmt.Println(math.MaxInt, uint64(math.MaxUint64))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(-3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.Trunc(-1.9), math.Round(0.5), math.Round(-0.5), math.Round(2.4999), math.Signbit(-0.0))
	fmt.Println(math.Float64bits(-0.0) == 1<<63, math.Inf(1)-math.Inf(1) == math.NaN())
	fmt.Println(math.Nextafter(1, 2), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(int64(math.Pow(2, 62)), math.Floor(1e300), math.Mod(10, 3))
	var x float64 = 1
	for i := 0; i < 1100; i++ {
		x *= 2
	}
	fmt.Println(x, -x, x*0)
}
