package main

import (
	"fmt"
	"sync"
	"time"
)

// lifecycle tracks background loops and short calls so a shutdown can wait
// for all of them.
type lifecycle struct {
	mu       sync.Mutex
	closing  bool
	calls    sync.WaitGroup
	loops    sync.WaitGroup
	quitting chan struct{}
}

// spawn starts a background loop that shutdown waits for.
func (lc *lifecycle) spawn(loop func()) {
	lc.loops.Add(1)
	go func() {
		defer lc.loops.Done()
		loop()
	}()
}

// enter runs call only while the lifecycle is not closing.
func (lc *lifecycle) enter(call func()) bool {
	lc.mu.Lock()
	if lc.closing {
		lc.mu.Unlock()
		return false
	}
	lc.calls.Add(1)
	lc.mu.Unlock()
	defer lc.calls.Done()
	call()
	return true
}

func (lc *lifecycle) shutdown() {
	lc.mu.Lock()
	lc.closing = true
	lc.mu.Unlock()
	lc.calls.Wait()
	close(lc.quitting)
	lc.loops.Wait()
}

// chatHub accepts members; each join arrives on a connection goroutine.
type chatHub struct {
	lc      *lifecycle
	mu      sync.Mutex
	members int
}

func (h *chatHub) join(name string) {
	h.mu.Lock()
	h.members++
	h.mu.Unlock()
	h.lc.spawn(func() { h.relay(name) })
}

func (h *chatHub) relay(name string) {
	<-h.lc.quitting
	h.mu.Lock()
	h.members--
	h.mu.Unlock()
}

func main() {
	lc := &lifecycle{quitting: make(chan struct{})}
	hub := &chatHub{lc: lc}
	for i := 0; i < 8; i++ {
		go hub.join(fmt.Sprintf("user%d", i))
	}
	time.Sleep(time.Millisecond)
	lc.shutdown()
	fmt.Println("hub closed")
}
