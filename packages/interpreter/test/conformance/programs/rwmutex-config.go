// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Config struct {
	mu   sync.RWMutex
	vals map[string]string
}

func (c *Config) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.vals[k]
	return v, ok
}

func (c *Config) Set(k, v string) {
	c.mu.Lock()
	c.vals[k] = v
	c.mu.Unlock()
}

func (c *Config) Snapshot() map[string]string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	cp := make(map[string]string, len(c.vals))
	for k, v := range c.vals {
		cp[k] = v
	}
	return cp
}

func main() {
	cfg := &Config{vals: map[string]string{"mode": "dev", "port": "8080"}}
	var wg sync.WaitGroup
	var reads sync.Map
	for r := 0; r < 5; r++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			n := 0
			for i := 0; i < 100; i++ {
				if _, ok := cfg.Get("mode"); ok {
					n++
				}
			}
			reads.Store(id, n)
		}(r)
	}
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				cfg.Set(fmt.Sprintf("w%d.k%d", id, i), strings.Repeat("x", i))
			}
		}(w)
	}
	wg.Wait()
	total := 0
	reads.Range(func(k, v any) bool {
		total += v.(int)
		return true
	})
	fmt.Println("total reads", total)
	snap := cfg.Snapshot()
	keys := make([]string, 0)
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], keys[len(keys)-1])
	fmt.Printf("%q\n", snap["w1.k3"])
	snap["mode"] = "prod"
	v, _ := cfg.Get("mode")
	fmt.Println(v)
}
