package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-14s %v\n", name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	a := [4]int{1, 2, 3, 4}
	str := "hello"
	n, neg, big := 6, -2, 9
	try("index", func() { _ = s[n] })
	try("neg index", func() { _ = s[neg] })
	try("array index", func() { _ = a[n] })
	try("array neg", func() { _ = a[neg] })
	try("str index", func() { _ = str[n] })
	try("str neg", func() { _ = str[neg] })
	try("slice hi", func() { _ = s[:n] })
	try("slice hi neg", func() { _ = s[:neg] })
	try("slice lo>hi", func() { _ = s[n-2:2] })
	try("slice lo neg", func() { _ = s[neg:] })
	try("array hi", func() { _ = a[:n] })
	try("array hi neg", func() { _ = a[:neg] })
	try("str hi", func() { _ = str[:n] })
	try("str lo", func() { _ = str[n-2:3] })
	try("3idx max", func() { _ = s[1:2:n] })
	try("3idx max neg", func() { _ = s[1:2:neg] })
	try("3idx hi>max", func() { _ = s[1:n-2:3] })
	try("3idx hi neg", func() { _ = s[0:neg:3] })
	try("3idx lo>hi", func() { _ = s[n-3:2:3] })
	try("3idx lo neg", func() { _ = s[neg:2:3] })
	try("array 3idx", func() { _ = a[0:1:big] })
	p := &a
	try("ptr array hi", func() { _ = p[:big] })
	try("ptr array idx", func() { _ = p[big] })
	var u uint = 7
	try("uint index", func() { _ = s[u] })
	try("arr ptr conv", func() { _ = (*[4]int)(s) })
	whole := []int{1, 2, 3}
	ap := (*[3]int)(whole)
	ap[1] = 20
	fmt.Println(whole, *ap)
	var nilS []int
	np := (*[0]int)(nilS)
	fmt.Println(np == nil)
}
