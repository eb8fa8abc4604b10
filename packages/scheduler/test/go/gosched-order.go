// runtime.Gosched puts the goroutine on the global run queue, behind the local one.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func(i int) {
			for j := 0; j < 2; j++ {
				fmt.Print(i, j, " ")
				runtime.Gosched()
			}
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println()
}
