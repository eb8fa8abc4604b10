// Does not compile: map key types must be comparable.
package main

import "fmt"

type S struct{ items []string }

func main() {
	a := map[[]int]string{}
	b := map[S]int{}
	c := make(map[func()]bool)
	d := map[map[string]int]int{}
	fmt.Println(a, b, c, d)
}
