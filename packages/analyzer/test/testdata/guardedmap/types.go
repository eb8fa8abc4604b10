package guardedmap

import (
	gosync "sync"
)

// Registry guards items with mu; Add writes it in place under mu.
type Registry struct {
	mu    gosync.RWMutex
	items map[string]int
	names map[int]string
}

// Add writes both maps under the lock.
func (r *Registry) Add(name string, id int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[name] = id
	r.names[id] = name
}

// Remove deletes under the lock.
func (r *Registry) Remove(name string) {
	r.mu.Lock()
	delete(r.items, name)
	r.mu.Unlock()
}
