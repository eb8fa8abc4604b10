//go:build go1.18

package copylock122

import "sync"

// This file is go1.21 by its //go:build line (a go1.N line below go1.21 counts as go1.21
// in a go1.22 module): one loop variable for the whole loop, so nothing is copied per
// iteration (forstmt/go22.txtar's pre.go).
func oneVariable() {
	var mu sync.Mutex
	var x int
	for x, mu := 0, (sync.Mutex{}); x < 10; x++ {
		_ = mu.TryLock()
	}
	for _, mu := 0, newMutex(); x < 10; x++ {
		_ = mu.TryLock()
	}
	_ = mu.TryLock()
}
