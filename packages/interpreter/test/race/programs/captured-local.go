// A local variable captured by a goroutine's closure and written by both.
package main

import "fmt"

func main() {
	done := make(chan bool)
	x := 0
	go func() {
		x = 1
		done <- true
	}()
	x = 2
	<-done
	fmt.Println(x)
}
