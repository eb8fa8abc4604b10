// Package sync, mapscope's own: locks, wait groups, Once, Cond and Map are the
// scheduler's (natives in src/stdlib/core-natives.ts), so every operation is a
// scheduling point and orders memory as Go's does.
package sync

type Locker interface {
	Lock()
	Unlock()
}

type Mutex struct{ m any }

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct{ m any }

func (m *RWMutex) Lock()
func (m *RWMutex) Unlock()
func (m *RWMutex) RLock()
func (m *RWMutex) RUnlock()

func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type WaitGroup struct{ w any }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct{ o any }

func (o *Once) Do(f func())

// Cond: Wait queues the goroutine before it unlocks L, as Go's notify list
// does, so a Signal between the two is not lost.
type Cond struct {
	L Locker
	n any // the waiters (Go: notifyList)
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

func (c *Cond) Wait() {
	c.add()
	c.L.Unlock()
	c.wait()
	c.L.Lock()
}

// add and wait: Go's runtime_notifyListAdd and runtime_notifyListWait. A
// goroutine signalled between the two does not park.
func (c *Cond) add()
func (c *Cond) wait()

func (c *Cond) Signal()

func (c *Cond) Broadcast()

// A Pool keeps values for reuse: Get takes one back out (or makes one with New),
// Put hands one in. The model's pool is a stack whose values stay until taken
// (Go's may drop them at a collection, so no program can count on either).
type Pool struct {
	items []any
	New   func() any
}

func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}

func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Map: each method is one indivisible step of the scheduler.
type Map struct{ m any }

func (m *Map) Load(key any) (value any, ok bool)

func (m *Map) Store(key, value any)

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)

func (m *Map) LoadAndDelete(key any) (value any, loaded bool)

func (m *Map) Delete(key any)

func (m *Map) Range(f func(key, value any) bool)
