// A slice element written by main and, in a function the goroutine calls, by the goroutine.
package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	s := make([]int, 4)
	done := make(chan struct{})
	go func() {
		fill(s, 1)
		close(done)
	}()
	s[2] = 5
	<-done
	fmt.Println(s)
}
