// runtime.Goexit in main: deferred calls run, other goroutines finish, then the runtime
// reports "fatal error: no goroutines (main called runtime.Goexit) - deadlock!".
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("goroutine finished after main's Goexit")
	}()
	defer fmt.Println("main's defer runs")
	defer close(done)
	runtime.Goexit()
	fmt.Println("not reached")
}
