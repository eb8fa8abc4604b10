package waitgroup

import "sync"

// Pool keeps its WaitGroup in a field; declared in a file of its own so that the other
// files find the field's type through the package index.
type Pool struct {
	wg   sync.WaitGroup
	jobs chan func()
}

// Holder reaches a WaitGroup through a pointer field: copies share it.
type Holder struct {
	wg *sync.WaitGroup
}

// Counter merely has Add, Done and Wait methods; it is not a sync.WaitGroup.
type Counter struct{ n int }

func (c *Counter) Add(n int) { c.n += n }
func (c *Counter) Done()     { c.n-- }
func (c *Counter) Wait()     {}

var global sync.WaitGroup

// work stands for what a goroutine does; the oracle (test/oracle/waitgroup_main.go)
// replaces it to see whether Wait returned before the goroutines had finished.
var work = func(int) {}

// waited runs right after a Wait that later code would hide; the oracle checks there.
var waited = func() {}
