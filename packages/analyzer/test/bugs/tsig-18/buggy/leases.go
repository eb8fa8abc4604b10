package main

import (
	"fmt"
	"sync"
	"time"
)

type lease struct {
	holder string
	until  time.Time
}

// leaser hands out time-limited leases; it keeps no lock of its own.
type leaser struct {
	active map[string]*lease
}

func (l *leaser) grant(holder string, n int) string {
	id := fmt.Sprintf("lease-%s-%d", holder, n)
	l.active[id] = &lease{holder: holder, until: time.Now().Add(time.Minute)}
	return id
}

func (l *leaser) revoke(id string) bool {
	if _, ok := l.active[id]; !ok {
		return false
	}
	delete(l.active, id)
	return true
}

// revokeAll ends every lease, one revoke call per lease.
func (l *leaser) revokeAll() int {
	n := 0
	for id := range l.active {
		if l.revoke(id) {
			n++
		}
	}
	return n
}

func main() {
	l := &leaser{active: make(map[string]*lease)}
	var wg sync.WaitGroup
	for c := 0; c < 5; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			holder := fmt.Sprintf("client%d", c)
			for i := 0; i < 400; i++ {
				id := l.grant(holder, i)
				if i%3 == 0 {
					l.revoke(id)
				}
			}
		}(c)
	}
	wg.Wait()
	fmt.Println("revoked at shutdown:", l.revokeAll())
}
