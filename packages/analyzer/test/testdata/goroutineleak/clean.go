package goroutineleak

import (
	"context"
	"time"
)

// Every path receives: the ctx.Done() case waits for the goroutine before returning.
func waitsOnCancel(ctx context.Context) string {
	ch := make(chan string)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		<-ch
		return ""
	}
}

// The fix: one buffer slot for the one send.
func buffered(ctx context.Context) string {
	ch := make(chan string, 1)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		return ""
	}
}

// The other fix: the sender gives up when the caller does.
func senderSelects(ctx context.Context) string {
	ch := make(chan string)
	go func() {
		select {
		case ch <- slow():
		case <-ctx.Done():
		}
	}()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		return ""
	}
}

// A non-blocking send.
func senderDefault() string {
	ch := make(chan string)
	go func() {
		v := slow()
		select {
		case ch <- v:
		default:
		}
	}()
	select {
	case v := <-ch:
		return v
	default:
		return ""
	}
}

// An early return only after the one value was received.
func receivesFirst(check func(string) error) (string, error) {
	ch := make(chan string)
	go func() { ch <- slow() }()
	v := <-ch
	if err := check(v); err != nil {
		return "", err
	}
	return v, nil
}

// One goroutine per item and a receive for each.
func sumEach(xs []int) int {
	ch := make(chan int)
	for _, x := range xs {
		go func(x int) { ch <- square(x) }(x)
	}
	total := 0
	for range xs {
		total += <-ch
	}
	return total
}

// A buffer for every goroutine: returning early strands nobody.
func firstOKBuffered(urls []string) string {
	ch := make(chan string, len(urls))
	for _, u := range urls {
		go func(u string) { ch <- get(u) }(u)
	}
	for range urls {
		if r := <-ch; r != "" {
			return r
		}
	}
	return ""
}

// The consumer stops early but cancels the producer, which selects on ctx.Done().
func firstEvenCancels(ctx context.Context, n int) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for v := range ch {
		if v > 0 && v%2 == 0 {
			return v
		}
	}
	return -1
}

// The whole range drains the generator.
func sumGenerated(n int) int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	total := 0
	for v := range ch {
		total += v
	}
	return total
}

// Workers ranging over a channel the function closes when it is done sending.
func processClosed(items []int) {
	jobs := make(chan int)
	done := make(chan struct{})
	go func() {
		for j := range jobs {
			handle(j)
		}
		close(done)
	}()
	defer close(jobs)
	for _, it := range items {
		jobs <- it
	}
}

// A producer goroutine that closes the channel it fills.
func producerCloses(items []int) int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, it := range items {
			ch <- it
		}
	}()
	n := 0
	for range ch {
		n++
	}
	return n
}

// A worker that stops at a sentinel value.
func sentinel(items []int) {
	jobs := make(chan int)
	go func() {
		for j := range jobs {
			if j < 0 {
				return
			}
			handle(j)
		}
	}()
	for _, it := range items {
		jobs <- it
	}
	jobs <- -1
}

// The channel is returned: the caller receives from it.
func start() <-chan string {
	ch := make(chan string)
	go func() { ch <- slow() }()
	return ch
}

// The channel is handed to a function that receives from it.
func handedOver(ctx context.Context) string {
	ch := make(chan string)
	go func() { ch <- slow() }()
	return await(ctx, ch)
}

func await(ctx context.Context, ch chan string) string {
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		go func() { <-ch }()
		return ""
	}
}

// On cancel another goroutine drains the channel.
func drainsInBackground(ctx context.Context) string {
	ch := make(chan string)
	go func() { ch <- slow() }()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		go func() { <-ch }()
		return ""
	}
}

// A select loop whose only way out receives.
func heartbeat(d time.Duration) string {
	ch := make(chan string)
	go func() { ch <- slow() }()
	ticker := time.NewTicker(d)
	defer ticker.Stop()
	for {
		select {
		case v := <-ch:
			return v
		case <-ticker.C:
		}
	}
}

// A failure before the goroutine starts strands nothing.
func checkFirst(check func() error) (string, error) {
	if err := check(); err != nil {
		return "", err
	}
	ch := make(chan string)
	go func() { ch <- slow() }()
	return <-ch, nil
}

// The goroutine only closes the channel: close never blocks.
func closesOnly(ctx context.Context) bool {
	done := make(chan struct{})
	go func() {
		defer close(done)
		slow()
	}()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}

// Each path of the goroutine sends once: a buffer of one is enough.
func oneSendPerPath(ctx context.Context, fail bool) string {
	ch := make(chan string, 1)
	go func() {
		if fail {
			ch <- "failed"
			return
		}
		ch <- slow()
	}()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		return ""
	}
}

// A case on a channel nothing ever sends on is never taken: every way out receives.
func neverReadyCase() int {
	c := make(chan int)
	never := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			c <- i
		}
	}()
	total := 0
	for i := 0; i < 3; i++ {
		select {
		case v := <-c:
			total += v
		case <-never:
		}
	}
	return total
}

