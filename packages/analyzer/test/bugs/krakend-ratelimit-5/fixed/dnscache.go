package main

import (
	"fmt"
	"sort"
	"sync"
)

// answerCache holds resolved addresses and counts how often each name is
// served, so the hottest names can be refreshed first.
type answerCache struct {
	mu      sync.RWMutex
	answers map[string][]string
	served  map[string]int
}

func (c *answerCache) insert(name string, addrs []string) {
	c.mu.Lock()
	c.answers[name] = addrs
	c.mu.Unlock()
}

// lookup bumps the hit counter, so it needs the exclusive lock.
func (c *answerCache) lookup(name string) ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	addrs, ok := c.answers[name]
	if ok {
		c.served[name]++
	}
	return addrs, ok
}

func (c *answerCache) hottest(n int) []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	names := make([]string, 0, len(c.served))
	for name := range c.served {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return c.served[names[i]] > c.served[names[j]] })
	if len(names) > n {
		names = names[:n]
	}
	return names
}

func main() {
	c := &answerCache{answers: map[string][]string{}, served: map[string]int{}}
	for i := 0; i < 40; i++ {
		c.insert(fmt.Sprintf("svc%d.local", i), []string{fmt.Sprintf("10.1.0.%d", i)})
	}
	var wg sync.WaitGroup
	for q := 0; q < 6; q++ {
		wg.Add(1)
		go func(q int) {
			defer wg.Done()
			for i := 0; i < 1500; i++ {
				c.lookup(fmt.Sprintf("svc%d.local", (i*q)%40))
			}
		}(q)
	}
	wg.Wait()
	fmt.Println("refresh first:", c.hottest(3))
}
