package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type reading struct {
	bytes uint64
	at    time.Time
}

// bwMonitor turns cumulative byte counters into throughput figures.
type bwMonitor struct {
	counter func(iface string) uint64
	ifaces  []string
	prev    map[string]reading
	polls   int32
}

// throughput remembers the newest counter and returns bytes/sec since the
// one before it.
func (m *bwMonitor) throughput(iface string, now uint64) float64 {
	old, ok := m.prev[iface]
	m.prev[iface] = reading{bytes: now, at: time.Now()}
	if !ok {
		return 0
	}
	return float64(now-old.bytes) / time.Since(old.at).Seconds()
}

func (m *bwMonitor) pollOnce() {
	for _, ifc := range m.ifaces {
		_ = m.throughput(ifc, m.counter(ifc))
		time.Sleep(50 * time.Microsecond)
	}
	atomic.AddInt32(&m.polls, 1)
}

// run starts a fresh poll on every tick, without waiting for the last one.
func (m *bwMonitor) run(every time.Duration, quit <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-quit:
			return
		case <-tick.C:
			go m.pollOnce()
		}
	}
}

func main() {
	var total uint64
	m := &bwMonitor{
		counter: func(string) uint64 { return atomic.AddUint64(&total, 1500) },
		ifaces:  []string{"eth0", "eth1", "wlan0", "lo", "tun0", "br0"},
		prev:    make(map[string]reading),
	}
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go m.run(200*time.Microsecond, quit, &wg)
	time.Sleep(100 * time.Millisecond)
	close(quit)
	wg.Wait()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("polls completed:", atomic.LoadInt32(&m.polls))
}
