// Does not compile: map elements are not addressable.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	p := &m["a"]
	fmt.Println(p)
	counts := map[string]int{}
	q := &counts["x"]
	fmt.Println(q)
}
