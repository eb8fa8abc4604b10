package main

import "fmt"

type T struct{ f int }

func idx(name string, i int) int {
	fmt.Println("eval", name)
	return i
}

func main() {
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 100
	fmt.Println(i, arr)

	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)

	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)

	p := &T{1}
	q := p
	p, p.f = &T{5}, 9
	fmt.Println(p.f, q.f)

	arr[idx("left", 0)], arr[idx("right", 1)] = arr[idx("r0", 1)], arr[idx("r1", 0)]
	fmt.Println(arr)

	j := 0
	j, arr[j] = func() (int, int) { return 2, 7 }()
	fmt.Println(j, arr)

	a := [3]int{}
	n := 0
	n, a[n] = 2, 5
	fmt.Println(n, a)
}
