// conformance:runs 5
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func (c *Counter) IncAll(keys ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range keys {
		c.Inc(k) // re-entrant lock: Go mutexes are not reentrant
	}
}

func main() {
	c := &Counter{n: map[string]int{}}
	c.Inc("a")
	c.Inc("a")
	fmt.Println(c.n["a"])
	c.IncAll("b", "c")
	fmt.Println("unreachable")
}
