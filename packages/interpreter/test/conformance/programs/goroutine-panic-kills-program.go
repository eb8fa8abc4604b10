// An unrecovered panic in any goroutine ends the whole program with exit code 2,
// even while main is blocked and has its own deferred calls.
// The panicking goroutine's own deferred calls run before the crash.
// conformance:runs 5
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("main's defer does not run")
	ready := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer fmt.Println("the goroutine's own defer runs")
		<-ready
		panic(errors.New("worker failed"))
	}()
	fmt.Println("main waits")
	close(ready)
	<-done
	fmt.Println("not reached")
}
