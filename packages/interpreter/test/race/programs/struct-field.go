// A field written through a pointer receiver in a goroutine, read by copying the struct for a
// value-receiver call in main.
package main

import (
	"fmt"
	"time"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() {
	c.n++
}

func (c Counter) Get() int {
	return c.n
}

func main() {
	c := &Counter{name: "c"}
	go func() {
		c.Inc()
	}()
	time.Sleep(time.Millisecond)
	fmt.Println(c.Get())
}
