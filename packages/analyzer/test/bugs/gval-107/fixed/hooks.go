package main

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"time"
)

// hook is third-party plugin code: it may be slow and it may panic.
type hook func(payload string) string

type hookResult struct {
	out string
	err error
}

// callHook runs h on its own goroutine so that the caller can stop waiting
// when ctx ends; a panic in the plugin becomes an error.
func callHook(ctx context.Context, h hook, payload string) (string, error) {
	finished := make(chan hookResult, 1)
	go func() {
		var r hookResult
		defer func() {
			if p := recover(); p != nil {
				r = hookResult{err: fmt.Errorf("hook panicked: %v", p)}
			}
			finished <- r
		}()
		r.out = h(payload)
	}()

	select {
	case r := <-finished:
		return r.out, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	sluggish := func(p string) string {
		time.Sleep(25 * time.Millisecond)
		return strings.ToUpper(p)
	}
	start := runtime.NumGoroutine()
	for _, payload := range []string{"push", "merge", "tag"} {
		ctx, cancel := context.WithTimeout(context.Background(), 4*time.Millisecond)
		_, err := callHook(ctx, sluggish, payload)
		cancel()
		fmt.Println(payload, "->", err)
	}
	time.Sleep(80 * time.Millisecond)
	fmt.Printf("goroutines: %d at start, %d after the hooks finished\n", start, runtime.NumGoroutine())
}
