// sync.Mutex and sync.RWMutex protect shared state; a map guarded by a mutex is safe.
// Unlocking an unlocked mutex is a fatal error that recover cannot catch.
// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *SafeCounter) Get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

type Cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *Cache) Load(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Store(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				c.Inc([]string{"a", "b", "c"}[(g+i)%3])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.Get("a")+c.Get("b")+c.Get("c"), len(c.m))
	keys := []string{}
	for k := range c.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	cache := &Cache{data: map[int]int{}}
	for w := 0; w < 4; w++ {
		wg.Add(2)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				cache.Store(w*100+i, i)
			}
		}(w)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				cache.Load(i)
			}
		}()
	}
	wg.Wait()
	v, ok := cache.Load(399)
	fmt.Println(len(cache.data), v, ok)
	var mu sync.Mutex
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	defer func() { fmt.Println("recovered:", recover()) }()
	var m2 sync.Mutex
	m2.Unlock()
}
