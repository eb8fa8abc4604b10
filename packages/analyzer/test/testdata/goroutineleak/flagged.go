package goroutineleak

import (
	"context"
	"time"
)

// The classic: the ctx.Done() case returns and nothing ever receives the result.
func fetch(ctx context.Context) (string, error) {
	ch := make(chan string)
	go func() { ch <- slow() }() // want `goroutine leak: the goroutine started at line 11 sends on unbuffered channel ch, but fetch can return without receiving from it \(the ctx.Done\(\) case at line 15\): the send then blocks forever, leaking the goroutine .*all goroutines are asleep - deadlock!.*make\(chan string, 1\) gives every send a buffer slot, or the sender can select on ctx.Done\(\)`
	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done(): return "", ctx.Err()
	}
}

// A timeout instead of a context.
func fetchTimeout(d time.Duration) (string, bool) {
	ch := make(chan string, 0)
	go func() { ch <- slow() }() // want `goroutine started at line 22 sends on unbuffered channel ch, but fetchTimeout can return .*the time.After case at line 26, then the return at line 27`
	select {
	case v := <-ch:
		return v, true
	case <-time.After(d):
		return "", false
	}
}

// An early return between the go statement and the receive.
func earlyReturn(check func() error) (string, error) {
	ch := make(chan string)
	go func() { ch <- slow() }() // want `sends on unbuffered channel ch, but earlyReturn can return without receiving from it \(the return at line 36\)`
	if err := check(); err != nil {
		return "", err
	}
	return <-ch, nil
}

// A non-blocking receive: the default case leaves at once.
func poll() (string, bool) {
	var ch = make(chan string)
	go func() { ch <- slow() }() // want `poll can return without receiving from it \(the default case at line 48, then the return at line 49\)`
	select {
	case v := <-ch:
		return v, true
	default:
		return "", false
	}
}

// The channel handed to the goroutine as an argument.
func viaParameter(ctx context.Context) string {
	results := make(chan string)
	go func(out chan<- string) { // want `sends on unbuffered channel results, but viaParameter can return without receiving from it \(the ctx.Done\(\) case at line 62`
		out <- slow()
	}(results)
	select {
	case r := <-results:
		return r
	case <-ctx.Done():
		return ""
	}
}

// A buffer of one does not hold two sends.
func bufferTooSmall(ctx context.Context) string {
	ch := make(chan string, 1)
	go func() { // want `sends on ch, whose buffer of 1 cannot hold all 2 sends, but bufferTooSmall can return .*make\(chan string, 2\)`
		ch <- slow()
		ch <- slow()
	}()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		return ""
	}
}

// The first answer wins; the other goroutines never get theirs received.
func firstOK(urls []string) string {
	ch := make(chan string)
	for _, u := range urls {
		go func(u string) { ch <- get(u) }(u) // want `the goroutines started at line 86 \(one per loop iteration\) send on unbuffered channel ch, but the return at line 90 leaves the receiving loop at line 88 before all of them are received: the remaining sends block forever, .*make\(chan string, len\(urls\)\)`
	}
	for range urls {
		if r := <-ch; r != "" {
			return r
		}
	}
	return ""
}

// A generator whose consumer stops early: the generator's next send blocks.
func firstEven(n int) int {
	ch := make(chan int)
	go func() { // want `the goroutine started at line 99 sends on unbuffered channel ch in a loop, but the return at line 107 leaves the range over ch at line 105 before the channel is drained`
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	for v := range ch {
		if v > 0 && v%2 == 0 {
			return v
		}
	}
	return -1
}

// Each timed-out attempt abandons its goroutine and makes a new channel.
func retry(attempts int, d time.Duration) string {
	for i := 0; i < attempts; i++ {
		ch := make(chan string)
		go func() { ch <- slow() }() // want `retry can move on to a new ch without receiving from this one \(the time.After case at line 121, then the next iteration, which makes a new channel at line 116\).*make\(chan string, 1\)`
		select {
		case v := <-ch:
			return v
		case <-time.After(d):
		}
	}
	return ""
}

// Goroutines started in a loop, and an error return before any receive.
func sumAll(xs []int, check func() error) (int, error) {
	ch := make(chan int)
	for _, x := range xs {
		go func(x int) { ch <- square(x) }(x) // want `sends on unbuffered channel ch, but sumAll can return without receiving from it \(the return at line 134\).*make\(chan int, len\(xs\)\)`
	}
	if err := check(); err != nil {
		return 0, err
	}
	total := 0
	for range xs {
		total += <-ch
	}
	return total, nil
}

// A receiving loop with a ctx.Done() case.
func collect(ctx context.Context, n int) []int {
	ch := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { ch <- slowInt(i) }(i) // want `collect can return without receiving from it \(the ctx.Done\(\) case at line 154, then the return at line 155\).*make\(chan int, n\)`
	}
	var out []int
	for i := 0; i < n; i++ {
		select {
		case v := <-ch:
			out = append(out, v)
		case <-ctx.Done():
			return out
		}
	}
	return out
}

// A worker ranging over a channel nobody closes.
func process(items []int) {
	jobs := make(chan int)
	go func() {
		for j := range jobs { // want `goroutine leak: the goroutine started at line 164 ranges over channel jobs, which is never closed: a range over a channel ends only when it is closed, so after the last value the goroutine blocks forever in chan receive, leaking .*close\(jobs\) once the last value is sent`
			handle(j)
		}
	}()
	for _, it := range items {
		jobs <- it
	}
}

