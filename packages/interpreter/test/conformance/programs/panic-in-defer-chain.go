// A panic during a deferred call replaces the first; unrecovered, both are printed.
package main

import "fmt"

func main() {
	defer fmt.Println("outer defer still runs")
	defer func() {
		panic("second panic, from a deferred call")
	}()
	defer fmt.Println("first defer runs")
	fmt.Println("about to panic")
	panic("first panic")
}
