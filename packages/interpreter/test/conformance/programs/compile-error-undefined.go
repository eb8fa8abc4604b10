// Does not compile: undefined names, fields and methods.
package main

import "fmt"

type T struct{ a int }

func main() {
	fmt.Println(undefinedVar)
	t := T{}
	fmt.Println(t.b)
	t.Missing()
	fmt.Printn("typo")
}
