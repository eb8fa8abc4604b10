package main

import "fmt"

type Key interface{}

func tryInsert(m map[interface{}]string, k interface{}) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	m[k] = fmt.Sprintf("%v", k)
	fmt.Printf("inserted %T\n", k)
}

func main() {
	m := map[interface{}]string{}
	tryInsert(m, 1)
	tryInsert(m, "one")
	tryInsert(m, 1.5)
	tryInsert(m, [2]int{1, 2})
	tryInsert(m, struct{ A int }{3})
	tryInsert(m, []int{1, 2})
	tryInsert(m, map[string]int{})
	tryInsert(m, func() {})
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)] == "", m["one"])

	// lookups with unhashable keys also panic
	func() {
		defer func() { fmt.Println("lookup:", recover()) }()
		_ = m[[]string{"x"}]
	}()
	// struct containing a slice via interface field
	type wrapper struct{ V interface{} }
	w := map[wrapper]int{}
	w[wrapper{1}] = 1
	fmt.Println(len(w))
	w[wrapper{[]byte("x")}] = 2
	fmt.Println("not reached")
}
