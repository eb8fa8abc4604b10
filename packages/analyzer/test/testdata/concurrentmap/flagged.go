package concurrentmap

import (
	"strings"
	"sync"
)

type Cache struct {
	mu    sync.Mutex
	items map[string]int
}

var registry = map[string]int{}

// Instances of one goroutine started in a loop write the same map.
func countWords(words []string) map[string]int {
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			counts[strings.ToLower(w)]++ // want `concurrent map access: map counts is written here in a goroutine started in a loop \(go statement at line 21\) while another instance of the same goroutine writes it \(line 23\).*"fatal error: concurrent map writes", which recover cannot catch; guard both accesses with one sync.Mutex, use sync.Map, or give each goroutine its own map and merge them after wg.Wait\(\)` MH001
		}(w)
	}
	wg.Wait()
	return counts
}

func deleteInLoop(m map[int]bool, keys []int) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			delete(m, k) // want `map m is written here in a goroutine started in a loop.*concurrent map writes`
		}(k)
	}
	wg.Wait()
}

func addAssign(totals map[string]int, parts [][]string) {
	done := make(chan bool)
	for _, p := range parts {
		go func(p []string) {
			for _, s := range p {
				totals[s] += len(s) // want `map totals is written here in a goroutine started in a loop.*concurrent map writes`
			}
			done <- true
		}(p)
	}
	for range parts {
		<-done
	}
}

// A field path on the receiver: s.items is shared by every goroutine.
func (c *Cache) fill(keys []string) {
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func(i int, k string) {
			defer wg.Done()
			c.items[k] = i // want `map c.items is written here in a goroutine started in a loop`
		}(i, k)
	}
	wg.Wait()
}

// Two different goroutines write the same map.
func twoWriters() map[int]int {
	m := make(map[int]int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 100; i++ {
			m[i] = i // want `map m is written here in a goroutine \(go statement at line 75\) while another goroutine writes it at line 84.*concurrent map writes`
		}
	}()
	go func() {
		defer wg.Done()
		for i := 0; i < 100; i++ {
			m[i+100] = i
		}
	}()
	wg.Wait()
	return m
}

// The spawning function reads the map before waiting for the goroutine.
func readBeforeWait() int {
	m := map[string]int{"b": 2}
	done := make(chan struct{})
	go func() {
		m["a"] = 1 // want `map m is written here in a goroutine \(go statement at line 95\) while the function that started it reads it at line 99, after starting it and before waiting for it.*"fatal error: concurrent map read and map write"`
		close(done)
	}()
	n := m["b"]
	<-done
	return n
}

func writeBeforeWait() {
	m := map[string]int{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m["a"] = 1 // want `map m is written here in a goroutine .* while the function that started it writes it at line 112.*concurrent map writes`
	}()
	m["b"] = 2
	wg.Wait()
}

func lenBeforeWait(m map[int]int) int {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m[1] = 1 // want `map m is written here .* reads it at line 123.*concurrent map read and map write`
	}()
	n := len(m)
	wg.Wait()
	return n
}

// The goroutine only reads; the spawner writes after starting it.
func writeWhileGoroutineReads(m map[string]int) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_ = m["x"]
	}()
	m["y"] = 2 // want `map m is written here after the go statement at line 132 and before waiting for that goroutine while the goroutine reads it at line 134.*concurrent map read and map write`
	wg.Wait()
}

// A goroutine ranges over the map while the spawner writes to it.
func rangeWhileParentWrites(m map[string]int) {
	done := make(chan int)
	go func() {
		sum := 0
		for _, v := range m { // want `map range during a concurrent write: map m is ranged over here in a goroutine \(go statement at line 143\) while the function that started it writes it at line 150.*"fatal error: concurrent map iteration and map write", which recover cannot catch; hold one sync.Mutex around both the loop and the write` MH002
			sum += v
		}
		done <- sum
	}()
	m["new"] = 1
	<-done
}

// The spawner ranges while the goroutine writes.
func parentRangesWhileGoroutineWrites(m map[int]int) int {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		m[0] = 0
	}()
	total := 0
	for _, v := range m { // want `map m is ranged over here after the go statement at line 158 and before waiting for that goroutine while the goroutine writes it at line 160.*concurrent map iteration and map write`
		total += v
	}
	wg.Wait()
	return total
}

// A goroutine ranges while another one writes.
func rangeAndWriter(m map[string]bool) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m["x"] = true
	}()
	go func() {
		defer wg.Done()
		for k := range m { // want `map m is ranged over here in a goroutine \(go statement at line 174\) while another goroutine writes it at line 176.*concurrent map iteration and map write`
			_ = k
		}
	}()
	wg.Wait()
}

// Each instance ranges over and writes the shared map.
func rangeAndWriteInLoop(seen map[int]bool, batches [][]int) {
	var wg sync.WaitGroup
	for _, b := range batches {
		wg.Add(1)
		go func(b []int) {
			defer wg.Done()
			for k := range seen { // want `map seen is ranged over here in a goroutine started in a loop .* while another instance of the same goroutine writes it \(line 198\)`
				_ = k
			}
			for _, x := range b {
				seen[x] = true // want `map seen is written here in a goroutine started in a loop`
			}
		}(b)
	}
	wg.Wait()
}

// The map is passed to the goroutine as an argument: still the same map.
func passedAsArgument(shared map[string]int, names []string) {
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func(dst map[string]int, n string) {
			defer wg.Done()
			dst[n] = len(n) // want `map dst is written here in a goroutine started in a loop`
		}(shared, n)
	}
	wg.Wait()
}

// A package-level map.
func registerAll(names []string) {
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			registry[n] = i // want `map registry is written here in a goroutine started in a loop`
		}(i, n)
	}
	wg.Wait()
}

// clear is a write too (Go 1.21).
func clearInGoroutines(m map[int]int, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			clear(m) // want `map m is written here in a goroutine started in a loop.*concurrent map writes`
		}()
	}
	wg.Wait()
}

// The lock is released before the write.
func unlockedTooEarly(c *Cache, keys []string) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			c.mu.Lock()
			n := len(k)
			c.mu.Unlock()
			c.items[k] = n // want `map c.items is written here in a goroutine started in a loop`
		}(k)
	}
	wg.Wait()
}

// A receive before the go statement in the loop body (a semaphore) does not order instances.
func semaphore(m map[int]int, jobs []int) {
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for _, j := range jobs {
		sem <- struct{}{}
		wg.Add(1)
		go func(j int) {
			defer func() { <-sem; wg.Done() }()
			m[j] = j * j // want `map m is written here in a goroutine started in a loop`
		}(j)
	}
	wg.Wait()
}

// The goroutine reads while the spawner keeps writing in its loop.
func eventLoop(events <-chan string, m map[string]int) {
	for ev := range events {
		m[ev]++ // want `map m is written here after the go statement at line 279 and before waiting for that goroutine while the goroutine reads it at line 280`
		go func() {
			_ = m["total"]
		}()
	}
}

// A counting semaphore limits how many run at once; it does not make them take turns.
func countingSemaphore(m map[int]int, jobs []int) {
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			sem <- struct{}{}
			m[j] = j // want `map m is written here in a goroutine started in a loop`
			<-sem
		}(j)
	}
	wg.Wait()
}
