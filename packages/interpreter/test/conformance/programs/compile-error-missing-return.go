// Does not compile: a function with results that can reach its end without returning.
package main

import "fmt"

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func loop(x int) string {
	for x > 0 {
		return "positive"
	}
}

func main() {
	fmt.Println(sign(1), loop(1))
}
