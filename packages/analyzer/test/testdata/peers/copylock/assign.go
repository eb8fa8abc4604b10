// Package copylock restates, with code of its own, the cases of go vet's copylocks tests
// (golang.org/x/tools, go/analysis/passes/copylock/testdata/src: a/copylock.go,
// a/copylock_func.go, a/copylock_range.go, forstmt/go21.txtar, typeparams, unfortunate)
// as fixtures for MH010 lock-copied-by-value. go1.22 loop semantics: ../copylock122.
//
// Out of scope (not valid Go, or not Go 1.19):
//   - a/issue61678.go, typeparams' R struct{ r R }, issue67787: invalid recursive types and
//     a type used as a value; they check that vet does not crash on code that does not
//     compile, and our fixtures must compile.
//   - a/newexpr_go126.go: new(expr) is Go 1.26 syntax.
//
// Covered by ../../copylocks already (not repeated here): map elements copied by `v := m[k]`
// and `v, ok := m[k]` for package types, atomic.Value (not a lock in Go 1.19).
//
// Where this file differs from Go 1.19's `go vet -copylocks`, each line says so.
package copylock

import (
	"sync"
	"unsafe"
	. "unsafe"
	unsafealias "unsafe"
)

// Gate holds a Once, and through it a Mutex.
type Gate struct {
	once sync.Once
	name string
}

// Fresh values are not copies: composite literals, new, make, pointers.
func freshValues() {
	var pm *sync.Mutex
	q := pm
	var own sync.Mutex
	q = &own
	var lit = sync.Mutex{}
	short := sync.Mutex{}
	short = sync.Mutex{}
	wrapped := struct{ L sync.Mutex }{L: sync.Mutex{}}
	gates := []Gate{{}, {once: sync.Once{}}}
	fresh := new(sync.Mutex)
	many := make([]sync.Mutex, 4)
	viaPointer := struct{ L *sync.Mutex }{L: new(sync.Mutex)}
	var paren = (sync.Mutex{})   // Go 1.19's vet flags this (it does not look through parentheses); later vet does not, nor do we
	parenShort := (sync.Mutex{}) // likewise
	_, _, _, _, _, _, _, _, _, _ = q, &lit, &short, &wrapped, gates, fresh, many, viaPointer, &paren, &parenShort
}

func copiesThroughPointers(dst, src *sync.Mutex, pg *Gate) {
	*dst = *src // want `assignment copies lock value to \*dst: sync.Mutex;.*\(MH010\)`

	var g Gate
	*pg = g // want `assignment copies lock value to \*pg: Gate contains sync.Once contains sync.Mutex`
	g = *pg // want `assignment copies lock value to g: Gate contains sync.Once contains sync.Mutex`

	m := *src // want `assignment copies lock value to m: sync.Mutex`
	var h = g // want `variable declaration copies lock value to h: Gate contains sync.Once`
	_, _ = &m, &h
}

func copiesIntoLiterals(src *sync.Mutex, g Gate, pg *Gate) { // want `copiesIntoLiterals passes lock by value: Gate contains sync.Once`
	w := struct{ L sync.Mutex }{
		L: *src, // want `literal copies lock value from \*src: sync.Mutex`
	}
	byKey := map[int]Gate{
		1: g,   // want `literal copies lock value from g: Gate contains sync.Once contains sync.Mutex`
		2: *pg, // want `literal copies lock value from \*pg: Gate contains sync.Once`
	}
	list := []Gate{
		g,   // want `literal copies lock value from g: Gate contains sync.Once`
		*pg, // want `literal copies lock value from \*pg: Gate contains sync.Once`
	}
	_, _, _ = &w, byKey, list
}

// A local function named like a builtin is an ordinary call: its argument is copied.
func shadowedBuiltins(pg *Gate) {
	new := func(interface{}) {}
	new(*pg) // known miss (MH010): the parser reads the argument of any call named new as a type (new(T)), so this local new is not seen copying *pg; vet flags it

	var row [4]sync.Mutex
	n, c := len(row), cap(row)
	len := func(interface{}) {}
	len(row) // want `call of len copies lock value: sync.Mutex`
	cap := func(interface{}) {}
	cap(row) // want `call of cap copies lock value: sync.Mutex`
	_, _ = n, c
}

// Arrays of locks are locks; slices of them are not.
func lockArrays() {
	var row [4]sync.Mutex
	row2 := row // want `assignment copies lock value to row2: sync.Mutex`
	row = row2  // want `assignment copies lock value to row: sync.Mutex`
	part := row[:]

	var grid [3][3]sync.Mutex
	grid2 := grid // want `assignment copies lock value to grid2: sync.Mutex`
	grid = grid2  // want `assignment copies lock value to grid: sync.Mutex`
	rows := grid[:]

	var jagged [2][][2]sync.Mutex
	jagged2 := jagged
	jagged = jagged2
	_, _, _ = part, rows, jagged[:]
}

