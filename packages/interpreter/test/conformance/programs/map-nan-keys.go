// NaN keys: every insert makes a new entry, lookups never find them, delete cannot remove them.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	m[1] = 4
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Println(v, ok)
	delete(m, nan)
	fmt.Println(len(m))
	vals := []int{}
	nanKeys := 0
	for k, v := range m {
		if k != k {
			nanKeys++
		}
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(nanKeys, vals)
	fmt.Println(m[1])
	im := map[interface{}]string{}
	im[nan] = "a"
	im[nan] = "b"
	im[float32(nan)] = "c"
	fmt.Println(len(im))
	type pair struct{ f float64 }
	sm := map[pair]int{}
	sm[pair{nan}] = 1
	sm[pair{nan}] = 2
	_, found := sm[pair{nan}]
	fmt.Println(len(sm), found)
	am := map[[2]float64]int{}
	am[[2]float64{1, nan}]++
	am[[2]float64{1, nan}]++
	fmt.Println(len(am))
	inf := map[float64]string{math.Inf(1): "+inf", math.Inf(-1): "-inf"}
	fmt.Println(inf[math.Inf(1)], inf[math.Inf(-1)], fmt.Sprint(inf))
	fm := map[float64]int{nan: 1, 2: 2}
	fmt.Println(fm)
}
