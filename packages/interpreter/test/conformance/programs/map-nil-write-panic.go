// Classic mistake: writing to a nil map (a struct field never initialised) panics and,
// unrecovered, kills the program with exit code 2. Deferred calls still run first.
package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
}

func (r *Registry) Add(k string) {
	r.items[k]++
}

func main() {
	defer fmt.Println("deferred in main runs before the crash")
	r := &Registry{name: "reg"}
	fmt.Println("reading is fine:", r.items["x"], len(r.items))
	r.Add("x")
	fmt.Println("not reached")
}
