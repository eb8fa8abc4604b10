package main

import (
	"fmt"
	"sync"
	"time"
)

type shard struct {
	name string
	keys int
}

// cache is loaded shard by shard when the service boots.
type cache struct {
	mu     sync.Mutex
	loaded map[string]int
}

func (c *cache) load(s shard) {
	time.Sleep(time.Duration(s.keys) * time.Microsecond) // read from disk
	c.mu.Lock()
	c.loaded[s.name] = s.keys
	c.mu.Unlock()
}

// warm loads all shards in parallel and returns once every one is in.
func (c *cache) warm(shards []shard) {
	var pending sync.WaitGroup
	pending.Add(len(shards))
	for i := range shards {
		go func(s shard) {
			defer pending.Done()
			c.load(s)
		}(shards[i])
	}
	pending.Wait()
}

func main() {
	c := &cache{loaded: make(map[string]int)}
	c.warm([]shard{{"users", 300}, {"orders", 500}, {"sessions", 100}})
	fmt.Println("shards warmed:", len(c.loaded))
}
