// Does not compile: exact untyped float constants that do not fit the float type they get
// (overflow is checked on the exact value, after rounding), typed float constant arithmetic
// that overflows, and float constants that are not integers where an integer is needed.
package main

import "fmt"

const third = 1.0 / 3
const huge = 1e300 * 1e300 // fine while untyped

func main() {
	var f float32 = 1e40
	var g = float32(1e50)
	const c float64 = 1e300
	const d = c * c
	var h = huge
	var i int = 1.5
	var j int = third * 3 // exactly 1
	var k = int(1e100)
	var l float64 = 1 + 2i
	fmt.Println(f, g, d, h, i, j, k, l)
}
