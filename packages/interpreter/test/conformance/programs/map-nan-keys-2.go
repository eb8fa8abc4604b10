package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]string{}
	m[math.NaN()] = "nan"
	m[math.NaN()] = "nan"
	m[1] = "one"
	m[math.Copysign(0, -1)] = "negzero"
	m[0] = "zero"
	fmt.Println(len(m), m[0], m[math.NaN()] == "")
	fmt.Println(m)
	var vals []string
	for k, v := range m {
		if k != k {
			vals = append(vals, "NaN:"+v)
		}
	}
	sort.Strings(vals)
	fmt.Println(vals)
	delete(m, math.NaN())
	fmt.Println(len(m))
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)

	type K struct {
		F float64
		S string
	}
	km := map[K]int{{math.NaN(), "x"}: 1, {1, "x"}: 2}
	km[K{math.NaN(), "x"}] = 3
	fmt.Println(len(km), km[K{1, "x"}])
	im := map[interface{}]int{}
	im[math.NaN()] = 1
	im[math.NaN()] = 2
	im[float32(1)] = 3
	im[float64(1)] = 4
	im[int(1)] = 5
	fmt.Println(len(im), im[1], im[1.0], im[float32(1)])
	fmt.Println(math.Inf(1) > math.MaxFloat64, -math.Inf(1) < -math.MaxFloat64)
	im2 := map[float64]int{math.Inf(1): 1, math.Inf(-1): 2, 0.5: 3}
	fmt.Println(im2)
}
