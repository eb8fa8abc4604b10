// A goroutine runs while main is busy in recursive calls without a loop: Go preempts a
// goroutine that runs too long (asynchronously, since Go 1.14), so the other goroutine gets its
// turn, prints and ends the program; fib(60) alone would take hours.
package main

import (
	"fmt"
	"os"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	go func() {
		fmt.Println("the other goroutine ran")
		os.Exit(0)
	}()
	fmt.Println(fib(60))
}
