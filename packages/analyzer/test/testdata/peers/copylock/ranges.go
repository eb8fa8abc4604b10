package copylock

import "sync"

// Range variables (a/copylock_range.go): each iteration copies an element, a map key or
// a received value into them, unless they are blank.
func rangeCopies() {
	var mu sync.Mutex
	var i int

	var locks []sync.Mutex
	for range locks {
	}
	for i = range locks {
	}
	for j := range locks {
		_ = j
	}
	for i, _ = range locks {
	}
	for j, _ := range locks {
		_ = j
	}
	for _, mu = range locks { // want `range var mu copies lock: sync.Mutex`
	}
	for _, m := range locks { // want `range var m copies lock: sync.Mutex`
		_ = &m
	}
	for i, mu = range locks { // want `range var mu copies lock: sync.Mutex`
	}
	for j, m := range locks { // want `range var m copies lock: sync.Mutex`
		_, _ = j, &m
	}

	var fixed [3]sync.Mutex
	for _, m := range fixed { // want `range var m copies lock: sync.Mutex`
		_ = &m
	}

	var byLock map[sync.Mutex]sync.Mutex
	for k := range byLock { // want `range var k copies lock: sync.Mutex`
		_ = &k
	}
	for mu, _ = range byLock { // want `range var mu copies lock: sync.Mutex`
	}
	for k, _ := range byLock { // want `range var k copies lock: sync.Mutex`
		_ = &k
	}
	for _, mu = range byLock { // want `range var mu copies lock: sync.Mutex`
	}
	for _, v := range byLock { // want `range var v copies lock: sync.Mutex`
		_ = &v
	}

	var received chan sync.Mutex
	for range received {
	}
	for mu = range received { // want `range var mu copies lock: sync.Mutex`
	}
	for v := range received { // want `range var v copies lock: sync.Mutex`
		_ = &v
	}

	// Range variables that are not identifiers.
	var t struct {
		i  int
		mu sync.Mutex
	}
	for t.i, t.mu = range locks { // want `range var t.mu copies lock: sync.Mutex`
	}
	_, _, _ = &mu, i, &t
}

// Three-clause loops before go1.22 (forstmt/go21.txtar): one variable for the whole loop,
// so nothing is copied per iteration; an existing lock on the right is still a copy.
func threeClause() {
	var mu sync.Mutex
	var x int
	for x, mu = 0, (sync.Mutex{}); x < 10; x++ { // Go 1.19's vet flags this (parenthesized literal); later vet does not, nor do we
	}
	for x, mu := 0, (sync.Mutex{}); x < 10; x++ { // Go 1.19's vet flags this (parenthesized literal); later vet does not, nor do we
		_ = mu.TryLock()
	}
	for x, _ := 0, (sync.Mutex{}); x < 10; x++ { // Go 1.19's vet flags this (parenthesized literal); later vet does not, nor do we
		_ = mu.TryLock()
	}
	for _, mu := 0, (sync.Mutex{}); x < 10; x++ { // Go 1.19's vet flags this (parenthesized literal); later vet does not, nor do we
		_ = mu.TryLock()
	}
	for x, mu := 0, mu; x < 10; x++ { // want `assignment copies lock value to mu: sync.Mutex`
		_ = mu.TryLock()
	}
}
