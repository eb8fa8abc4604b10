package main

import (
	"fmt"
	"sync"
	"time"
)

type player struct {
	nick   string
	active time.Time
}

// lobby holds the players waiting for a match; idle ones are kicked by a
// background sweeper.
type lobby struct {
	mu      sync.Mutex
	waiting map[string]*player
}

func openLobby(idle, sweepEvery time.Duration, quit <-chan struct{}) *lobby {
	lb := &lobby{waiting: make(map[string]*player)}
	go func() {
		t := time.NewTicker(sweepEvery)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case now := <-t.C:
				lb.mu.Lock()
				for id, p := range lb.waiting {
					if now.Sub(p.active) > idle {
						delete(lb.waiting, id)
					}
				}
				lb.mu.Unlock()
			}
		}
	}()
	return lb
}

func (lb *lobby) join(id, nick string) {
	lb.mu.Lock()
	lb.waiting[id] = &player{nick: nick, active: time.Now()}
	lb.mu.Unlock()
}

// players gives callers a copy of the waiting players, taken under the lock.
func (lb *lobby) players() map[string]*player {
	lb.mu.Lock()
	defer lb.mu.Unlock()
	out := make(map[string]*player, len(lb.waiting))
	for id, p := range lb.waiting {
		out[id] = p
	}
	return out
}

func main() {
	quit := make(chan struct{})
	lb := openLobby(time.Millisecond, 200*time.Microsecond, quit)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 30000; i++ {
			lb.join(fmt.Sprintf("p%d", i%250), "gamer")
		}
	}()
	announced := 0
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		for id := range lb.players() {
			announced += len(id)
		}
	}
	close(quit)
	fmt.Println("announcements sent:", announced > 0)
}