// Several workers handed the channel as an argument.
func processParallel(items []int, workers int) {
	jobs := make(chan int)
	for w := 0; w < workers; w++ {
		go func(in <-chan int) {
			for j := range in { // want `the goroutine started at line 178 ranges over channel jobs, which is never closed`
				handle(j)
			}
		}(jobs)
	}
	for _, it := range items {
		jobs <- it
	}
}

// The error path sends twice (a return is missing): the second send finds the buffer full.
func missingReturn(start func() (string, error), check func() error) (string, error) {
	done := make(chan string, 1)
	go func() { // want `sends on done, whose buffer of 1 cannot hold all 2 sends, but missingReturn can return without receiving from it \(the return at line 200\)`
		s, err := start()
		if err != nil {
			done <- ""
		}
		done <- s
	}()
	if err := check(); err != nil {
		return "", err
	}
	return <-done, nil
}

// Before go1.23 this ticker is never stopped nor collected once pollUntil returns.
func pollUntil(d time.Duration, done func() bool) {
	for range time.Tick(d) { // want `time.Tick leaks its ticker before Go 1.23 \(this file is go1.21 by go.mod\): nothing can stop the Ticker behind the channel, so after pollUntil returns it keeps firing and is never garbage collected.*use t := time.NewTicker\(d\) and defer t.Stop\(\)`
		if done() {
			return
		}
	}
}

// A new ticker on every iteration.
func waitTicks(n int) int {
	fired := 0
	for i := 0; i < n; i++ {
		select {
		case <-time.Tick(time.Hour): // want `time.Tick in a loop leaks a ticker per iteration before Go 1.23 \(this file is go1.21 by go.mod\)`
			fired++
		default:
		}
	}
	return fired
}

// Sends in a loop: no buffer size would cover them, so the hint is a way out for the sender.
func firstResult(ctx context.Context, jobs []int) int {
	results := make(chan int)
	go func() { // want `sends on unbuffered channel results, but firstResult can return without receiving from it \(the ctx.Done\(\) case at line \d+, then the return at line \d+\).*no buffer holds sends made in a loop: let the sender select on ctx.Done\(\)`
		for _, j := range jobs {
			results <- j * 2
		}
	}()
	select {
	case r := <-results:
		return r
	case <-ctx.Done():
		return 0
	}
}

// The goroutine runs a named function that is handed the channel and sends on it.
func namedSender(ctx context.Context) string {
	ch := make(chan string)
	go send(ch) // want `the goroutine started at line \d+ sends on unbuffered channel ch, but namedSender can return without receiving from it \(the ctx.Done\(\) case at line \d+`
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		return ""
	}
}

func send(ch chan<- string) { ch <- slow() }

// Two senders, one receive: the slower one blocks forever.
func twoSendersOneReceive() string {
	ch := make(chan string)
	go func() { ch <- slow() }() // want `the goroutines started at lines \d+, \d+ can send 2 times on unbuffered channel ch, but twoSendersOneReceive receives from it at most 1 time`
	go func() { ch <- slow() }()
	return <-ch
}

// As allWorkers, but the first failure returns: the workers still running block.
func firstFailure(n int, work func(int) bool) bool {
	failed := make(chan struct{})
	finished := make(chan struct{})
	for i := 0; i < n; i++ {
		go func(i int) { // want `the goroutines started at line \d+ \(one per loop iteration\) send on unbuffered channel failed, but the return at line \d+ leaves the receiving loop`
			if !work(i) {
				failed <- struct{}{}
				return
			}
			finished <- struct{}{}
		}(i)
	}
	for i := 0; i < n; i++ {
		select {
		case <-failed:
			return false
		case <-finished:
		}
	}
	return true
}

// As poolAnswers, but the first failure returns: the answers still coming block their workers.
func poolFirstFailure(items []int, workers int, work func(int) (int, error)) ([]int, error) {
	jobs := make(chan int)
	go func() {
		for _, it := range items {
			jobs <- it
		}
		close(jobs)
	}()
	results := make(chan int)
	failures := make(chan error)
	for i := 0; i < workers; i++ {
		go func() { // want `sends on unbuffered channel results, but poolFirstFailure can return without receiving from it \(the case err := <-failures at line \d+, then the return`
			for it := range jobs {
				v, err := work(it)
				if err != nil {
					failures <- err
				} else {
					results <- v
				}
			}
		}()
	}
	var out []int
	for range items {
		select {
		case v := <-results:
			out = append(out, v)
		case err := <-failures:
			return out, err
		}
	}
	return out, nil
}

// As countedSends, with a buffer one short: the third send blocks once the function has left.
func countedSendsShort(ctx context.Context) int {
	ch := make(chan int, 2)
	go func() { // want `sends on ch, whose buffer of 2 cannot hold all 3 sends, but countedSendsShort can return without receiving from it \(the return at line \d+\)`
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	if ctx.Err() != nil {
		return -1
	}
	return <-ch
}

// A decoder passing on frames and errors: told by the ordinary way out (the error case),
// not the timeout.
func firstFrame(frames func() (string, error)) (string, error) {
	out := make(chan string)
	errs := make(chan error, 1)
	go func() { // want `sends on unbuffered channel out, but firstFrame can return without receiving from it \(the case err := <-errs at line \d+`
		for {
			f, err := frames()
			if err != nil {
				errs <- err
				continue
			}
			out <- f
		}
	}()
	select {
	case <-time.After(time.Second):
		return "", nil
	case err := <-errs:
		return "", err
	case f := <-out:
		return f, nil
	}
}
