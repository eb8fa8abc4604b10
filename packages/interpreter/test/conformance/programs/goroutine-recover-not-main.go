// recover only stops a panic in its own goroutine: main's deferred recover does not
// protect against a panic in another goroutine.
// conformance:runs 5
package main

import (
	"fmt"
	"time"
)

func safeGo(f func()) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("safeGo recovered:", r)
			}
		}()
		f()
	}()
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	done := make(chan bool)
	safeGo(func() {
		defer func() { done <- true }()
		panic("handled inside the goroutine")
	})
	<-done
	time.Sleep(10 * time.Millisecond)
	fmt.Println("first goroutine handled its panic")
	go func() {
		panic(fmt.Sprintf("unhandled in goroutine %d", 2))
	}()
	time.Sleep(5 * time.Second)
	fmt.Println("not reached")
}
