package concurrentmap

import (
	"context"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

type Store struct {
	mu   sync.RWMutex
	data map[string]string
}

type Locked struct {
	sync.Mutex
	m map[int]int
}

// Both sides hold the mutex.
func lockedBothSides(keys []string) map[string]int {
	var mu sync.Mutex
	m := map[string]int{}
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func(i int, k string) {
			defer wg.Done()
			mu.Lock()
			m[k] = i
			mu.Unlock()
		}(i, k)
	}
	mu.Lock()
	_ = len(m)
	mu.Unlock()
	wg.Wait()
	return m
}

// defer mu.Unlock() keeps the lock to the end of the goroutine.
func (s *Store) setAll(kv map[string]string) {
	var wg sync.WaitGroup
	for k, v := range kv {
		wg.Add(1)
		go func(k, v string) {
			defer wg.Done()
			s.mu.Lock()
			defer s.mu.Unlock()
			if s.data == nil {
				s.data = map[string]string{}
			}
			s.data[k] = v
		}(k, v)
	}
	s.mu.RLock()
	_ = s.data["x"]
	s.mu.RUnlock()
	wg.Wait()
}

// An embedded mutex.
func (l *Locked) bump(n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			l.Lock()
			defer l.Unlock()
			l.m[i]++
		}(i)
	}
	wg.Wait()
}

// The parent reads only after wg.Wait().
func readAfterWait() int {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m[1] = 1
	}()
	wg.Wait()
	return m[1] + len(m)
}

// The parent reads only after <-done.
func readAfterReceive() int {
	m := map[int]int{}
	done := make(chan bool)
	go func() {
		m[1] = 1
		done <- true
	}()
	<-done
	for k := range m {
		m[k]++
	}
	return m[1]
}

// A select waits for the goroutine.
func readAfterSelect(quit chan struct{}) int {
	m := map[int]int{}
	done := make(chan bool)
	go func() {
		m[1] = 1
		close(done)
	}()
	select {
	case <-done:
	case <-quit:
		return 0
	}
	return m[1]
}

// One goroutine per loop iteration, but the loop waits for each before the next.
func sequential(m map[int]int, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m[i] = i
		}(i)
		wg.Wait()
	}
}

// The first goroutine closes ready after its write; the second waits for it.
func handOff() map[string]int {
	m := map[string]int{}
	ready := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		m["a"] = 1
		close(ready)
	}()
	go func() {
		<-ready
		m["b"] = 2
		close(finished)
	}()
	<-finished
	return m
}

// The goroutine waits for start; the parent writes before closing it.
func startSignal() {
	m := map[string]int{}
	start := make(chan struct{})
	done := make(chan struct{})
	go func() {
		<-start
		m["g"] = 1
		close(done)
	}()
	m["parent"] = 1
	close(start)
	<-done
}

// sync.Map is safe for concurrent use.
func syncMap(keys []string) {
	var m sync.Map
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			m.Store(k, len(k))
		}(k)
	}
	wg.Wait()
}

// Each goroutine fills its own map; the parent merges them after receiving.
func perGoroutineMaps(parts [][]string) map[string]int {
	results := make(chan map[string]int)
	for _, p := range parts {
		go func(p []string) {
			local := map[string]int{}
			for _, s := range p {
				local[s]++
			}
			results <- local
		}(p)
	}
	merged := map[string]int{}
	for range parts {
		for k, v := range <-results {
			merged[k] += v
		}
	}
	return merged
}

// A fresh map per loop iteration.
func perIteration(groups [][]int, out chan<- map[int]bool) {
	for _, g := range groups {
		set := make(map[int]bool)
		go func(g []int) {
			for _, x := range g {
				set[x] = true
			}
			out <- set
		}(g)
	}
}

// Different maps in different goroutines.
func differentMaps() (map[int]int, map[int]int) {
	a, b := map[int]int{}, map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a[1] = 1
	}()
	go func() {
		defer wg.Done()
		b[1] = 1
	}()
	wg.Wait()
	return a, b
}

// Everybody only reads.
func readOnly(m map[string]int, keys []string) int64 {
	var total int64
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			atomic.AddInt64(&total, int64(m[k]+len(m)))
			for range m {
			}
		}(k)
	}
	_ = m["x"]
	wg.Wait()
	return total
}

