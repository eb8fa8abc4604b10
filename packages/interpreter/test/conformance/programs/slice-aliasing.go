// Slices share backing arrays until append has to reallocate.
package main

import "fmt"

func addOne(s []int) {
	for i := range s {
		s[i]++
	}
}

func appendIt(s []int) []int {
	return append(s, 100)
}

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[3:6]
	a[1] = 33
	fmt.Println(base, a, b, len(a), cap(a))
	a = append(a, 44)
	fmt.Println(base, a, b)
	addOne(b)
	fmt.Println(base)
	c := make([]int, 3, 10)
	d := append(c, 1)
	e := append(c, 2)
	fmt.Println(d, e, d[3] == e[3])
	f := []int{1, 2, 3}
	g := append(f, 4)
	g[0] = 99
	fmt.Println(f, g)
	h := appendIt(base[:2])
	fmt.Println(h, base)
	full := base[:2:2]
	k := appendIt(full)
	k[0] = -1
	fmt.Println(k, base[:3])
	// the classic in-place filter
	nums := []int{1, 2, 3, 4, 5, 6}
	evens := nums[:0]
	for _, n := range nums {
		if n%2 == 0 {
			evens = append(evens, n)
		}
	}
	fmt.Println(evens, nums)
	// range evaluates the slice once
	r := []int{1, 2, 3}
	for i, v := range r {
		if i == 0 {
			r = append(r, 10)
			r[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(r)
	p := &base[0]
	base = append(base, 8)
	*p = 1000
	fmt.Println(base[0], *p)
}