// A map element of a type declared inside the function.
func localTypeInMap() {
	type cell struct{ mu sync.Mutex }
	cells := map[string]cell{"a": {}}
	c := cells["a"]     // known miss (MH010): types declared inside a function are not resolved (the typer knows package-level types only); vet flags this line
	d, ok := cells["a"] // known miss (MH010): likewise; vet flags it
	_, _, _ = &c, &d, ok
}

// unsafe's functions do not copy, however unsafe is imported; a local value that happens
// to be called unsafe or Sizeof is an ordinary function.
func sizeofs() uintptr {
	var mu sync.Mutex
	n := unsafe.Sizeof(mu) + unsafealias.Sizeof(mu) + Sizeof(mu)
	unsafe := struct{ Sizeof func(interface{}) }{Sizeof: func(interface{}) {}}
	unsafe.Sizeof(mu) // want `call of unsafe.Sizeof copies lock value: sync.Mutex`
	Sizeof := func(interface{}) {}
	Sizeof(mu) // want `call of Sizeof copies lock value: sync.Mutex`
	return n
}

// Each kind of sync value, copied by :=, by = and by var.
func syncKinds() {
	var rw sync.RWMutex
	var rwLit = sync.RWMutex{}
	rwNew := new(sync.RWMutex)
	rw2 := rw    // want `assignment copies lock value to rw2: sync.RWMutex`
	rw2 = rw     // want `assignment copies lock value to rw2: sync.RWMutex`
	var rw3 = rw // want `variable declaration copies lock value to rw3: sync.RWMutex`
	rwp, rwq := &rw, &sync.RWMutex{}

	var cond sync.Cond
	var condLit = sync.Cond{}
	condNew := new(sync.Cond)
	cond2 := cond    // want `assignment copies lock value to cond2: sync.Cond contains sync.noCopy`
	cond2 = cond     // want `assignment copies lock value to cond2: sync.Cond contains sync.noCopy`
	var cond3 = cond // want `variable declaration copies lock value to cond3: sync.Cond contains sync.noCopy`
	condp := &sync.Cond{L: &sync.Mutex{}}
	condp = sync.NewCond(&sync.Mutex{})

	var wg sync.WaitGroup
	var wgLit = sync.WaitGroup{}
	wgNew := new(sync.WaitGroup)
	wg2 := wg    // want `assignment copies lock value to wg2: sync.WaitGroup contains sync.noCopy`
	wg2 = wg     // want `assignment copies lock value to wg2: sync.WaitGroup contains sync.noCopy`
	var wg3 = wg // want `variable declaration copies lock value to wg3: sync.WaitGroup contains sync.noCopy`

	var pool sync.Pool
	var poolLit = sync.Pool{}
	poolNew := new(sync.Pool)
	pool2 := pool    // want `assignment copies lock value to pool2: sync.Pool contains sync.noCopy`
	pool2 = pool     // want `assignment copies lock value to pool2: sync.Pool contains sync.noCopy`
	var pool3 = pool // want `variable declaration copies lock value to pool3: sync.Pool contains sync.noCopy`

	var once sync.Once
	var onceLit = sync.Once{}
	onceNew := new(sync.Once)
	once2 := once    // want `assignment copies lock value to once2: sync.Once contains sync.Mutex`
	once2 = once     // want `assignment copies lock value to once2: sync.Once contains sync.Mutex`
	var once3 = once // want `variable declaration copies lock value to once3: sync.Once contains sync.Mutex`

	_, _, _, _, _, _ = &rwLit, rwNew, &rw2, &rw3, rwp, rwq
	_, _, _, _, _ = &condLit, condNew, &cond2, &cond3, condp
	_, _, _, _, _ = &wgLit, wgNew, &wg2, &wg3, &wg
	_, _, _, _, _ = &poolLit, poolNew, &pool2, &pool3, &pool
	_, _, _, _, _ = &onceLit, onceNew, &once2, &once3, &once
}

// *f() is a fresh value (the pointer may point to a zero value made for the caller).
func pointerResults() {
	newMutex := func() *sync.Mutex { return new(sync.Mutex) }
	d := *newMutex()
	pd := *(newMutex()) // Go 1.19's vet flags this (the call is parenthesized); later vet does not, nor do we
	_, _ = &d, &pd
}

// A field selected from a fresh value is still a copy of a lock.
func fieldOfLiteral() {
	use(Gate{}.once) // want `call of use copies lock value: sync.Once contains sync.Mutex`
}

func use(interface{}) {}
