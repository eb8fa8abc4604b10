// copy returns the number of elements copied and handles overlapping ranges.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	var nilS []int
	fmt.Println(copy(nilS, src), copy(dst, nilS), dst)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:1]))
	clone := append([]int(nil), src...)
	clone[0] = 42
	fmt.Println(src, clone)
	del := []string{"a", "b", "c", "d", "e"}
	i := 1
	del = del[:i+copy(del[i:], del[i+1:])]
	fmt.Println(del, len(del), cap(del))
	ins := []int{1, 2, 4, 5}
	ins = append(ins, 0)
	copy(ins[3:], ins[2:])
	ins[2] = 3
	fmt.Println(ins)
	arr := [5]int{}
	copy(arr[:], []int{9, 8, 7})
	fmt.Println(arr)
}
