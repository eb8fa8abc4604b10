package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

// feed delivers raw config documents until it is stopped.
type feed struct {
	docs chan string
	once sync.Once
}

func (f *feed) stop() { f.once.Do(func() { close(f.docs) }) }

type liveConfig struct {
	src     *feed
	mu      sync.Mutex
	current string
}

// apply consumes documents from the feed; ready is closed after the first
// valid document has been applied.
func (c *liveConfig) apply(ready chan struct{}) {
	defer func() {
		// The feed can end before anything valid arrived; release the
		// waiters anyway.
		if ready != nil {
			close(ready)
		}
	}()
	for doc := range c.src.docs {
		if !strings.HasPrefix(doc, "version=") {
			continue
		}
		c.mu.Lock()
		c.current = doc
		c.mu.Unlock()
		if ready != nil {
			close(ready)
			ready = nil
		}
	}
}

func (c *liveConfig) loaded() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.current != ""
}

// load waits for a usable config; onReady runs once one has been applied.
func load(ctx context.Context, src *feed, onReady func()) (*liveConfig, error) {
	c := &liveConfig{src: src}
	ready := make(chan struct{})
	go c.apply(ready)
	go func() {
		<-ready
		if c.loaded() {
			onReady()
		}
	}()
	select {
	case <-ready:
		return c, nil
	case <-ctx.Done():
		src.stop()
		return nil, ctx.Err()
	}
}

func main() {
	start := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		src := &feed{docs: make(chan string)} // nothing is ever published
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
		_, err := load(ctx, src, func() { fmt.Println("config ready") })
		cancel()
		fmt.Println("load:", err)
	}
	time.Sleep(40 * time.Millisecond)
	fmt.Printf("goroutines: %d at start, %d after the failed loads\n", start, runtime.NumGoroutine())
}
