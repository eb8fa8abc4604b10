// Package sa5000 restates, with code of its own, staticcheck's SA5000 test
// (dominikh/go-tools, staticcheck/sa5000/testdata/.../CheckNilMaps.go) for MH003
// nil-map-write. SA5000 reports a map write whose map is the nil constant on every path
// (its IR flattens phi nodes), which is MH003's "nil on every path".
//
// Beyond SA5000 (covered by ../../nilmapwrite): MH003 also follows map fields of local
// structs, named results, and writes inside an `m == nil` branch; SA5000 does not.
package sa5000

import "fmt"

func declaredWithoutValue() {
	var counts map[int]int
	counts[1] = 1 // want `assignment to entry in nil map: counts is nil on every path here \(declared at line 13 with no value\).*\(MH003\)`
}

// A parameter may be nil or not: unknown, not reported.
func parameter(counts map[int]int) {
	counts[1] = 1
}

// Nothing in the loop makes the map, so every iteration writes to nil.
func writeInLoop() {
	steps := []int{1, 2, 3}
	var last map[string]int
	for i := range steps {
		last["step"] = i // want `last is nil on every path here \(declared at line 25 with no value\)`
	}
	fmt.Println(last["step"])
}

// Made before the branches: never nil.
func madeBeforeBranches() {
	seen := map[string]int{}
	if len(seen) == 0 {
		if cap([]int{}) == 0 {
			seen[""] = 0
		}
	}
}
