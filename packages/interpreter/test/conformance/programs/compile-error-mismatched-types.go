// Does not compile: binary operations on mismatched types.
package main

import "fmt"

func main() {
	var a int = 1
	var b int64 = 2
	var s string = "x"
	var f float64 = 1.5
	fmt.Println(a + b)
	fmt.Println(s + a)
	fmt.Println(a * f)
	fmt.Println(a == s)
}
