package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

var errSlowLookup = errors.New("lookup took too long")

type resolver struct {
	// lookup does the real work and cannot be interrupted once started.
	lookup func(host string) (string, error)
	budget time.Duration
}

type outcome struct {
	addr string
	err  error
}

// resolve gives up after the budget and returns to the caller; the lookup
// itself keeps running on its own goroutine.
func (r *resolver) resolve(host string) (string, error) {
	done := make(chan outcome)
	go func() {
		addr, err := r.lookup(host)
		done <- outcome{addr, err}
	}()

	timer := time.NewTimer(r.budget)
	defer timer.Stop()
	select {
	case o := <-done:
		return o.addr, o.err
	case <-timer.C:
		return "", errSlowLookup
	}
}

func main() {
	r := &resolver{
		lookup: func(host string) (string, error) {
			time.Sleep(25 * time.Millisecond) // an unresponsive name server
			return "192.0.2.10", nil
		},
		budget: 4 * time.Millisecond,
	}
	start := runtime.NumGoroutine()
	for _, h := range []string{"db.internal", "cache.internal", "queue.internal"} {
		_, err := r.resolve(h)
		fmt.Println(h, "->", err)
	}
	time.Sleep(80 * time.Millisecond)
	fmt.Printf("goroutines: %d at start, %d after the lookups finished\n", start, runtime.NumGoroutine())
}
