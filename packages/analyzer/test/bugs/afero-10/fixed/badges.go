package main

import (
	"fmt"
	"sync"
)

type badge struct {
	holder string
	number int
}

// BadgeOffice hands out numbered visitor badges.
type BadgeOffice struct {
	mu      sync.Mutex
	next    int
	byOwner map[string]*badge

	logMu   sync.Mutex
	journal []string
}

func (o *BadgeOffice) record(b *badge) {
	o.logMu.Lock()
	o.journal = append(o.journal, fmt.Sprintf("#%d -> %s", b.number, b.holder))
	o.logMu.Unlock()
}

// Issue keeps the new badge in a local variable, so the map is only touched
// while the lock is held.
func (o *BadgeOffice) Issue(holder string) *badge {
	o.mu.Lock()
	o.next++
	issued := &badge{holder: holder, number: o.next}
	o.byOwner[holder] = issued
	o.mu.Unlock()

	o.record(issued)
	return issued
}

func main() {
	office := &BadgeOffice{byOwner: make(map[string]*badge)}
	var wg sync.WaitGroup
	for desk := 0; desk < 6; desk++ {
		wg.Add(1)
		go func(desk int) {
			defer wg.Done()
			for v := 0; v < 250; v++ {
				office.Issue(fmt.Sprintf("visitor-%d-%d", desk, v))
			}
		}(desk)
	}
	wg.Wait()
	fmt.Println("badges issued:", len(office.journal))
}
