// Package otheratomic imports a package named atomic that is not sync/atomic (as
// go.uber.org/atomic is): its Int64 has no noCopy field and vet does not flag copies.
package otheratomic

import "go.uber.org/atomic"

type Counter struct {
	n atomic.Int64
}

func (c Counter) Load() int64 { return c.n.Load() }

func copyIt(c *Counter) Counter {
	d := *c
	return d
}
