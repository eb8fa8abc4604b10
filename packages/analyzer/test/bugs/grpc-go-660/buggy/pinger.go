package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// prober keeps pinging a set of peers until quit is closed.
type prober struct {
	quit  chan struct{}
	loops sync.WaitGroup
	ping  func(peer string) time.Duration

	mu   sync.Mutex
	best map[string]time.Duration
}

func (p *prober) note(peer string, rtt time.Duration) {
	p.mu.Lock()
	if old, ok := p.best[peer]; !ok || rtt < old {
		p.best[peer] = rtt
	}
	p.mu.Unlock()
}

// watch runs one ping at a time for peer, each on its own goroutine so the
// loop can still notice quit while a ping is outstanding.
func (p *prober) watch(peer string) {
	defer p.loops.Done()
	for {
		rtt := make(chan time.Duration)
		go func() {
			rtt <- p.ping(peer)
		}()
		select {
		case <-p.quit:
			return
		case d := <-rtt:
			p.note(peer, d)
		}
	}
}

func main() {
	start := runtime.NumGoroutine()
	p := &prober{
		quit: make(chan struct{}),
		best: make(map[string]time.Duration),
		ping: func(string) time.Duration {
			time.Sleep(20 * time.Millisecond) // a slow network
			return 20 * time.Millisecond
		},
	}
	for _, peer := range []string{"alpha", "bravo", "charlie"} {
		p.loops.Add(1)
		go p.watch(peer)
	}
	time.Sleep(50 * time.Millisecond)
	close(p.quit)
	p.loops.Wait()
	time.Sleep(60 * time.Millisecond)
	fmt.Printf("goroutines: %d at start, %d after quit\n", start, runtime.NumGoroutine())
}
