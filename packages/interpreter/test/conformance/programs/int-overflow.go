package main

import (
	"fmt"
	"math"
	"strconv"
)

func safeAdd(a, b int64) (int64, error) {
	if (b > 0 && a > math.MaxInt64-b) || (b < 0 && a < math.MinInt64-b) {
		return 0, fmt.Errorf("overflow: %d + %d", a, b)
	}
	return a + b, nil
}

func factorial(n int) (uint64, bool) {
	var r uint64 = 1
	for i := 2; i <= n; i++ {
		if r > math.MaxUint64/uint64(i) {
			return r, false
		}
		r *= uint64(i)
	}
	return r, true
}

func main() {
	var a int32 = math.MaxInt32
	a++
	fmt.Println(a)
	var b uint = 0
	b--
	fmt.Println(b, b == math.MaxUint)
	var c int64 = math.MinInt64
	fmt.Println(-c, c/-1 == c, c-1)
	x := 1 << 62
	fmt.Println(x*4, x*2, uint64(x)*4)
	fmt.Println(safeAdd(math.MaxInt64, 1))
	fmt.Println(safeAdd(5, -7))
	for _, n := range []int{5, 20, 21, 25} {
		r, ok := factorial(n)
		fmt.Println(n, r, ok)
	}
	f := 1e20
	fmt.Println(int64(float64(1<<53)+1), float64(1<<53+1), float32(16777217))
	g1, g2 := 3.99, -3.99
	fmt.Println(int(g1), int(g2), int64(f) == math.MinInt64, uint8(int(300)&0xff))
	fmt.Println(strconv.FormatInt(math.MinInt64, 10), strconv.FormatUint(math.MaxUint64, 16))
	var h uint32 = 2166136261
	for _, ch := range []byte("hello") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv32a(hello) =", h)
	var i16 int16 = -32768
	fmt.Println(i16*-1, uint16(i16), int8(i16>>8))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2))
	y, z := 0.1, 0.2
	fmt.Println(y+z, y+z == 0.3, math.Floor((y+z)*10))
	fmt.Println(7/2, -7/2, 7%-3, -7%-3, 7.0/2)
}
