// Does not compile: assigning values of the wrong type.
package main

import "fmt"

func main() {
	var n int
	n = "hello"
	var s string = 42
	var b bool = 1
	var f float64 = "1.5"
	fmt.Println(n, s, b, f)
}
