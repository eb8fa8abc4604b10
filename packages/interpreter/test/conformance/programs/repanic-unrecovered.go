// A recovered panic re-raised with a new value: Go prints the chain with [recovered].
package main

import (
	"errors"
	"fmt"
)

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic(errors.New("original"))
}

func main() {
	defer fmt.Println("main deferred print runs")
	func() {
		defer func() {
			r := recover()
			fmt.Println("middle recovered:", r)
			panic(r)
		}()
		inner()
	}()
	fmt.Println("not reached")
}
