// select {} with no other goroutine able to run: deadlock in "select (no cases)".
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("helper runs and finishes")
		done <- true
	}()
	<-done
	select {}
}
