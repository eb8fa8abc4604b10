// Interface keys holding uncomparable dynamic types panic at run time.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if err, ok := r.(error); ok {
			fmt.Println("  is error:", err.Error())
		}
	}()
	f()
}

type holder struct {
	v interface{}
}

func main() {
	m := map[interface{}]int{}
	try("slice key", func() { m[[]int{1}] = 1 })
	try("map key", func() { m[map[string]int{}] = 1 })
	try("func key", func() { _ = m[func() {}] })
	try("struct with slice", func() { m[holder{[]string{"x"}}] = 1 })
	try("array of iface", func() { m[[1]interface{}{[]byte("b")}] = 2 })
	try("delete", func() { delete(m, []int{}) })
	try("ok key", func() { m[holder{42}] = 3 })
	fmt.Println(len(m))
	var a, b interface{} = []int{1}, []int{1}
	try("compare", func() { fmt.Println(a == b) })
	var c, d interface{} = 1, "1"
	fmt.Println(c == d)
}
