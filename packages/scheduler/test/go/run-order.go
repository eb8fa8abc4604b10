// The order one P runs goroutines in: the newest goroutine runs next (runnext), then the
// run queue in order; a goroutine readied by a channel operation runs next.
package main

import "fmt"

func main() {
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func(i int) { fmt.Print(i, " "); done <- true }(i)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println()
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { ch <- i }(i)
	}
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Print(<-ch, " ")
		}
		done <- true
	}()
	<-done
	fmt.Println()
}