// One check at a time: the tick case is off (nil) until the last result is in, so one
// buffer slot is enough.
func eventually(cond func() bool, waitFor, tick time.Duration) bool {
	ch := make(chan bool, 1)
	timer := time.NewTimer(waitFor)
	defer timer.Stop()
	ticker := time.NewTicker(tick)
	defer ticker.Stop()
	for tickC := ticker.C; ; {
		select {
		case <-timer.C:
			return false
		case <-tickC:
			tickC = nil
			go func() { ch <- cond() }()
		case v := <-ch:
			if v {
				return true
			}
			tickC = ticker.C
		}
	}
}

// Each worker sends at most one error, then breaks out of its loop: two slots hold both.
func twoWorkers(ctx context.Context, steps []func() error) error {
	errs := make(chan error, 2)
	go func() {
		for _, step := range steps {
			if err := step(); err != nil {
				errs <- err
				break
			}
		}
	}()
	go func() {
		for _, step := range steps {
			if err := step(); err != nil {
				errs <- err
				break
			}
		}
	}()
	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// The goroutine signals done after its last message: once done is in, it has nothing left
// to send.
func progress(n int) int {
	msgs := make(chan string)
	done := make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			msgs <- "step"
		}
		done <- struct{}{}
	}()
	seen := 0
	for {
		select {
		case <-msgs:
			seen++
		case <-done:
			return seen
		}
	}
}

// Counting signals: the loop returns only once both have been received.
func countSignals() {
	a := make(chan struct{})
	b := make(chan struct{})
	go func() {
		slow()
		a <- struct{}{}
	}()
	go func() {
		slow()
		b <- struct{}{}
	}()
	done := 0
	for {
		select {
		case <-a:
			done++
		case <-b:
			done++
		}
		if done == 2 {
			return
		}
	}
}

// Two goroutines, two slots: a timeout strands nobody.
func pairWithTimeout(d time.Duration) int {
	res := make(chan int, 2)
	for i := 0; i < 2; i++ {
		go func(i int) { res <- slowInt(i) }(i)
	}
	got := 0
	for i := 0; i < 2; i++ {
		select {
		case <-res:
			got++
		case <-time.After(d):
		}
	}
	return got
}

// The first value is received before the second goroutine starts: one slot is enough.
func oneAtATime(ctx context.Context) string {
	ch := make(chan string, 1)
	go func() { ch <- slow() }()
	first := <-ch
	go func() { ch <- slow() }()
	select {
	case second := <-ch:
		return first + second
	case <-ctx.Done():
		return first
	}
}

// A ticker that is stopped.
func pollWithTicker(d time.Duration, done func() bool) {
	t := time.NewTicker(d)
	defer t.Stop()
	for range t.C {
		if done() {
			return
		}
	}
}

// A function that never returns keeps its ticker anyway: time.Tick is fine here.
func tickForever(work func()) {
	for range time.Tick(time.Second) {
		work()
	}
}

// The same, through a variable.
func tickForeverVar(work func()) {
	tick := time.Tick(time.Second)
	for range tick {
		work()
	}
}

// Evaluated once for the whole program.
var heartbeatTick = time.Tick(time.Hour)

// A server loop: the workers live as long as it does.
func serveForever(next func() int) {
	jobs := make(chan int)
	go func() {
		for j := range jobs {
			handle(j)
		}
	}()
	for {
		jobs <- next()
	}
}

// One slot for a goroutine per item, and an early return: buffers are trusted unless the
// number of goroutines is a constant. Known miss.
func firstErrorSmallBuffer(items []int, check func(int) error) error {
	errs := make(chan error, 1)
	for _, it := range items {
		go func(it int) { errs <- check(it) }(it)
	}
	for range items {
		if err := <-errs; err != nil {
			return err
		}
	}
	return nil
}

// Each worker sends once, on failed or on finished, and the loop takes one of either per
// worker (prometheus' OTLP write benchmark): every worker is received.
func allWorkers(n int, work func(int) bool) int {
	failed := make(chan struct{})
	finished := make(chan struct{})
	for i := 0; i < n; i++ {
		go func(i int) {
			if !work(i) {
				failed <- struct{}{}
				return
			}
			finished <- struct{}{}
		}(i)
	}
	failures := 0
	for i := 0; i < n; i++ {
		select {
		case <-failed:
			failures++
		case <-finished:
		}
	}
	return failures
}

// Workers take jobs fed once per item and answer each with one send, on results or on
// failures, and the loop drains one answer per item (loki's DoRequests): every answer is
// received.
func poolAnswers(items []int, workers int, work func(int) (int, error)) ([]int, error) {
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
		go func() {
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
	var first error
	for range items {
		select {
		case v := <-results:
			out = append(out, v)
		case err := <-failures:
			if first == nil {
				first = err
			}
		}
	}
	return out, first
}

// A loop that runs three times sends three times: a buffer of three holds them all, however
// early the function returns (nats-streaming-server's dialer: 100 dials, a buffer of 101).
func countedSends(ctx context.Context) int {
	ch := make(chan int, 3)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	if ctx.Err() != nil {
		return -1
	}
	return <-ch
}
