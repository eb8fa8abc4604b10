// Races across functions: each side of a race in its own function, found by following
// goroutines from main through the package's calls.
package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

type registry struct {
	mu    sync.Mutex
	names map[string]int
	old   map[string]int
}

func (r *registry) add(name string) {
	r.mu.Lock()
	r.names[name]++
	r.mu.Unlock()
}

// count reads without the lock that add writes under.
func (r *registry) count(name string) int {
	return r.names[name] // want `map r.names \(registry.names\) is read at app.go:25 in count .* with no lock held, while the goroutine started at app.go:\d+ writes it at app.go:19 in add .* holding r.mu: .*concurrent map read and map write"; hold r.mu here too` MH001
}

// snapshot hands out the map itself: its caller reads it after the lock is gone.
func (r *registry) snapshot() map[string]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.names
}

// rotate swaps the map out under the lock: ranging the old one afterwards is safe.
func (r *registry) rotate() int {
	r.mu.Lock()
	prev := r.names
	r.names = make(map[string]int)
	r.mu.Unlock()
	n := 0
	for _, c := range prev {
		n += c
	}
	return n
}

var (
	statsMu sync.Mutex
	stats   = map[string]int{}
)

func lockStats()   { statsMu.Lock() }
func unlockStats() { statsMu.Unlock() }

// bump takes the lock through a helper: guarded.
func bump(k string) {
	lockStats()
	stats[k]++
	unlockStats()
}

func peek(k string) int {
	lockStats()
	defer unlockStats()
	return stats[k]
}

const traceAdds = false

type job struct {
	tags map[string]string
}

// tag writes the job it is given: each worker gets its own job.
func tag(j *job, k string) {
	j.tags[k] = "x"
}

func main() {
	r := &registry{names: map[string]int{}}
	r.add("before") // main runs alone until it starts a goroutine
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r.add(fmt.Sprint(i))
			bump("adds")
		}(i)
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(j *job) {
			defer wg.Done()
			tag(j, "worker")
		}(&job{tags: map[string]string{}})
	}
	if traceAdds { // a debug switch that is off: never runs
		for k := range r.names {
			fmt.Println(k)
		}
	}
	fmt.Println(r.count("0"), peek("adds"))
	b, _ := json.Marshal(r.snapshot()) // want `map r.snapshot\(\) \(registry.names\) is ranged over at app.go:105 in main by main, with no lock held, while the goroutine started at app.go:\d+ writes it at app.go:19 .*concurrent map iteration and map write"; hold r.mu here too` MH002
	fmt.Println(len(b), r.rotate())

	wg.Wait()
	// Two rounds of workers, the second started after the first was waited for.
	seen := map[int]bool{}
	var round sync.WaitGroup
	round.Add(1)
	go func() { defer round.Done(); seen[1] = true }()
	round.Wait()
	round.Add(1)
	go func() { defer round.Done(); seen[2] = true }()
	round.Wait()
	done := make(chan bool)
	go func() {
		r.names["sync"] = 1 // the spawner waits for this goroutine at once
		done <- true
	}()
	<-done
	fmt.Println(len(r.names)) // every goroutine was waited for
}
