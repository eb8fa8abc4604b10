package waitgroup

import "sync"

// A worker whose loop counts itself and then serves requests (libp2p's dial worker).
type dialer struct {
	wg    sync.WaitGroup
	reqch chan int
}

func newDialer(reqch chan int) *dialer { return &dialer{reqch: reqch} }

func (d *dialer) loop() {
	d.wg.Add(1)
	defer d.wg.Done()
	for req := range d.reqch {
		_ = req
	}
}

// The request is taken only once the loop runs, past its Add: Wait then waits for it.
func serveOne() {
	reqch := make(chan int)
	d := newDialer(reqch)
	go d.loop()
	reqch <- 1
	close(reqch)
	d.wg.Wait()
}

// Nothing exchanged before Wait: it can run before the loop has counted itself.
func serveNone() {
	d := newDialer(make(chan int))
	go d.loop() // want `d.wg.Add is called at handshake.go:14 inside dialer.loop, which this go statement starts` MH011
	close(d.reqch)
	d.wg.Wait()
}

// A deferred Wait waits at the end, after the exchange.
func serveDeferred() {
	reqch := make(chan int)
	d := newDialer(reqch)
	go d.loop()
	defer d.wg.Wait()
	defer close(reqch)
	reqch <- 1
}
