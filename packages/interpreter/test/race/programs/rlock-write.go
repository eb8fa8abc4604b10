// Writing under a read lock: readers are not ordered with each other, so two "readers" that
// write race (the lock orders them only with writers).
package main

import (
	"fmt"
	"sync"
	"time"
)

type Cache struct {
	mu    sync.RWMutex
	hits  int
	items map[string]string
}

func (c *Cache) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.hits++
	return c.items[k]
}

func main() {
	c := &Cache{items: map[string]string{"a": "x"}}
	go c.Get("a")
	time.Sleep(time.Millisecond)
	go c.Get("a")
	time.Sleep(time.Millisecond)
	c.mu.Lock()
	fmt.Println(c.hits)
	c.mu.Unlock()
}
