package main

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// station shares the latest sensor values, as text, with its displays.
type station struct {
	latest map[string]string
	quit   chan struct{}
	wg     sync.WaitGroup
}

func (s *station) sample(read func() (temp, humidity, wind float64)) {
	defer s.wg.Done()
	for {
		select {
		case <-s.quit:
			return
		default:
		}
		t, h, w := read()
		s.latest["temp"] = strconv.FormatFloat(t, 'f', 1, 64)
		s.latest["humidity"] = strconv.FormatFloat(h, 'f', 0, 64)
		s.latest["wind"] = strconv.FormatFloat(w, 'f', 1, 64)
		time.Sleep(100 * time.Microsecond)
	}
}

// display shows one field; shown holds the value times ten.
func (s *station) display(field string, shown *int64) {
	defer s.wg.Done()
	for {
		select {
		case <-s.quit:
			return
		default:
		}
		if v, err := strconv.ParseFloat(s.latest[field], 64); err == nil {
			atomic.StoreInt64(shown, int64(v*10))
		}
		time.Sleep(100 * time.Microsecond)
	}
}

func main() {
	s := &station{latest: make(map[string]string), quit: make(chan struct{})}
	n := 0.0
	s.wg.Add(1)
	go s.sample(func() (float64, float64, float64) { n++; return 20 + n/100, 55, 3.5 })
	panels := map[string]*int64{"temp": new(int64), "humidity": new(int64), "wind": new(int64)}
	for field, shown := range panels {
		s.wg.Add(1)
		go s.display(field, shown)
	}
	time.Sleep(50 * time.Millisecond)
	close(s.quit)
	s.wg.Wait()
	fmt.Println("humidity panel:", atomic.LoadInt64(panels["humidity"])/10)
}
