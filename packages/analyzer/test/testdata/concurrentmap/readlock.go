package concurrentmap

import "sync"

// Sessions remembers when each session was last seen.
type Sessions struct {
	mu       sync.RWMutex
	lastSeen map[string]int64
	names    map[string]string
}

// Touch records a visit while holding only the read lock: two visits write the map at once.
func (s *Sessions) Touch(id string, now int64) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.lastSeen[id] = now
}

// Name reads under the read lock, and Rename writes under the write lock: guarded.
func (s *Sessions) Name(id string) string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.names[id]
}

func (s *Sessions) Rename(id, name string) {
	s.mu.Lock()
	s.names[id] = name
	s.mu.Unlock()
}

func visitAll(s *Sessions, ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func(id string) {
			defer wg.Done()
			s.Touch(id, 1) // want `concurrent map access: map s.lastSeen is written by Sessions.Touch \(readlock.go:16\), given it here, in a goroutine started in a loop .* with only a read lock held \(RLock lets both in at once\) .*take the write lock \(Lock, not RLock\) around the write` MH001
			s.Rename(id, s.Name(id))
		}(id)
	}
	wg.Wait()
}

// A goroutine writing under the read lock it shares with its other instances.
func tally(words []string) map[string]int {
	var mu sync.RWMutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			mu.RLock()
			counts[w]++ // want `concurrent map access: map counts is written here in a goroutine started in a loop \(go statement at line 52\) .* with only a read lock held` MH001
			mu.RUnlock()
		}(w)
	}
	wg.Wait()
	return counts
}
