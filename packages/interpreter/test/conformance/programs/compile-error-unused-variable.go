// Does not compile: local variables declared and not used.
package main

import "fmt"

func main() {
	x := 1
	y, z := 2, 3
	fmt.Println(y)
	for i, v := range []int{1} {
		fmt.Println(v)
	}
	_ = z
}
