package copylocks

import "sync"

// Handle is declared once per platform; on linux/amd64 it holds a mutex.
type Handle struct {
	mu sync.Mutex
	fd int
}

func (h Handle) Fd() int { return h.fd } // want `Fd passes lock by value: Handle contains sync.Mutex`
