// Compares stdlib/math with Go's math, bit for bit (natives bound to Go's own).
package main

import (
	"fmt"
	"math"
	"math/rand"

	. "mapscope.test/std/checks/harness"
	my "mapscope.test/std/math"
)

func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || (a != a && b != b)
}

func inputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 2, 3, 10, 100, 1e-300, -1e-300,
		5e-324, -5e-324, math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi,
		math.Pi / 2, math.Pi / 4, 1 << 29, 1 << 30, 1e20, -1e20, 1 << 52, 1<<52 + 0.5, 1 << 53, 0.1, 0.7, 0.99999,
		1.0000001, 709.7, 710, -745, -746, 88.7, 1e308, 2.2250738585072014e-308, 4.9e-324}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 3000; i++ {
		switch i % 4 {
		case 0:
			xs = append(xs, r.Float64()*2-1)
		case 1:
			xs = append(xs, (r.Float64()*2-1)*100)
		case 2:
			xs = append(xs, math.Exp((r.Float64()*2-1)*700))
		case 3:
			xs = append(xs, -math.Exp((r.Float64()*2-1)*50))
		}
	}
	return xs
}

func main() {
	f1 := map[string][2]func(float64) float64{
		"Abs": {my.Abs, math.Abs}, "Acos": {my.Acos, math.Acos}, "Acosh": {my.Acosh, math.Acosh}, "Asin": {my.Asin, math.Asin},
		"Asinh": {my.Asinh, math.Asinh}, "Atan": {my.Atan, math.Atan}, "Atanh": {my.Atanh, math.Atanh}, "Cbrt": {my.Cbrt, math.Cbrt},
		"Ceil": {my.Ceil, math.Ceil}, "Cos": {my.Cos, math.Cos}, "Cosh": {my.Cosh, math.Cosh}, "Erf": {my.Erf, math.Erf},
		"Erfc": {my.Erfc, math.Erfc}, "Erfinv": {my.Erfinv, math.Erfinv}, "Exp": {my.Exp, math.Exp}, "Exp2": {my.Exp2, math.Exp2},
		"Expm1": {my.Expm1, math.Expm1}, "Floor": {my.Floor, math.Floor}, "Gamma": {my.Gamma, math.Gamma}, "J0": {my.J0, math.J0},
		"Log": {my.Log, math.Log}, "Log10": {my.Log10, math.Log10}, "Log1p": {my.Log1p, math.Log1p}, "Log2": {my.Log2, math.Log2},
		"Logb": {my.Logb, math.Logb}, "Round": {my.Round, math.Round}, "RoundToEven": {my.RoundToEven, math.RoundToEven},
		"Sin": {my.Sin, math.Sin}, "Sinh": {my.Sinh, math.Sinh}, "Sqrt": {my.Sqrt, math.Sqrt}, "Tan": {my.Tan, math.Tan},
		"Tanh": {my.Tanh, math.Tanh}, "Trunc": {my.Trunc, math.Trunc}, "Y0": {my.Y0, math.Y0},
	}
	f2 := map[string][2]func(float64, float64) float64{
		"Atan2": {my.Atan2, math.Atan2}, "Copysign": {my.Copysign, math.Copysign}, "Dim": {my.Dim, math.Dim},
		"Hypot": {my.Hypot, math.Hypot}, "Max": {my.Max, math.Max}, "Min": {my.Min, math.Min}, "Mod": {my.Mod, math.Mod},
		"Nextafter": {my.Nextafter, math.Nextafter}, "Pow": {my.Pow, math.Pow}, "Remainder": {my.Remainder, math.Remainder},
	}
	xs := inputs()
	for i, x := range xs {
		for name, f := range f1 {
			a, b := f[0](x), f[1](x)
			if !same(a, b) {
				Eq(fmt.Sprint(name, "(", x, ")"), a, b)
			}
		}
		ys := []float64{xs[(i*7+3)%len(xs)], xs[(i*13+1)%40], 2, -3, 0.5}
		for _, y := range ys {
			for name, f := range f2 {
				a, b := f[0](x, y), f[1](x, y)
				if !same(a, b) {
					Eq(fmt.Sprint(name, "(", x, ",", y, ")"), a, b)
				}
			}
		}
		i1, f1 := my.Modf(x)
		i2, f2 := math.Modf(x)
		True(fmt.Sprint("Modf ", x), same(i1, i2) && same(f1, f2))
		m1, e1 := my.Frexp(x)
		m2, e2 := math.Frexp(x)
		True(fmt.Sprint("Frexp ", x), same(m1, m2) && e1 == e2)
		for _, e := range []int{-1100, -1075, -1074, -1022, -3, 0, 5, 1023, 1024, 2000} {
			True(fmt.Sprint("Ldexp ", x, e), same(my.Ldexp(x, e), math.Ldexp(x, e)))
		}
		l1, s1 := my.Lgamma(x)
		l2, s2 := math.Lgamma(x)
		True(fmt.Sprint("Lgamma ", x), same(l1, l2) && s1 == s2)
		sn1, cs1 := my.Sincos(x)
		sn2, cs2 := math.Sincos(x)
		True(fmt.Sprint("Sincos ", x), same(sn1, sn2) && same(cs1, cs2))
		Eq("Ilogb", my.Ilogb(x), math.Ilogb(x))
		Eq("Signbit", my.Signbit(x), math.Signbit(x))
		Eq("IsNaN", my.IsNaN(x), math.IsNaN(x))
		for _, s := range []int{-1, 0, 1} {
			Eq("IsInf", my.IsInf(x, s), math.IsInf(x, s))
		}
		Eq("Float64bits", my.Float64bits(x), math.Float64bits(x))
		Eq("Float32bits", my.Float32bits(float32(x)), math.Float32bits(float32(x)))
		True("Jn", same(my.Jn(3, x), math.Jn(3, x)) && same(my.Yn(2, x), math.Yn(2, x)))
	}
	for n := -330; n < 330; n += 7 {
		Eq("Pow10", my.Pow10(n), math.Pow10(n))
	}
	Eq("consts", []any{my.Pi, my.E, my.MaxFloat64, my.SmallestNonzeroFloat64, my.MaxFloat32, my.MaxInt, my.MinInt, my.MaxInt64, my.MinInt64, uint64(my.MaxUint64), my.MaxInt32, my.MaxUint32, my.Sqrt2, my.Ln2, my.Log2E},
		[]any{math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.MaxInt, math.MinInt, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.MaxUint32, math.Sqrt2, math.Ln2, math.Log2E})
	True("Inf/NaN", my.IsInf(my.Inf(1), 1) && my.IsInf(my.Inf(-1), -1) && my.Float64bits(my.NaN()) == math.Float64bits(math.NaN()))
	Done("math")
}
