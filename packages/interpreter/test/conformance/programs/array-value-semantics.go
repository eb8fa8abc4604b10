// Arrays are values: assignment, passing and ranging copy them; arrays of comparable
// elements compare with ==.
package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 200
}

type Grid [2][2]string

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b, a == b, a != b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a, len(a), cap(a))
	for i, v := range a {
		a[2] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println(a)
	for i, v := range &a {
		a[2] = 7
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	d := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", d, len(d))
	var g Grid
	g[1][0] = "x"
	h := g
	h[0][0] = "y"
	fmt.Printf("%q %q %v\n", g, h, g == h)
	var z [4]bool
	fmt.Println(z, z == [4]bool{})
	p := &a
	p[1] = 5
	fmt.Println(a, (*p)[1], len(p))
	s := a[:]
	s[0] = -1
	fmt.Println(a, s)
	type pt struct{ x, y int }
	arr := [2]pt{{1, 2}, {3, 4}}
	arr2 := arr
	arr2[0].x = 9
	fmt.Println(arr, arr2, arr == [2]pt{{1, 2}, {3, 4}})
	m := [2][]int{{1}, {2}}
	m2 := m
	m2[0][0] = 50
	fmt.Println(m, m2)
}
