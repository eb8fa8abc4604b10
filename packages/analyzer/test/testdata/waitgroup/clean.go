package waitgroup

import (
	"sync"
)

// Add before the go statement: the usual, correct shape.
func addBefore(items []int) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			work(it)
		}(it)
	}
	wg.Wait()
}

// A goroutine that starts goroutines and Adds for them (go-tools#360).
func nestedSpawner(items []int) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for _, it := range items {
			wg.Add(1)
			go func(it int) {
				defer wg.Done()
				work(it)
			}(it)
		}
	}()
	wg.Wait()
}

func addThenSpawn(inner *sync.WaitGroup) {
	go func() {
		inner.Add(1)
		go func() {
			defer inner.Done()
		}()
	}()
}

// Add inside the goroutine but not its first statement: vet and SA2000 leave it alone.
func addLater(wg *sync.WaitGroup, ready chan struct{}) {
	go func() {
		<-ready
		wg.Add(1)
		wg.Done()
	}()
}

// A negative Add is a Done.
func negativeAdd(wg *sync.WaitGroup) {
	go func() {
		wg.Add(-1)
	}()
}

// A type that merely has Add, Done and Wait methods.
func notAWaitGroup(c *Counter, items []int) {
	go func() {
		c.Add(1)
		defer c.Done()
	}()
	c.Add(len(items))
	for range items {
		go c.Done()
		c.Wait()
	}
}

// A WaitGroup declared inside the goroutine counts its own children.
func ownWaitGroup() {
	go func() {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { defer wg.Done() }()
		wg.Wait()
	}()
}

// Wait in the loop with Add in the loop: serializes, often on purpose (the parent works
// beside each goroutine, as io tests do with pipes).
func serialized(items []int, work func(int)) {
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(it)
		}()
		work(-it)
		wg.Wait()
	}
}

// Batching: a conditional Wait.
func batches(items []int) {
	var wg sync.WaitGroup
	wg.Add(len(items))
	for i, it := range items {
		go func(it int) {
			defer wg.Done()
			_ = it
		}(it)
		if i == len(items)-1 {
			wg.Wait()
		}
	}
}

// A per-batch WaitGroup: the inner loop spawns, the outer loop waits.
func perBatch(batches [][]int) {
	var wg sync.WaitGroup
	for _, b := range batches {
		wg.Add(len(b))
		for _, it := range b {
			go func(it int) {
				defer wg.Done()
				_ = it
			}(it)
		}
		wg.Wait()
	}
}

// Add of one: the first Wait needs one Done, which the first goroutine gives.
func addOne() {
	var wg sync.WaitGroup
	wg.Add(1)
	for i := 0; i < 1; i++ {
		go wg.Done()
		wg.Wait()
	}
}

// Wait after the loop.
func waitAfter(items []int) {
	var wg sync.WaitGroup
	wg.Add(len(items))
	for range items {
		go wg.Done()
	}
	wg.Wait()
}

// Pointers everywhere: nothing is copied.
func pointerWorker(wg *sync.WaitGroup) {
	defer wg.Done()
}

func (p *Pool) Close() {
	close(p.jobs)
	p.wg.Wait()
}

func (h Holder) release() {
	h.wg.Done()
}

// A copy the function counts on consistently: Add, Done and Wait all on the copy.
func selfContained(wg sync.WaitGroup) { // want `passes lock by value.*\(MH010\)`
	wg.Add(1)
	go func() { defer wg.Done() }()
	wg.Wait()
}

func (p Pool) runLocal() { // want `passes lock by value.*\(MH010\)`
	p.wg.Add(1)
	go func() { defer p.wg.Done() }()
	p.wg.Wait()
}

// The copy's address is handed on: someone else may Add to it.
func handedOn(wg sync.WaitGroup, start func(*sync.WaitGroup)) { // want `passes lock by value.*\(MH010\)`
	start(&wg)
	wg.Wait()
}

// Done deferred: early returns are fine.
func deferred(wg *sync.WaitGroup, f func() error) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		if f() != nil {
			return
		}
	}()
}

// Each early return calls Done first.
func doneOnEveryPath(wg *sync.WaitGroup, f func() error) {
	wg.Add(1)
	go func() {
		if f() != nil {
			wg.Done()
			return
		}
		wg.Done()
	}()
}

// A return inside a nested function literal does not leave the goroutine.
func nestedReturn(wg *sync.WaitGroup, items []int) {
	wg.Add(1)
	go func() {
		visit := func(i int) {
			if i < 0 {
				return
			}
		}
		for _, i := range items {
			visit(i)
		}
		wg.Done()
	}()
}

// A return after the Done owes nothing.
func returnAfterDone(wg *sync.WaitGroup, f func() error) {
	wg.Add(1)
	go func() {
		err := f()
		wg.Done()
		if err != nil {
			return
		}
		println("ok")
	}()
}

// The WaitGroup is handed to a helper before the return.
func helperDone(wg *sync.WaitGroup, f func() error, finish func(*sync.WaitGroup)) {
	wg.Add(1)
	go func() {
		if f() != nil {
			finish(wg)
			return
		}
		wg.Done()
	}()
}

var shared sync.WaitGroup

// A plain function calling Done on a WaitGroup that is not its parameter is not known to
// be what the WaitGroup counts (its caller may settle the count on error). Known miss.
func notAGoroutine(f func() error) {
	if f() != nil {
		return
	}
	shared.Done()
}

// The goroutine signals after its Add and the parent receives before Wait: the receive
// orders every Add before the Wait (runtime/race TestNoRaceWaitGroupConcurrentAdd).
func handshake(n int) {
	waiting := make(chan bool, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		go func(p int) {
			wg.Add(1)
			waiting <- true
			work(p)
			wg.Done()
		}(p)
	}
	for p := 0; p < n; p++ {
		<-waiting
	}
	wg.Wait()
}
