// A map read in a goroutine (mapaccess1_faststr) against main's write (mapassign_faststr).
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		fmt.Println(m["a"])
		done <- true
	}()
	m["b"] = 2
	<-done
}
