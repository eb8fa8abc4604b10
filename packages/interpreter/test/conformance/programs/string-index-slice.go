// Indexing and slicing strings; out-of-range indexes panic with runtime errors.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	s := "abcdef"
	fmt.Println(s[0], s[5], s[2:4], s[:3], s[3:], s[:], s[6:], len(s[2:2]))
	u := "añb"
	fmt.Printf("%q %q %q\n", u[1:2], u[1:3], u[3:])
	i, j := 4, 2
	try("index", func() { fmt.Println(s[len(s)]) })
	try("slice", func() { fmt.Println(s[j:i], s[i:j]) })
	try("high", func() { fmt.Println(s[:i+10]) })
	try("negative", func() {
		k := -1
		fmt.Println(s[k])
	})
	var empty string
	try("empty", func() { fmt.Println(empty[0]) })
	sub := s[1:4]
	fmt.Println(sub, len(sub), sub[0])
	fmt.Println(s[len(s)-1:], "xyz"[1], "xyz"[1:])
}
