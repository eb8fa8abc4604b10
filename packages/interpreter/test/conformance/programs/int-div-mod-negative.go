// Integer division truncates toward zero; the remainder has the sign of the dividend.
package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 5}, {-1, 5}, {9, 3}, {-9, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var a8, b8 int8 = -128, -1
	fmt.Println(a8/b8, a8%b8)
	var x int32 = -17
	fmt.Println(x/4, x%4, x>>2, x&3)
	var u uint32 = 17
	fmt.Println(u/4, u%4, u>>2)
	fmt.Println(-5.0/2, 5.0/-2)
	// mod by powers of two, negative dividends
	for _, v := range []int{-9, -8, -1, 0, 1, 8, 9} {
		fmt.Print(v%8, " ", v/8, "; ")
	}
	fmt.Println()
	const c = -7 / 2
	const d = -7 % 2
	fmt.Println(c, d)
}
