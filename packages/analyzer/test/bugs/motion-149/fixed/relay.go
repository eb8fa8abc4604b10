package main

import (
	"fmt"
	"sync"
	"time"
)

// relay forwards queued messages and expires idle peers in the background.
type relay struct {
	outbox chan string
	stop   chan struct{}
	loops  sync.WaitGroup
	sent   int
}

func newRelay() *relay {
	return &relay{outbox: make(chan string, 8), stop: make(chan struct{})}
}

func (r *relay) open() {
	r.loops.Add(2)
	go r.forward()
	r.outbox <- "relay online" // greet the peers before expiring anyone
	go r.expireIdle()
}

func (r *relay) forward() {
	defer r.loops.Done()
	for {
		select {
		case <-r.stop:
			return
		case msg := <-r.outbox:
			r.sent += len(msg)
		}
	}
}

func (r *relay) expireIdle() {
	defer r.loops.Done()
	sweep := time.NewTicker(time.Minute)
	defer sweep.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-sweep.C:
		}
	}
}

// shutdown stops both loops and waits until they have returned.
func (r *relay) shutdown() {
	close(r.stop)
	r.loops.Wait()
}

func main() {
	for i := 0; i < 5000; i++ {
		r := newRelay()
		r.open()
		r.shutdown()
	}
	fmt.Println("relays opened and shut down: 5000")
}
