package moreleaks

import (
	"context"
	"fmt"
)

// The result is sent from a deferred function (so a panic still reports), on an unbuffered
// channel that the caller stops receiving from when ctx ends.
func runGuarded(ctx context.Context, f func() int) (int, error) {
	out := make(chan int)
	go func() { // want `goroutine leak: the goroutine started at line 12 sends on unbuffered channel out, but runGuarded can return without receiving from it \(the ctx.Done\(\) case at line 23` MH013
		var v int
		defer func() {
			if p := recover(); p != nil {
				fmt.Println("recovered:", p)
			}
			out <- v
		}()
		v = f()
	}()
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case v := <-out:
		return v, nil
	}
}

// The same with a buffer slot for the one send: fine.
func runGuardedBuffered(ctx context.Context, f func() int) (int, error) {
	out := make(chan int, 1)
	go func() {
		var v int
		defer func() { out <- v }()
		v = f()
	}()
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	case v := <-out:
		return v, nil
	}
}
