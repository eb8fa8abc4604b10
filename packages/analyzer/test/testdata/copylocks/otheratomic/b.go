package otheratomic

import (
	"sync"
	"sync/atomic"
)

// In this file atomic is sync/atomic: a qualifier means what the file that spells it
// imports, whatever other files of the package call atomic.
type Flag struct {
	set atomic.Bool
}

func (f Flag) Get() bool { return f.set.Load() } // want `Get passes lock by value: Flag contains sync/atomic.Bool contains sync/atomic.noCopy`

type Locked struct {
	mu sync.Mutex
}

func (l Locked) Get() {} // want `Get passes lock by value: Locked contains sync.Mutex`

// Counter (a.go) holds go.uber.org/atomic's Int64; this file does not import go.uber.org/atomic,
// and atomic means two packages in this package: the field's type is unknown.
func counterField(c *Counter) {
	n := c.n
	_ = &n
}

func counterCopy(c *Counter, f *Flag) {
	n := c.n
	g := f.set // want `assignment copies lock value to g: sync/atomic.Bool contains sync/atomic.noCopy`
	_, _ = &n, &g
}
