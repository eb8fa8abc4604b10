// append growth: capacities chosen by Go 1.19's growslice (with size-class rounding).
package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println()
	type big struct{ a, b, c int64 }
	var bs []big
	prev = -1
	for i := 0; i < 300; i++ {
		bs = append(bs, big{})
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
	y := append([]int(nil), make([]int, 11)...)
	fmt.Println(len(y), cap(y))
	z := append(make([]int, 5, 5), 1)
	fmt.Println(len(z), cap(z))
	w := append([]byte("hello"), " world"...)
	fmt.Println(len(w), cap(w), string(w))
	str := append([]string{}, "a")
	fmt.Println(len(str), cap(str))
	m := make([]int, 0, 3)
	m = append(m, 1, 2, 3, 4)
	fmt.Println(len(m), cap(m))
}
