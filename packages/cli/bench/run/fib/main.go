// fib(37) by plain recursion: about 78 million calls, no allocation (the fib row).
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(37))
}
