// Big untyped constant arithmetic and constant shifts.
package main

import (
	"fmt"
	"math"
)

const (
	Huge    = 1 << 200
	Back    = Huge >> 190
	Mixed   = Huge / (1 << 195) * 3
	Precise = 0.1 + 0.2
	Exp     = 1e100 / 1e98
)

func main() {
	fmt.Println(Back, Mixed, Exp)
	fmt.Println(Precise == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3, a+b)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	const s = 3
	var x int64 = 1 << s
	var y uint8 = 1 << 7
	fmt.Println(x, y, 1<<62, -1<<63)
	var u uint = 5
	var f = 1 << u
	fmt.Printf("%T %v\n", f, f)
	fmt.Println(Huge%1000, Huge/Huge)
	const f1 = 1 << 10 >> 3 << 1
	fmt.Println(f1)
	const big = 123456789012345678901234567890
	fmt.Println(big/1000000000000000000000, big%1000)
	fmt.Println(float64(big))
	const e = math.E * math.E
	fmt.Printf("%.15f\n", e)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32), math.SmallestNonzeroFloat32)
}
