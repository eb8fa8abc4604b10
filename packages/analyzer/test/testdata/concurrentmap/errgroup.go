package concurrentmap

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// errgroup.Group.Go starts a goroutine too.
func errgroupWorkers(ctx context.Context, urls []string) (map[string]int, error) {
	sizes := map[string]int{}
	g, ctx := errgroup.WithContext(ctx)
	for _, u := range urls {
		u := u
		g.Go(func() error {
			sizes[u] = len(u) // want `map sizes is written here in a goroutine started in a loop \(Go call at line 15\)`
			return ctx.Err()
		})
	}
	err := g.Wait()
	return sizes, err
}
