// Map composite literals, lookups with comma-ok, zero values for missing keys, len.
package main

import (
	"fmt"
	"sort"
)

type point struct{ x, y int }

func main() {
	ages := map[string]int{"alice": 31, "bob": 25, "carol": 0}
	fmt.Println(len(ages), ages["alice"], ages["nobody"])
	v, ok := ages["carol"]
	fmt.Println(v, ok)
	v, ok = ages["dave"]
	fmt.Println(v, ok)
	if _, ok := ages["bob"]; ok {
		fmt.Println("bob present")
	}
	ages["dave"] = 40
	ages["alice"]++
	ages["erin"] += 5
	fmt.Println(len(ages), ages["alice"], ages["erin"])
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println(ages)
	pts := map[point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(pts[point{1, 2}], pts[point{0, 0}] == "", len(pts))
	nested := map[string]map[string]int{"x": {"y": 1}}
	fmt.Println(nested["x"]["y"], nested["q"]["y"])
	sl := map[int][]string{1: {"a"}, 2: nil}
	fmt.Println(sl, len(sl[2]), sl[3] == nil)
	m := make(map[float64]bool, 100)
	m[1.5] = true
	m[2] = false
	fmt.Println(len(m), m[1.5], m[2], m[3])
	var i interface{} = ages
	mm, isMap := i.(map[string]int)
	fmt.Println(isMap, len(mm))
	fmt.Printf("%v %d\n", map[bool]int{true: 1, false: 0}, len(map[int]int{}))
	type T map[string]int
	t := T{"z": 26, "a": 1}
	fmt.Printf("%v %T\n", t, t)
}
