package copylocks

import (
	"bytes"
	"os"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Pointer receivers and parameters share the lock.
func (s *Server) Lookup(name string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns[name]
}

func withPointers(s *Server, mu *sync.Mutex, wg *sync.WaitGroup, o *Outer, xs []Server, m map[string]*Server) {
	p := s
	q := &s.mu
	r := &o.inner[0]
	ys := xs[1:]
	for i := range xs {
		_ = &xs[i]
	}
	for k, v := range m {
		_, _ = k, v
	}
	_, _, _, _, _, _ = p, q, r, ys, mu, wg
}

// Fresh values: composite literals, calls, *f(), new.
func fresh() (Server, *Server) {
	a := Server{}
	var b = Server{conns: map[string]int{}}
	c := makeServer()
	d := *newServer()
	e := new(Server)
	var mu sync.Mutex
	mu = sync.Mutex{}
	_, _, _, _ = &a, &b, &c, &d
	_ = &mu
	return Server{}, e
}

func makeServer() Server { return Server{} }

func newServer() *Server { return &Server{} }

// Builtins and unsafe that do not copy.
func sizes(s *Server) uintptr {
	var arr [4]sync.Mutex
	n := len(arr) + cap(arr)
	return unsafe.Sizeof(*s) + unsafe.Sizeof(arr) + uintptr(n)
}

// Discarded: nothing keeps the copy.
func discard(s *Server) {
	_ = *s
}

// atomic.Value has no noCopy field in Go 1.19; vet does not flag it.
func values(v atomic.Value) atomic.Value {
	w := v
	return w
}

// Types merely having a Lock method, or Lock and Unlock over other state.
type lockOnly struct{ n int }

func (l *lockOnly) Lock() {}

type fileLock struct{ f *os.File }

func (l *fileLock) Lock()   {}
func (l *fileLock) Unlock() {}

func others(a lockOnly, b fileLock, c bytes.Buffer, d sync.Locker, e interface{ Lock() }) {
	x := a
	y := b
	z := c
	_, _, _, _, _ = &x, &y, &z, d, e
}

// Holders through pointers, slices, maps and channels are fine to copy.
type holder struct {
	mu   *sync.Mutex
	list []sync.Mutex
	byID map[int]sync.WaitGroup
	ch   chan Server
	fn   func(Server)
}

func copyHolder(h holder) holder {
	g := h
	return g
}

// A type parameter named like a package type is not that type.
func generic[Server any](s Server) Server {
	t := s
	return t
}

// A local type shadowing a package type.
func shadow() {
	type Stats struct{ n int }
	var s Stats
	t := s
	_ = t
}

// Unknown types from other packages are not flagged.
func unknown(b bytes.Buffer, r bytes.Reader) {
	c := b
	_, _ = &c, &r
}

// An embedded pointer shares the lock (debug/gosym's funcTab, html/template's Template).
type view struct {
	*Server
	n int
}

func (v view) Count() int { return v.n }

func copyView(v *view) view {
	w := *v
	return w
}

// A value a generic constructor returns is fresh, as vet's copylocks takes any call
// (livekit's ops queue: `*newOpsQueueBase[T](params)`).
type queueBase[T any] struct {
	mu    sync.Mutex
	items []T
}

func newQueueBase[T any](n int) *queueBase[T] { return &queueBase[T]{items: make([]T, 0, n)} }

type IntQueue struct{ base queueBase[int] }

func NewIntQueue() *IntQueue { return &IntQueue{base: *newQueueBase[int](8)} }
