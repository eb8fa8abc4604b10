package copylocks

import (
	gosync "sync"
	"sync/atomic"
)

// Server holds a mutex directly.
type Server struct {
	mu    gosync.Mutex
	conns map[string]int
}

// Outer holds a lock two levels down, through an array.
type Outer struct {
	name  string
	inner [2]Inner
}

// Inner embeds a RWMutex.
type Inner struct {
	gosync.RWMutex
	n int
}

// Stats holds a Go 1.19 atomic counter.
type Stats struct {
	hits atomic.Int64
}

// noCopy is go vet's marker: pointer Lock and Unlock methods, no state.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// Conn must not be copied; it says so with a noCopy field.
type Conn struct {
	noCopy noCopy
	id     int
}

// Group holds a WaitGroup, a Once, a Cond, a Map and a Pool.
type Group struct {
	wg   gosync.WaitGroup
	once gosync.Once
	cond gosync.Cond
	m    gosync.Map
	pool gosync.Pool
}

// Named is a defined type over a lock-holding struct.
type Named Server

var global Server

// Ticket has two blank fields: each counts (the first is the lock).
type Ticket struct {
	_  noCopy
	_  [0]func()
	id int64
}
