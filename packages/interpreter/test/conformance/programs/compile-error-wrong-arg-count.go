// Does not compile: calls with too many or too few arguments, and wrong result counts.
package main

import "fmt"

func add(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func main() {
	fmt.Println(add(1))
	fmt.Println(add(1, 2, 3))
	x := pair()
	fmt.Println(x)
}
