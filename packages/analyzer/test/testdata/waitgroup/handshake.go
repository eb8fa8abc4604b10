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

// A subscriber whose loop counts itself, started by the constructor; Unsubscribe tells the
// loop to stop (a send it takes only past its Add) and then waits (go-micro's rabbitmq).
type subscriber struct {
	wg    sync.WaitGroup
	unsub chan bool
}

func subscribe() *subscriber {
	s := &subscriber{unsub: make(chan bool)}
	go s.resubscribe()
	return s
}

func (s *subscriber) resubscribe() {
	s.wg.Add(1)
	defer s.wg.Done()
	<-s.unsub
}

func (s *subscriber) Unsubscribe() {
	s.unsub <- true
	s.wg.Wait()
}

// The same loop, with a Close that waits without telling it anything first.
type listener struct {
	wg   sync.WaitGroup
	stop chan bool
}

func listen() *listener {
	l := &listener{stop: make(chan bool, 1)}
	go l.loop() // want `l.wg.Add is called at handshake.go:\d+ inside listener.loop` MH011
	return l
}

func (l *listener) loop() {
	l.wg.Add(1)
	defer l.wg.Done()
	<-l.stop
}

func (l *listener) Close() {
	l.wg.Wait()
}
