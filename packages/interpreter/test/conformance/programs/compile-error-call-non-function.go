// Does not compile: calling values that are not functions.
package main

import "fmt"

func main() {
	x := 5
	fmt.Println(x())
	s := "str"
	s()
	var m map[string]int
	m("k")
}
