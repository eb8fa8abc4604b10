// Oracle for the waitgroup fixture: `prog NAME` calls one fixture function the way its
// callers would, on one P (GOMAXPROCS 1: a new goroutine waits in the run queue until the
// parent blocks, so the outcome is the same on every run). A Wait that returns before the
// goroutines it counts have run their work panics with "Wait returned before the goroutines
// had finished"; a Wait that never returns shows as Go's deadlock error. Copied beside the
// fixture's files (renamed to package main) by record.sh.
package main

import (
	"os"
	"runtime"
	"sync"
	"sync/atomic"
)

var finished int64

// expect panics unless the goroutines ran `n` pieces of work before the caller went on.
func expect(n int64) {
	if got := atomic.LoadInt64(&finished); got != n {
		panic("Wait returned before the goroutines had finished")
	}
}

func fails() error { return errSkip }

// busy starts a goroutine that drains p.jobs and then marks p.wg done.
func busy(p *Pool) {
	p.wg.Add(1)
	go func() {
		for range p.jobs {
		}
		p.wg.Done()
	}()
}

func main() {
	runtime.GOMAXPROCS(1)
	work = func(int) {
		runtime.Gosched()
		atomic.AddInt64(&finished, 1)
	}
	calls := map[string]func(){
		// MH011: Wait returns early.
		"addInside":        func() { addInside([]int{1, 2, 3}); expect(3) },
		"addInsidePointer": func() { var wg sync.WaitGroup; addInsidePointer(&wg); expect(1) },
		"addInsideField": func() {
			p := &Pool{jobs: make(chan func())}
			addInsideField(p)
			close(p.jobs)
			p.wg.Wait()
			expect(1)
		},
		"addInsideGlobal": func() { addInsideGlobal(); expect(1) },
		"addInsideNew":    func() { addInsideNew(); expect(1) },
		"addInsideParam":  func() { addInsideParam(); expect(1) },
		"signalAfterDone": func() { waited = func() { expect(2) }; signalAfterDone(2) },
		// MH012: Wait in the spawning loop after an up-front Add.
		"waitInRangeLoop":   func() { waitInRangeLoop([]string{"a", "b"}) },
		"waitInCountedLoop": func() { waitInCountedLoop(2) },
		"waitBeforeGo":      func() { waitBeforeGo([]int{1, 2}) },
		// MH012: a WaitGroup passed by value.
		"worker":         func() { var wg sync.WaitGroup; wg.Add(1); go worker(1, wg); wg.Wait() },
		"closureByValue": closureByValue,
		"waitOnCopy": func() {
			var wg sync.WaitGroup
			wg.Add(1)
			go wg.Done()
			waitOnCopy(wg)
		},
		"Stop":        func() { p := &Pool{jobs: make(chan func())}; busy(p); p.Stop() },
		"finish":      func() { var p Pool; p.wg.Add(1); p.finish(); p.wg.Wait() },
		"structParam": func() { var p Pool; p.wg.Add(1); structParam(p); p.wg.Wait() },
		// MH012: a Done skipped by an early return.
		"skippedInGoroutine": func() { _ = skippedInGoroutine([]func() error{fails}) },
		"skippedInLoop": func() {
			var wg sync.WaitGroup
			quit := make(chan struct{})
			close(quit)
			skippedInLoop(&wg, nil, quit)
			wg.Wait()
		},
		"skippedInWorker": func() {
			var wg sync.WaitGroup
			wg.Add(1)
			go skippedInWorker(-1, &wg)
			wg.Wait()
		},
		"skippedError": func() { var wg sync.WaitGroup; skippedError(&wg, fails); wg.Wait() },
		// Clean: each returns normally.
		"addBefore":       func() { addBefore([]int{1, 2, 3}); expect(3) },
		"handshake":       func() { handshake(3); expect(3) },
		"nestedSpawner":   func() { nestedSpawner([]int{1, 2}); expect(2) },
		"negativeAdd":     func() { var wg sync.WaitGroup; wg.Add(1); negativeAdd(&wg); wg.Wait() },
		"notAWaitGroup":   func() { notAWaitGroup(&Counter{}, []int{1, 2}) },
		"ownWaitGroup":    ownWaitGroup,
		"serialized":      func() { serialized([]int{1, 2}, func(int) {}) },
		"batches":         func() { batches([]int{1, 2, 3}) },
		"perBatch":        func() { perBatch([][]int{{1, 2}, {3}}) },
		"addOne":          addOne,
		"waitAfter":       func() { waitAfter([]int{1, 2}) },
		"pointerWorker":   func() { var wg sync.WaitGroup; wg.Add(1); go pointerWorker(&wg); wg.Wait() },
		"Close":           func() { p := &Pool{jobs: make(chan func())}; busy(p); p.Close() },
		"release":         func() { var wg sync.WaitGroup; wg.Add(1); Holder{wg: &wg}.release(); wg.Wait() },
		"selfContained":   func() { var wg sync.WaitGroup; selfContained(wg) },
		"runLocal":        func() { var p Pool; p.runLocal() },
		"handedOn":        func() { var wg sync.WaitGroup; handedOn(wg, func(w *sync.WaitGroup) { w.Add(1); go w.Done() }) },
		"deferred":        func() { var wg sync.WaitGroup; deferred(&wg, fails); wg.Wait() },
		"doneOnEveryPath": func() { var wg sync.WaitGroup; doneOnEveryPath(&wg, fails); wg.Wait() },
		"nestedReturn":    func() { var wg sync.WaitGroup; nestedReturn(&wg, []int{-1, 1}); wg.Wait() },
		"returnAfterDone": func() { var wg sync.WaitGroup; returnAfterDone(&wg, fails); wg.Wait() },
		"helperDone": func() {
			var wg sync.WaitGroup
			helperDone(&wg, fails, func(w *sync.WaitGroup) { w.Done() })
			wg.Wait()
		},
		"notAGoroutine": func() { shared.Add(1); notAGoroutine(fails); shared.Wait() },
	}
	calls[os.Args[1]]()
}
