package waitgroup

import (
	"errors"
	"sync"
)

// A worker type whose loops count themselves in: the Add runs only once the goroutine does.
type pump struct {
	loops sync.WaitGroup
	stop  chan struct{}
}

func (p *pump) start() {
	go p.run() // want `p.loops.Add is called at calls.go:19 inside pump.run, which this go statement starts.*call p.loops.Add before the go statement` MH011
}

func (p *pump) run() {
	p.loops.Add(1)
	defer p.loops.Done()
	<-p.stop
}

func (p *pump) close() {
	close(p.stop)
	p.loops.Wait()
}

// Counted before the go statement: fine.
func (p *pump) startCounted() {
	p.loops.Add(1)
	go p.runCounted()
}

func (p *pump) runCounted() {
	defer p.loops.Done()
	<-p.stop
}

var errBig = errors.New("too big")

// A count for work done on the spot, with an early return between the Add and the Done.
func (p *pump) push(n int) error {
	p.loops.Add(1)
	if n > 10 {
		return errBig // want `this return skips p.loops.Done\(\) \(line 49\) after p.loops.Add at line 44` MH012
	}
	_ = n * 2
	p.loops.Done()
	return nil
}

// The same with the Done deferred: fine.
func (p *pump) pushDeferred(n int) error {
	p.loops.Add(1)
	defer p.loops.Done()
	if n > 10 {
		return errBig
	}
	return nil
}
