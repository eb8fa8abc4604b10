package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

// poll counts votes per option.
type poll struct {
	mu     sync.RWMutex
	counts map[string]int
	voters int
}

func (p *poll) vote(option string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.counts[option]++
	p.voters++
}

// tally returns the current counts. The read lock only covers handing out
// the map, not what the caller later does with it.
func (p *poll) tally() map[string]int {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.counts
}

// liveFeed is what the results page pushes to viewers.
func liveFeed(p *poll) ([]byte, error) {
	return json.Marshal(struct {
		Question string         `json:"question"`
		Counts   map[string]int `json:"counts"`
	}{"Best build tool?", p.tally()})
}

func main() {
	p := &poll{counts: make(map[string]int)}
	options := []string{"make", "bazel", "go build", "ninja", "just"}
	var wg sync.WaitGroup
	for booth := 0; booth < 4; booth++ {
		wg.Add(1)
		go func(booth int) {
			defer wg.Done()
			for i := 0; i < 600; i++ {
				p.vote(options[(i*7+booth)%len(options)])
			}
		}(booth)
	}
	pushed := 0
	for i := 0; i < 200; i++ {
		if b, err := liveFeed(p); err == nil {
			pushed += len(b)
		}
	}
	wg.Wait()
	fmt.Println("bytes pushed to viewers:", pushed)
}
