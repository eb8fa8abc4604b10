package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(a))
	var s []int
	prevCap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			fmt.Print(cap(s), " ")
			prevCap = cap(s)
		}
	}
	fmt.Println()
	strs := append([]string(nil), "a")
	fmt.Println(cap(strs), cap(append(strs, "b", "c", "d")))
	items := []Item{{"x", 1}, {"y", 2}}
	for _, it := range items {
		it.Qty *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 10
	}
	fmt.Println(items)
	ptrs := []*Item{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	ptrs[0].Name = "X"
	fmt.Println(items[0].Name)
	sub := items[:1]
	sub = append(sub, Item{"z", 3})
	fmt.Println(items[1].Name, len(sub))
	full := items[:1:1]
	full = append(full, Item{"w", 4})
	fmt.Println(items[1].Name, full[1].Name)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
	m := map[string][]int{"k": {1, 2, 3}}
	v := m["k"]
	v[0] = 9
	v = append(v, 4)
	fmt.Println(m["k"], v)
	copyDst := make([]int, 2)
	n := copy(copyDst, []int{7, 8, 9})
	fmt.Println(n, copyDst)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	x := []int{0, 1, 2, 3, 4, 5}
	x = append(x[:2], x[3:]...)
	fmt.Println(x, len(x), cap(x))
	y := x[1:3]
	fmt.Println(y, len(y), cap(y), y[:cap(y)])
	type pair struct{ a, b int }
	fmt.Println(pair{1, 2} == pair{1, 2}, [2]string{"a"} != [2]string{"a", ""})
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), fmt.Sprint(nilS) == fmt.Sprint(empty))
	fmt.Println(y[:5])
}
