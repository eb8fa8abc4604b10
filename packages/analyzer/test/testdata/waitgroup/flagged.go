package waitgroup

import (
	"errors"
	gosync "sync"
)

var errSkip = errors.New("skip")

// MH011: Add as the first statement of the goroutine it counts.

func addInside(items []int) {
	var wg gosync.WaitGroup
	for _, it := range items {
		go func(it int) {
			wg.Add(1) // want `wg.Add called inside the goroutine it counts: .*wg.Wait\(\) can run before this Add.*return while the goroutine is still running.*call wg.Add before the go statement \(MH011\)`
			defer wg.Done()
			work(it)
		}(it)
	}
	wg.Wait()
}

func addInsidePointer(wg *gosync.WaitGroup) {
	go func() {
		wg.Add(1) // want `wg.Add called inside the goroutine it counts`
		defer wg.Done()
		work(1)
	}()
	wg.Wait()
}

func addInsideField(p *Pool) {
	go func() {
		p.wg.Add(1) // want `p.wg.Add called inside the goroutine it counts`
		defer p.wg.Done()
		for j := range p.jobs {
			j()
		}
		work(1)
	}()
}

func addInsideGlobal() {
	go func() {
		global.Add(1) // want `global.Add called inside the goroutine`
		work(1)
		global.Done()
	}()
	global.Wait()
}

func addInsideNew() {
	wg := new(gosync.WaitGroup)
	go func() {
		wg.Add(1) // want `wg.Add called inside the goroutine`
		work(1)
		wg.Done()
	}()
	wg.Wait()
}

func addInsideParam() {
	var wg gosync.WaitGroup
	go func(w *gosync.WaitGroup) {
		w.Add(1) // want `w.Add called inside the goroutine`
		defer w.Done()
		work(1)
	}(&wg)
	wg.Wait()
}

// MH012: Wait inside the loop after Add for every iteration up front.

func waitInRangeLoop(items []string) {
	var wg gosync.WaitGroup
	wg.Add(len(items))
	for _, it := range items {
		go func(s string) {
			defer wg.Done()
			_ = s
		}(it)
		wg.Wait() // want `wg.Wait\(\) inside the loop that starts the goroutines, after wg.Add\(len\(items\)\) for all of them at line 77: .*never returns once the loop runs twice or more \("fatal error: all goroutines are asleep - deadlock!".*move wg.Wait\(\) after the loop \(MH012\)`
	}
}

func waitInCountedLoop(n int) {
	wg := &gosync.WaitGroup{}
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			defer wg.Done()
		}()
		wg.Wait() // want `wg.Wait\(\) inside the loop that starts the goroutines, after wg.Add\(n\)`
	}
}

func waitBeforeGo(items []int) {
	var wg gosync.WaitGroup
	wg.Add(len(items))
	for range items {
		wg.Wait() // want `wg.Wait\(\) inside the loop that starts the goroutines`
		go wg.Done()
	}
}

// MH012: a WaitGroup passed by value.

func worker(id int, wg gosync.WaitGroup) { // want `passes lock by value.*\(MH010\)`
	defer wg.Done() // want `wg.Done\(\) on a WaitGroup passed by value: wg belongs to the value parameter wg \(gosync.WaitGroup\), a copy of the caller's, so this Done never reaches the caller's WaitGroup.*deadlock!.*declare the parameter as \*gosync.WaitGroup and pass a pointer \(&wg at the call\) \(MH012\)`
	_ = id
}

func startWorkers() {
	var wg gosync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, wg) // want `copies lock value.*\(MH010\)`
	}
	wg.Wait()
}

func closureByValue() {
	var wg gosync.WaitGroup
	wg.Add(1)
	go func(wg gosync.WaitGroup) { // want `passes lock by value.*\(MH010\)`
		wg.Done() // want `wg.Done\(\) on a WaitGroup passed by value: wg belongs to the value parameter wg`
	}(wg) // want `copies lock value.*\(MH010\)`
	wg.Wait()
}

func waitOnCopy(wg gosync.WaitGroup) { // want `passes lock by value.*\(MH010\)`
	wg.Wait() // want `wg.Wait\(\) on a WaitGroup passed by value: .*the Done calls of the caller's goroutines never reach it`
}

// Stop has a value receiver: p.wg is the copy's.
func (p Pool) Stop() { // want `passes lock by value.*\(MH010\)`
	close(p.jobs)
	p.wg.Wait() // want `p.wg.Wait\(\) on a WaitGroup passed by value: p.wg belongs to the value receiver p \(Pool\).*use a pointer receiver \(\*Pool\)`
}

func (p Pool) finish() { // want `passes lock by value.*\(MH010\)`
	p.wg.Done() // want `p.wg.Done\(\) on a WaitGroup passed by value: p.wg belongs to the value receiver p`
}

func structParam(p Pool) { // want `passes lock by value.*\(MH010\)`
	defer p.wg.Done() // want `p.wg.Done\(\) on a WaitGroup passed by value: p.wg belongs to the value parameter p \(Pool\)`
}

// MH012: a Done that an early return skips.

func skippedInGoroutine(jobs []func() error) error {
	var wg gosync.WaitGroup
	errs := make(chan error, len(jobs))
	for _, job := range jobs {
		wg.Add(1)
		go func(job func() error) {
			if err := job(); err != nil {
				errs <- err
				return
			}
			wg.Done() // want `wg.Done\(\) is not deferred and the return at line 160 skips it: the goroutine ends without decrementing wg, so wg.Wait\(\) blocks forever.*write defer wg.Done\(\) at the top of the goroutine \(MH012\)`
		}(job)
	}
	wg.Wait()
	close(errs)
	return <-errs
}

func skippedInLoop(wg *gosync.WaitGroup, in <-chan int, quit <-chan struct{}) {
	wg.Add(1)
	go func() {
		for {
			select {
			case <-quit:
				return
			case v := <-in:
				_ = v
			}
		}
		wg.Done() // want `wg.Done\(\) is not deferred and the return at line 176 skips it`
	}()
}

func skippedInWorker(id int, wg *gosync.WaitGroup) {
	if id < 0 {
		return
	}
	println(id)
	wg.Done() // want `wg.Done\(\) is not deferred and the return at line 187 skips it`
}

func skippedError(wg *gosync.WaitGroup, f func() error) {
	wg.Add(1)
	go func() {
		if err := f(); errors.Is(err, errSkip) {
			return
		}
		wg.Done() // want `wg.Done\(\) is not deferred and the return at line 197 skips it`
	}()
}

// The signal comes after Done: it orders nothing before the Wait.
func signalAfterDone(n int) {
	c := make(chan bool, n)
	var wg gosync.WaitGroup
	for p := 0; p < n; p++ {
		go func(p int) {
			wg.Add(1) // want `wg.Add called inside the goroutine it counts`
			work(p)
			wg.Done()
			c <- true
		}(p)
	}
	wg.Wait()
	waited()
	for p := 0; p < n; p++ {
		<-c
	}
}
