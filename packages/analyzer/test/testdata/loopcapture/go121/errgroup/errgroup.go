// Package errgroup stands in for golang.org/x/sync/errgroup (not in the module cache).
package errgroup

import (
	"context"
	"sync"
)

// Group runs functions in goroutines and waits for them.
type Group struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	err error
}

// Go calls f in a new goroutine.
func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			if g.err == nil {
				g.err = err
			}
			g.mu.Unlock()
		}
	}()
}

// Wait waits for every function and returns the first error.
func (g *Group) Wait() error {
	g.wg.Wait()
	return g.err
}

// WithContext returns a new Group (the context is not used by this stand-in).
func WithContext(ctx context.Context) (*Group, context.Context) {
	return &Group{}, ctx
}
