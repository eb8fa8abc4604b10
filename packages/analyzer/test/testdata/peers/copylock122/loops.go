// Package copylock122 restates go vet's copylocks forstmt tests (golang.org/x/tools,
// go/analysis/passes/copylock/testdata/src/forstmt/go22.txtar) for MH010: from go1.22 a
// three-clause loop's := variables are new each iteration, copied from the previous
// iteration's, so a variable holding a lock is copied every time round.
//
// Differences from Go 1.19's `go vet -copylocks`, which predates go1.22 loops: it reports
// none of the iteration copies, and it reports the lines with a parenthesized literal,
// (sync.Mutex{}), as assignment copies (it does not look through parentheses; later vet
// does not report them, nor do we). The `newMutex()` loops are silent in Go 1.19's vet.
package copylock122

import "sync"

// Gate holds a lock through a Once.
type Gate struct {
	once sync.Once
}

func newMutex() sync.Mutex { return sync.Mutex{} }

func newGate() Gate { return Gate{} }

// This file is go1.22 by go.mod.
func iterationCopies() {
	var mu sync.Mutex
	var x int
	for x, mu = 0, (sync.Mutex{}); x < 10; x++ { // = declares no loop variable
	}
	for x, mu := 0, (sync.Mutex{}); x < 10; x++ { // want `for loop iteration copies lock value to mu: sync.Mutex; from go1.22 each iteration starts with a copy of the previous iteration's mu \(this file is go1.22 by go.mod\)`
		_ = mu.TryLock()
	}
	for x, _ := 0, (sync.Mutex{}); x < 10; x++ {
		_ = mu.TryLock()
	}
	for _, mu := 0, (sync.Mutex{}); x < 10; x++ { // want `for loop iteration copies lock value to mu: sync.Mutex`
		_ = mu.TryLock()
	}
	for n, m := 0, newMutex(); n < 3; n++ { // want `for loop iteration copies lock value to m: sync.Mutex`
		_ = m.TryLock()
	}
	for g, n := newGate(), 0; n < 3; n++ { // want `for loop iteration copies lock value to g: Gate contains sync.Once`
		g.once.Do(func() {})
	}
	for g, n := (Gate{}), 0; n < 3; n++ { // want `for loop iteration copies lock value to g: Gate contains sync.Once contains sync.Mutex`
		g.once.Do(func() {})
	}
	for p, n := (&sync.Mutex{}), 0; n < 3; n++ {
		p.Lock()
		p.Unlock()
	}
	// A copy on the right is reported once, as an assignment.
	for x, mu := 0, mu; x < 10; x++ { // want `assignment copies lock value to mu: sync.Mutex`
		_ = mu.TryLock()
	}
}

// The loop variable's type is known only from newGate's result, and nothing in this
// function's text (comments included) names a lock type.
func gatesOnly() {
	for g, n := newGate(), 0; n < 3; n++ { // known miss (MH010): the candidate filter (a text match on lock type names) skips this function; vet from Go 1.22 flags it
		g.once.Do(func() {})
	}
}
