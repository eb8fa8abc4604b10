package concurrentmap

import "sync"

// The same package's call graph: a goroutine that runs a function of the package, or that
// calls one, writes what that function writes (up to three calls deep).

type Tally struct {
	mu     sync.Mutex
	counts map[string]int
}

func (t *Tally) bump(k string) { t.counts[k]++ }

func (t *Tally) bumpLocked(k string) {
	t.mu.Lock()
	t.counts[k]++
	t.mu.Unlock()
}

func (t *Tally) run(keys []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, k := range keys {
		t.bump(k)
	}
}

func (t *Tally) runLocked(keys []string, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, k := range keys {
		t.bumpLocked(k)
	}
}

func store(m map[int]int, k int) { m[k] = k }

func fill(m map[int]int, from, to int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := from; i < to; i++ {
		store(m, i)
	}
}

func lookup(m map[int]int, k int) int { return m[k] }

// go f(m) in a loop: every instance writes m through store.
func fillInParallel(n int) map[int]int {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go fill(m, i*100, i*100+100, &wg) // want `concurrent map access: map m is written by store \(callgraph.go:35\), given it here, in a goroutine started in a loop .*"fatal error: concurrent map writes"`
	}
	wg.Wait()
	return m
}

// Two goroutines run a method that writes the receiver's map through another method.
func (t *Tally) twoRunners(a, b []string) {
	var wg sync.WaitGroup
	wg.Add(2)
	go t.run(a, &wg) // want `map t.counts is written by Tally.bump \(callgraph.go:13\), given it here, in a goroutine \(go statement at line 62\) while another goroutine writes it at line 63 by Tally.bump`
	go t.run(b, &wg)
	wg.Wait()
}

// A goroutine literal calls a function that writes the map while the spawner reads it.
func readWhileHelperWrites(m map[int]int) int {
	done := make(chan struct{})
	go func() {
		store(m, 1) // want `map m is written by store \(callgraph.go:35\), given it here, in a goroutine .* while the function that started it reads it at line 74.*"fatal error: concurrent map read and map write"`
		close(done)
	}()
	v := m[2]
	<-done
	return v
}

// The spawner writes through a helper while the goroutine reads the map.
func helperWritesWhileGoroutineReads(m map[int]int) int {
	got := make(chan int)
	go func() { got <- lookup(m, 1) }()
	store(m, 2) // want `map m is written by store \(callgraph.go:35\), given it here, after the go statement at line 82 .*the goroutine reads it at line 82 by lookup`
	return <-got
}

// Not flagged: the function locks around its write.
func (t *Tally) lockedRunners(a, b []string) {
	var wg sync.WaitGroup
	wg.Add(2)
	go t.runLocked(a, &wg)
	go t.runLocked(b, &wg)
	wg.Wait()
}

// Not flagged: the call is made under the spawner's lock on both sides.
func lockedCalls(m map[int]int, n int) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			store(m, i)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
}

// Not flagged: each goroutine gets its own map.
func ownMaps(n int) []map[int]int {
	out := make([]map[int]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		m := map[int]int{}
		out[i] = m
		wg.Add(1)
		go fill(m, 0, 10, &wg)
	}
	wg.Wait()
	return out
}

// Not flagged: the function only reads the map.
func readersOnly(m map[int]int, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			_ = lookup(m, k)
		}(i)
	}
	wg.Wait()
}
