package main

import (
	"fmt"
	"sync"
	"time"
)

// presence remembers when each session was last active.
type presence struct {
	guard    sync.RWMutex
	lastSeen map[string]time.Time
}

// touch records activity. It takes only the read side of the lock because
// it "just updates a timestamp", yet it assigns into the map.
func (p *presence) touch(session string, at time.Time) {
	p.guard.RLock()
	defer p.guard.RUnlock()
	if prev, ok := p.lastSeen[session]; ok && prev.After(at) {
		return
	}
	p.lastSeen[session] = at
}

func (p *presence) online(since time.Time) int {
	p.guard.RLock()
	defer p.guard.RUnlock()
	n := 0
	for _, t := range p.lastSeen {
		if t.After(since) {
			n++
		}
	}
	return n
}

func main() {
	p := &presence{lastSeen: make(map[string]time.Time)}
	var wg sync.WaitGroup
	for gw := 0; gw < 4; gw++ {
		wg.Add(1)
		go func(gw int) {
			defer wg.Done()
			for i := 0; i < 1500; i++ {
				p.touch(fmt.Sprintf("gw%d-s%d", gw, i%120), time.Now())
			}
		}(gw)
	}
	wg.Wait()
	fmt.Println("online in the last minute:", p.online(time.Now().Add(-time.Minute)))
}
