// How an unrecovered panic prints a value of a defined basic type: with its type name.
package main

import "fmt"

type Status int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Status(404))
	}()
	panic(fmt.Sprintf("status %d", 500))
}
