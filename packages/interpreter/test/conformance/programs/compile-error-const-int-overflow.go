// Does not compile: untyped integer constants are limited to 512 bits, constant shift counts
// to 1074, typed constants must fit their type after every operation, and float constants
// out of an integer type's range are "truncated".
package main

import "fmt"

const a = 1 << 511
const g uint8 = 200

func main() {
	const b = a * 4
	const c = 1 << 600
	const d = 1 << 2000
	const e = 1e400 >> 3
	const h = -g
	var i = int8(1000)
	var j uint = 1e20
	var k int32 = 1 << 31
	fmt.Println(b, c, d, e, h, i, j, k)
}
