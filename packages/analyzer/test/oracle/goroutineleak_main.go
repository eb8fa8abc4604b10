// Oracle for the goroutineleak fixture (MH013): `prog NAME` calls one fixture function the
// way that takes its leaking path (a cancelled context, a failing check, a timeout shorter
// than the work) and prints what is left behind: for goroutines, how many are still running
// 200ms after the call (1 is main alone; the fixture's slow work takes 20ms); for
// time.Tick, how many heap objects each call leaves live after a GC (a ticker that is never
// stopped stays in the runtime's timer heap with its channel). Copied beside the fixture's
// files (renamed to package main) by record.sh.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"
)

var errFail = errors.New("fail")

func fail() error { return errFail }

func cancelled() context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx
}

func always() bool { return true }

// failFirst fails item 1 at once and answers the others after the fixture's slow work.
func failFirst(it int) (int, error) {
	if it == 1 {
		return 0, errFail
	}
	slow()
	return it, nil
}

// goroutines calls f once and prints how many goroutines are left once f's have had time to end.
func goroutines(f func()) {
	f()
	time.Sleep(200 * time.Millisecond)
	fmt.Printf("goroutines\t%d\n", runtime.NumGoroutine())
}

// retained calls f repeatedly and prints how many heap objects each call leaves live.
func retained(f func()) {
	const calls = 200
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < calls; i++ {
		f()
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Printf("retained\t%d\n", (int64(after.HeapObjects)-int64(before.HeapObjects))/calls)
}

func main() {
	urls := []string{"a", "b", "c"}
	items := []int{1, 2, 3}
	calls := map[string]func(){
		// Flagged.
		"fetch":           func() { goroutines(func() { _, _ = fetch(cancelled()) }) },
		"firstResult":     func() { goroutines(func() { firstResult(cancelled(), []int{1, 2, 3}) }) },
		"fetchTimeout":    func() { goroutines(func() { fetchTimeout(time.Millisecond) }) },
		"earlyReturn":     func() { goroutines(func() { _, _ = earlyReturn(fail) }) },
		"poll":            func() { goroutines(func() { poll() }) },
		"viaParameter":    func() { goroutines(func() { viaParameter(cancelled()) }) },
		"bufferTooSmall":  func() { goroutines(func() { bufferTooSmall(cancelled()) }) },
		"firstOK":         func() { goroutines(func() { firstOK(urls) }) },
		"firstEven":       func() { goroutines(func() { firstEven(10) }) },
		"retry":           func() { goroutines(func() { retry(3, time.Millisecond) }) },
		"sumAll":          func() { goroutines(func() { _, _ = sumAll(items, fail) }) },
		"collect":         func() { goroutines(func() { collect(cancelled(), 3) }) },
		"process":         func() { goroutines(func() { process(items) }) },
		"processParallel": func() { goroutines(func() { processParallel(items, 2) }) },
		"pollUntil":       func() { retained(func() { pollUntil(time.Millisecond, always) }) },
		"waitTicks":       func() { retained(func() { waitTicks(3) }) },
		"missingReturn": func() {
			goroutines(func() { _, _ = missingReturn(func() (string, error) { return "", errFail }, fail) })
		},
		// Clean.
		"waitsOnCancel":      func() { goroutines(func() { waitsOnCancel(cancelled()) }) },
		"buffered":           func() { goroutines(func() { buffered(cancelled()) }) },
		"senderSelects":      func() { goroutines(func() { senderSelects(cancelled()) }) },
		"senderDefault":      func() { goroutines(func() { senderDefault() }) },
		"receivesFirst":      func() { goroutines(func() { _, _ = receivesFirst(func(string) error { return errFail }) }) },
		"sumEach":            func() { goroutines(func() { sumEach(items) }) },
		"firstOKBuffered":    func() { goroutines(func() { firstOKBuffered(urls) }) },
		"firstEvenCancels":   func() { goroutines(func() { firstEvenCancels(context.Background(), 10) }) },
		"sumGenerated":       func() { goroutines(func() { sumGenerated(10) }) },
		"processClosed":      func() { goroutines(func() { processClosed(items) }) },
		"producerCloses":     func() { goroutines(func() { producerCloses(items) }) },
		"sentinel":           func() { goroutines(func() { sentinel(items) }) },
		"start":              func() { goroutines(func() { <-start() }) },
		"handedOver":         func() { goroutines(func() { handedOver(cancelled()) }) },
		"drainsInBackground": func() { goroutines(func() { drainsInBackground(cancelled()) }) },
		"heartbeat":          func() { goroutines(func() { heartbeat(time.Millisecond) }) },
		"checkFirst":         func() { goroutines(func() { _, _ = checkFirst(fail) }) },
		"closesOnly":         func() { goroutines(func() { closesOnly(cancelled()) }) },
		"pollWithTicker":     func() { retained(func() { pollWithTicker(time.Millisecond, always) }) },
		"oneSendPerPath":     func() { goroutines(func() { oneSendPerPath(cancelled(), true) }) },
		"neverReadyCase":     func() { goroutines(func() { neverReadyCase() }) },
		"eventually": func() {
			goroutines(func() { eventually(func() bool { slow(); return false }, 30*time.Millisecond, time.Millisecond) })
		},
		"twoWorkers": func() {
			goroutines(func() { _ = twoWorkers(cancelled(), []func() error{func() error { slow(); return errFail }}) })
		},
		"progress":        func() { goroutines(func() { progress(3) }) },
		"countSignals":    func() { goroutines(func() { countSignals() }) },
		"pairWithTimeout": func() { goroutines(func() { pairWithTimeout(time.Millisecond) }) },
		"oneAtATime":      func() { goroutines(func() { oneAtATime(cancelled()) }) },
		// Worker 0 fails at once; the others finish after the slow work.
		"allWorkers": func() {
			goroutines(func() { allWorkers(3, func(i int) bool { slow(); return i != 0 }) })
		},
		// Item 1 fails at once; the others answer after the slow work.
		"poolAnswers": func() {
			goroutines(func() { _, _ = poolAnswers([]int{1, 2, 3}, 3, failFirst) })
		},
		"poolFirstFailure": func() {
			goroutines(func() { _, _ = poolFirstFailure([]int{1, 2, 3}, 3, failFirst) })
		},
		"countedSends":      func() { goroutines(func() { countedSends(cancelled()) }) },
		"countedSendsShort": func() { goroutines(func() { countedSendsShort(cancelled()) }) },
		// Frames alternate with errors: whichever case main takes, the decoder's next send blocks.
		"firstFrame": func() {
			n := 0
			goroutines(func() {
				_, _ = firstFrame(func() (string, error) {
					n++
					if n%2 == 1 {
						return "", errFail
					}
					return "frame", nil
				})
			})
		},
		"firstFailure": func() {
			goroutines(func() {
				firstFailure(3, func(i int) bool {
					if i == 0 {
						return false
					}
					slow()
					return true
				})
			})
		},
		// Known misses.
		"namedSender":          func() { goroutines(func() { namedSender(cancelled()) }) },
		"twoSendersOneReceive": func() { goroutines(func() { twoSendersOneReceive() }) },
		"firstErrorSmallBuffer": func() {
			goroutines(func() { _ = firstErrorSmallBuffer([]int{1, 2, 3}, func(int) error { return errFail }) })
		},
	}
	calls[os.Args[1]]()
}
