// Does not compile: constant expressions that overflow their type, and constant division by
// zero. 'é' (233) fits in a byte and is not reported.
package main

import "fmt"

func main() {
	var a int8 = 128
	var b uint = -1
	c := uint32(1<<32-1) + 1
	d := 10 / 0
	var e byte = 'é'
	fmt.Println(a, b, c, d, e)
}
