// Races in a package's API: a type with a lock is taken to be used by many goroutines at
// once, and a goroutine a constructor starts runs beside every caller.
package raceslib

import "sync"

// Cache guards entries with mu, except in Len.
type Cache struct {
	mu      sync.RWMutex
	entries map[string][]byte
	hits    map[string]int
}

func (c *Cache) Put(k string, v []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[k] = v
}

func (c *Cache) Get(k string) []byte {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.hits[k]++ // want `map c.hits \(Cache.hits\) is written at lib.go:23 in Get by concurrent callers of Cache.Get, holding c.mu \(read lock\), while another instance of concurrent callers of Cache.Get writes it at lib.go:23.*concurrent map writes"; take the write lock \(Lock, not RLock\) around the write in Get` MH001
	return c.entries[k]
}

func (c *Cache) Has(k string) bool {
	_, ok := c.entries[k] // want `map c.entries \(Cache.entries\) is read at lib.go:28 in Has by concurrent callers of Cache.Has, with no lock held, while concurrent callers of Cache.Put writes it at lib.go:17 in Put, holding c.mu.*hold c.mu here too` MH001
	return ok
}

// len reads the count without the check that throws: not a crash.
func (c *Cache) Len() int {
	return len(c.entries)
}

// Poller's loop runs from its constructor on; Seen is called by the package's users.
type Poller struct {
	seen map[string]bool
	stop chan struct{}
}

func NewPoller(feed <-chan string) *Poller {
	p := &Poller{seen: map[string]bool{}, stop: make(chan struct{})}
	go p.loop(feed)
	return p
}

func (p *Poller) loop(feed <-chan string) {
	for {
		select {
		case s := <-feed:
			p.seen[s] = true // want `map p.seen \(Poller.seen\) is written at lib.go:53 in loop by the goroutine started at lib.go:45, with no lock held, while a caller of the package API reads it at lib.go:61 in Seen.*concurrent map read and map write"; guard both with one sync.Mutex, or use sync.Map` MH001
		case <-p.stop:
			return
		}
	}
}

func (p *Poller) Seen(s string) bool {
	return p.seen[s]
}

// Local maps of an API function are each call's own.
func Count(words []string) map[string]int {
	m := map[string]int{}
	for _, w := range words {
		m[w]++
	}
	return m
}

// Each call builds its own record before handing it out: nothing shared.
type record struct {
	fields map[string]string
}

func newRecord() *record { return &record{fields: map[string]string{}} }

func (c *Cache) Describe(k string) *record {
	r := newRecord()
	r.fields["key"] = k
	return r
}

// A registry filled by Register, which the packages using it call from init.
var codecs = map[string]func([]byte) []byte{}

func RegisterCodec(name string, f func([]byte) []byte) { codecs[name] = f }

func (c *Cache) Encode(name string, b []byte) []byte {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if f := codecs[name]; f != nil {
		return f(b)
	}
	return b
}
