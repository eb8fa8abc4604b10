package guardedmap

import (
	"maps"
	"sync"
)

// Clone returns a copy made under the lock.
func (r *Registry) Clone() map[string]int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return maps.Clone(r.items)
}

// Copy copies in a loop under the lock.
func (r *Registry) Copy() map[string]int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make(map[string]int, len(r.items))
	for k, v := range r.items {
		out[k] = v
	}
	return out
}

// Len and Get return values, not the map.
func (r *Registry) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.items)
}

func (r *Registry) Get(k string) int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.items[k]
}

// Each runs f under the lock.
func (r *Registry) Each(f func(string, int)) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	for k, v := range r.items {
		f(k, v)
	}
}

// all is unexported: its callers are in the package and may hold the lock.
func (r *Registry) all() map[string]int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.items
}

// Unlocked does not lock (a different problem, not this rule's).
func (r *Registry) Unlocked() map[string]int {
	return r.items
}

// AfterUnlock reads the field after unlocking: not a read under the lock.
func (r *Registry) AfterUnlock() map[string]int {
	r.mu.RLock()
	n := len(r.items)
	r.mu.RUnlock()
	_ = n
	return r.items
}

// Reassigned: the local is replaced by a copy before it is returned.
func (r *Registry) Reassigned() map[string]int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	m := r.items
	m = maps.Clone(m)
	return m
}

// Built returns a map built locally.
func (r *Registry) Built() map[string]bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	seen := map[string]bool{}
	for k := range r.items {
		seen[k] = true
	}
	return seen
}

// Closure: the return inside the func literal is the literal's.
func (r *Registry) Closure() func() map[string]int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return func() map[string]int { return r.items }
}

// Config's map is read-only after construction.
type Config struct {
	mu   sync.Mutex
	opts map[string]string
	hits int
}

func NewConfig(opts map[string]string) *Config {
	c := &Config{opts: map[string]string{}}
	for k, v := range opts {
		c.opts[k] = v
	}
	return c
}

func (c *Config) Touch() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits++
}

func (c *Config) Options() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.opts
}

// NoMutex has no lock field: Lock is some other method.
type NoMutex struct {
	m    map[string]int
	file fileLock
}

type fileLock struct{ path string }

func (f *fileLock) Lock()   {}
func (f *fileLock) Unlock() {}

func (n *NoMutex) Set(k string) {
	n.file.Lock()
	defer n.file.Unlock()
	n.m[k] = 1
}

func (n *NoMutex) Map() map[string]int {
	n.file.Lock()
	defer n.file.Unlock()
	return n.m
}

// COW replaces its map whole (copy-on-write): a returned map is never written again.
type COW struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *COW) Set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	next := maps.Clone(c.m)
	next[k] = v
	c.m = next
}

func (c *COW) Map() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m
}

// TwoLocks writes m under one lock and returns it under another.
type TwoLocks struct {
	a, b sync.Mutex
	m    map[int]int
}

func (t *TwoLocks) Set(k int) {
	t.a.Lock()
	defer t.a.Unlock()
	t.m[k] = k
}

func (t *TwoLocks) Map() map[int]int {
	t.b.Lock()
	defer t.b.Unlock()
	return t.m
}

// Inner returns a map element, itself a map: not this rule's.
type Inner struct {
	mu sync.Mutex
	m  map[string]map[string]int
}

func (i *Inner) Put(a, b string) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.m[a][b] = 1
}

func (i *Inner) Row(a string) map[string]int {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.m[a]
}

// Drain swaps in a new map under the lock: the caller gets the old one, which nobody writes.
func (r *Registry) Drain() map[string]int {
	r.mu.Lock()
	old := r.items
	r.items = make(map[string]int)
	r.mu.Unlock()
	return old
}

// DrainNames swaps with defer.
func (r *Registry) DrainNames() (map[int]string, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := r.names
	r.names = map[int]string{}
	return names, len(names)
}
