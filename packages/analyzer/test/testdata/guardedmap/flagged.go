package guardedmap

import (
	"errors"
	"sync"
)

// All returns the guarded map itself.
func (r *Registry) All() map[string]int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.items // want `^Registry.All returns r.items, the map guarded by r.mu: callers read and write it without the lock; a caller ranging over or reading the returned map while another goroutine calls Registry.Add \(which writes it under r.mu\) gets "fatal error: concurrent map iteration and map write" or "fatal error: concurrent map read and map write" \(the runtime throws, recover cannot catch it\); return maps.Clone\(r.items\) \(Go 1.21\+\) or a copy loop made under the lock, or an accessor taking a callback under the lock \(MH009\)$`
}

// Names returns the map with an error: the receiver is named differently from Add's.
func (reg *Registry) Names() (map[int]string, error) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	if reg.names == nil {
		return nil, errors.New("no names")
	}
	return reg.names, nil // want `Registry.Names returns reg.names, the map guarded by reg.mu: .*calls Registry.Add \(which writes it under reg.mu\)`
}

// Snapshot reads the map under the lock into a local and returns it after unlocking.
func (r *Registry) Snapshot() map[string]int {
	r.mu.RLock()
	m := r.items
	r.mu.RUnlock()
	return m // want `Registry.Snapshot returns m \(r.items\), the map guarded by r.mu`
}

// counter is unexported, but its exported methods are reached through interfaces.
type counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *counter) Hit(k string) {
	c.Lock()
	defer c.Unlock()
	c.hits[k]++
}

func (c *counter) Hits() map[string]int {
	c.Lock()
	defer c.Unlock()
	return (c.hits) // want `counter.Hits returns c.hits, the map guarded by c's embedded Mutex: .*calls counter.Hit \(which writes it under c's embedded Mutex\)`
}

// Nested keeps its map and lock one struct down.
type Nested struct {
	state struct {
		mu  *sync.Mutex
		tab map[string][]byte
	}
}

func (n *Nested) Put(k string, v []byte) {
	n.state.mu.Lock()
	n.state.tab[k] = v
	n.state.mu.Unlock()
}

func (n *Nested) Clear() {
	n.state.mu.Lock()
	defer n.state.mu.Unlock()
	clear(n.state.tab)
}

func (n *Nested) Table() map[string][]byte {
	n.state.mu.Lock()
	defer n.state.mu.Unlock()
	return n.state.tab // want `Nested.Table returns n.state.tab, the map guarded by n.state.mu`
}

// Generic types count too.
type Set[K comparable] struct {
	mu   sync.Mutex
	keys map[K]struct{}
}

func (s *Set[K]) Add(k K) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.keys[k] = struct{}{}
}

func (s *Set[K]) Keys() map[K]struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.keys // want `Set.Keys returns s.keys, the map guarded by s.mu`
}

// Reset returns the fresh map it installed: Add writes that one.
func (r *Registry) Reset() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items = make(map[string]int)
	return r.items // want `Registry.Reset returns r.items, the map guarded by r.mu`
}

// Keep reads into a local, replaces the field, then restores it: still the guarded map.
func (r *Registry) Keep() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := r.items
	return m // want `Registry.Keep returns m \(r.items\)`
}
