// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu     sync.Mutex
	data   map[string]int
	hits   int
	misses int
}

func NewCache() *Cache { return &Cache{data: make(map[string]int)} }

func (c *Cache) Get(key string, compute func(string) int) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[key]; ok {
		c.hits++
		return v
	}
	c.misses++
	v := compute(key)
	c.data[key] = v
	return v
}

func (c *Cache) Stats() (int, int, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses, len(c.data)
}

func (c *Cache) Keys() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	ks := make([]string, 0, len(c.data))
	for k := range c.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	c := NewCache()
	var wg sync.WaitGroup
	var computeCount int64
	var cmu sync.Mutex
	compute := func(s string) int {
		cmu.Lock()
		computeCount++
		cmu.Unlock()
		n := 0
		for _, r := range s {
			n = n*31 + int(r)
		}
		return n % 1000
	}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				key := fmt.Sprintf("key-%d", (i*7+g)%10)
				c.Get(key, compute)
			}
		}(g)
	}
	wg.Wait()
	h, m, n := c.Stats()
	fmt.Println("hits", h, "misses", m, "size", n, "computed", computeCount)
	fmt.Println(h+m == 400)
	for _, k := range c.Keys() {
		fmt.Printf("%s=%d ", k, c.Get(k, compute))
	}
	fmt.Println()
}
