// A panic in a goroutine: its frames, then the go statement that created it.
package main

import "fmt"

type T struct{ xs []int }

func (t *T) at(i int) int { return t.xs[i] }

func main() {
	done := make(chan bool)
	go func() {
		t := &T{xs: []int{1}}
		fmt.Println(t.at(3))
		done <- true
	}()
	<-done
}
