package moreleaks

import (
	"context"
	"errors"
)

var errOdd = errors.New("odd")

// lookup reports through a helper that gives up when ctx ends, but its last send does not:
// when ctx ends first, that send blocks forever.
func lookup(ctx context.Context, n int) error {
	errc := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 14 sends on unbuffered channel errc, but lookup can return without receiving from it \(the ctx.Done\(\) case` MH013
		report := func(err error) {
			select {
			case errc <- err:
			case <-ctx.Done():
			}
		}
		if n%2 == 1 {
			report(errOdd)
			return
		}
		errc <- nil
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// lookupGuarded sends only through the helper: it gives up with ctx, so nothing leaks.
func lookupGuarded(ctx context.Context, n int) error {
	errc := make(chan error)
	go func() {
		report := func(err error) {
			select {
			case errc <- err:
			case <-ctx.Done():
			}
		}
		if n%2 == 1 {
			report(errOdd)
			return
		}
		report(nil)
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
