// Correct: the map is handed from goroutine to goroutine over unbuffered channels, so only
// one goroutine holds it at a time.
package main

import "fmt"

func main() {
	c1 := make(chan map[string]int)
	c2 := make(chan map[string]int)
	go func() {
		m := map[string]int{}
		m["a"] = 1
		c1 <- m
	}()
	go func() {
		m := <-c1
		m["b"] = 2
		c2 <- m
	}()
	m := <-c2
	m["c"] = 3
	fmt.Println(m)
}