// Deleting inside one's own range loop is legal.
func deleteWhileRanging(m map[int]int) {
	done := make(chan bool)
	go func() {
		for k, v := range m {
			if v == 0 {
				delete(m, k)
			}
		}
		done <- true
	}()
	<-done
}

// The parent writes before starting the goroutine: the go statement orders it.
func writeBeforeGo(m map[int]int) {
	m[0] = 0
	done := make(chan bool)
	go func() {
		m[1] = 1
		done <- true
	}()
	<-done
}

// Goroutines in different branches never run together.
func branches(m map[int]int, fast bool) {
	done := make(chan bool)
	if fast {
		go func() { m[1] = 1; done <- true }()
	} else {
		go func() { m[2] = 2; done <- true }()
	}
	<-done
}

// Only one goroutine is started: the loop breaks right after the go statement.
func firstOnly(m map[int]int, xs []int) {
	done := make(chan bool)
	for _, x := range xs {
		go func(x int) {
			m[x] = x
			done <- true
		}(x)
		break
	}
	<-done
}

// A slice indexed by goroutines is not a map.
func sliceResults(xs []int) []int {
	out := make([]int, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func(i, x int) {
			defer wg.Done()
			out[i] = x * x
		}(i, x)
	}
	wg.Wait()
	return out
}

// The map's type is not visible to syntax (a field of another package's type).
func unknownType(s *atomic.Value, xs []int) {
	var wg sync.WaitGroup
	for _, x := range xs {
		wg.Add(1)
		go func(x int) {
			defer wg.Done()
			unknown := s.Load()
			_ = unknown
		}(x)
	}
	wg.Wait()
}

// A map made inside the goroutine.
func madeInside(out chan<- map[int]int, n int) {
	for i := 0; i < n; i++ {
		go func(i int) {
			m := map[int]int{}
			m[i] = i
			out <- m
		}(i)
	}
}

// The closer waits for the workers (wg.Wait in its own goroutine) before reading.
func closerGoroutine(jobs []int) map[int]int {
	m := map[int]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	out := make(chan int)
	for _, j := range jobs {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			mu.Lock()
			m[j] = j
			mu.Unlock()
			out <- j
		}(j)
	}
	go func() {
		wg.Wait()
		_ = len(m)
		close(out)
	}()
	for range out {
	}
	return m
}

// sync.Once runs the function once; other callers wait for it.
func onceInit(table map[string]int, n int) {
	var once sync.Once
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				table["init"] = 1
			})
		}()
	}
	wg.Wait()
}

// A new map is made each iteration before it is passed to the goroutine.
func freshPerIterationArgument(out chan<- map[int]int, n int) {
	var m map[int]int
	for i := 0; i < n; i++ {
		m = make(map[int]int)
		go func(m map[int]int, i int) {
			m[i] = i
			out <- m
		}(m, i)
	}
}

// The goroutine waits for ctx.Done(); the spawner writes before cancelling.
func cancelOrders(parent context.Context) {
	m := map[string]int{}
	ctx, cancel := context.WithCancel(parent)
	finished := make(chan struct{})
	go func() {
		<-ctx.Done()
		m["cancelled"] = 1
		close(finished)
	}()
	m["before"] = 1
	cancel()
	<-finished
}

// errgroup goroutines under a mutex; the map is read after g.Wait().
func errgroupLocked(ctx context.Context, urls []string) (map[string]int, error) {
	var mu sync.Mutex
	sizes := map[string]int{}
	g, _ := errgroup.WithContext(ctx)
	for _, u := range urls {
		u := u
		g.Go(func() error {
			mu.Lock()
			defer mu.Unlock()
			sizes[u] = len(u)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return sizes, nil
}

// A channel of capacity 1 used as a lock.
func channelAsLock(keys []string) map[string]int {
	m := map[string]int{}
	lock := make(chan struct{}, 1)
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			lock <- struct{}{}
			m[k] = len(k)
			<-lock
		}(k)
	}
	wg.Wait()
	return m
}

// The second goroutine waits for the first through the WaitGroup before reading.
func waitInGoroutine() int {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m[1] = 1
	}()
	result := make(chan int)
	go func() {
		wg.Wait()
		result <- len(m)
	}()
	return <-result
}
