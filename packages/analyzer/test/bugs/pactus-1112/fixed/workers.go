package main

import (
	"fmt"
	"sync"
	"time"
)

type workerInfo struct {
	name     string
	lastBeat time.Time
	beats    int
}

// fleet tracks the workers that report heartbeats.
type fleet struct {
	mu      sync.RWMutex
	workers map[string]*workerInfo
}

// beat records a heartbeat, registering unknown workers on the fly.
func (f *fleet) beat(name string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	w := f.workers[name]
	if w == nil {
		w = &workerInfo{name: name}
		f.workers[name] = w
	}
	w.lastBeat = time.Now()
	w.beats++
}

// visit calls fn for each worker until fn returns false.
func (f *fleet) visit(fn func(w *workerInfo) bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	for _, w := range f.workers {
		if !fn(w) {
			break
		}
	}
}

// staleWorkers is served by the status page on its own goroutine.
func staleWorkers(f *fleet, olderThan time.Duration) []string {
	var stale []string
	f.visit(func(w *workerInfo) bool {
		if time.Since(w.lastBeat) > olderThan {
			stale = append(stale, w.name)
		}
		return true
	})
	return stale
}

func main() {
	f := &fleet{workers: make(map[string]*workerInfo)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 3000; i++ {
			f.beat(fmt.Sprintf("worker-%d", i))
		}
	}()
	checks := 0
	for running := true; running; checks++ {
		select {
		case <-done:
			running = false
		default:
		}
		staleWorkers(f, time.Hour)
	}
	fmt.Println("status checks:", checks, "workers:", len(f.workers))
}
