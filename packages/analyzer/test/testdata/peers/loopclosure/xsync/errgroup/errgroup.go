// Package errgroup stands in for golang.org/x/sync/errgroup in the loopclosure fixture:
// just enough of Group for the fixture to compile and for go vet to recognise g.Go.
package errgroup

import "sync"

// Group runs functions in goroutines and waits for them.
type Group struct {
	wg    sync.WaitGroup
	once  sync.Once
	first error
}

// Go runs f in a new goroutine.
func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() { g.first = err })
		}
	}()
}

// Wait waits for every f and returns the first error.
func (g *Group) Wait() error {
	g.wg.Wait()
	return g.first
}
