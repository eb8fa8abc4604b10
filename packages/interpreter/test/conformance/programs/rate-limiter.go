// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"sync"
)

// A token-bucket limiter driven by an explicit logical clock (no wall time).
type Limiter struct {
	mu       sync.Mutex
	rate     int // tokens per tick
	burst    int
	tokens   map[string]int
	lastTick map[string]int
}

func NewLimiter(rate, burst int) *Limiter {
	return &Limiter{rate: rate, burst: burst, tokens: map[string]int{}, lastTick: map[string]int{}}
}

func (l *Limiter) Allow(client string, now int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	tok, seen := l.tokens[client]
	if !seen {
		tok = l.burst
	} else {
		tok += (now - l.lastTick[client]) * l.rate
		if tok > l.burst {
			tok = l.burst
		}
	}
	l.lastTick[client] = now
	if tok == 0 {
		l.tokens[client] = 0
		return false
	}
	l.tokens[client] = tok - 1
	return true
}

func main() {
	lim := NewLimiter(1, 3)
	type req struct {
		client string
		tick   int
	}
	reqs := []req{{"a", 0}, {"a", 0}, {"a", 0}, {"a", 0}, {"b", 0}, {"a", 1}, {"a", 1}, {"a", 5}, {"b", 5}, {"a", 5}, {"a", 5}, {"a", 5}}
	allowed := map[string][]bool{}
	for _, r := range reqs {
		allowed[r.client] = append(allowed[r.client], lim.Allow(r.client, r.tick))
	}
	fmt.Println(allowed["a"])
	fmt.Println(allowed["b"])

	// concurrent clients, each with its own bucket: deterministic totals
	lim2 := NewLimiter(0, 5)
	var wg sync.WaitGroup
	var mu sync.Mutex
	granted := map[string]int{}
	for c := 0; c < 4; c++ {
		name := fmt.Sprintf("client-%d", c)
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if lim2.Allow(name, 0) {
					mu.Lock()
					granted[name]++
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	names := make([]string, 0, len(granted))
	for n := range granted {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s=%d ", n, granted[n])
	}
	fmt.Println()
}
