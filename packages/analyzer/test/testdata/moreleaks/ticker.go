package moreleaks

import "time"

type poller struct {
	every *time.Ticker
	quit  chan struct{}
}

func startPoller() *poller {
	p := &poller{every: time.NewTicker(time.Second), quit: make(chan struct{})}
	go func() {
		for range p.every.C { // want `this loop ranges over p.every.C and has no other way out, but Ticker.Stop \(called at ticker.go:\d+\) does not close the channel` MH013
			poll()
		}
	}()
	return p
}

func (p *poller) stop() { p.every.Stop() }

// A loop with a way out: fine.
func startQuittable() *poller {
	p := &poller{every: time.NewTicker(time.Second), quit: make(chan struct{})}
	go func() {
		for range p.every.C {
			select {
			case <-p.quit:
				return
			default:
				poll()
			}
		}
	}()
	return p
}

// A ticker nobody stops runs for the whole program: left alone.
func forever() {
	var heartbeat *time.Ticker = time.NewTicker(time.Minute)
	go func() {
		for range heartbeat.C {
			poll()
		}
	}()
}

func poll() {}

// A local ticker is stopped only by its own Stop: another function's `heartbeat.Stop()` is
// another ticker's (rclone's fs/accounting, where averageLoop stops its own ticker).
func sampleAverages() {
	var heartbeat *time.Ticker = time.NewTicker(time.Second)
	defer heartbeat.Stop()
	poll()
}

// A local ticker stopped where its loop cannot see it: the goroutine stays in range forever.
func startStoppable() func() {
	var tick *time.Ticker = time.NewTicker(time.Second)
	go func() {
		for range tick.C { // want `Ticker.Stop \(called at ticker.go:66\) does not close the channel` MH013
			poll()
		}
	}()
	return func() { tick.Stop() }
}

// The goroutine stops its own ticker when it ends: the Stop cannot strand the loop (pion's
// examples: `defer ticker.Stop()` inside the goroutine that ranges it).
func startSelfStopping() {
	go func() {
		var tick *time.Ticker = time.NewTicker(time.Second)
		defer tick.Stop()
		for range tick.C {
			poll()
		}
	}()
}
