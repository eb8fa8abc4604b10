// os.Exit from another goroutine stops everything, main included, with that code.
// conformance:runs 5
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	done := make(chan struct{})
	go func() {
		fmt.Println("worker exits the process")
		os.Exit(7)
		close(done)
	}()
	<-done
	fmt.Println("not reached")
}
