// nil slices and empty slices behave alike except when compared with nil and printed with %#v.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a, len(a))
	var d []string
	for range d {
		fmt.Println("never")
	}
	fmt.Println(strings.Join(d, ","), len(d[0:0]), d[:] == nil)
	e := d[:0]
	fmt.Println(e == nil)
	var m map[string][]int
	fmt.Println(m["x"] == nil, len(m["x"]))
	f := b[0:0]
	fmt.Println(f == nil)
	var g []int = nil
	g = append(g, []int{}...)
	fmt.Println(g == nil)
	g = append(g)
	fmt.Println(g == nil)
	h := append([]int{}, g...)
	fmt.Println(h == nil, len(h))
	var ptr *[]int
	fmt.Println(ptr == nil)
	var iface interface{} = a[:0]
	fmt.Println(iface != nil)
	var x []int
	iface = x
	fmt.Println(iface == nil, iface.([]int) == nil)
}
