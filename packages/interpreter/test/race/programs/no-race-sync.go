// Correctly synchronized: mutexes (one embedded), RWMutex, Once, WaitGroup, atomics,
// channels handing a slice over, close as a signal, a buffered channel as a semaphore.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type Stats struct {
	rw   sync.RWMutex
	data []int
}

func (s *Stats) Add(v int) {
	s.rw.Lock()
	s.data = append(s.data, v)
	s.rw.Unlock()
}

func (s *Stats) Sum() int {
	s.rw.RLock()
	defer s.rw.RUnlock()
	t := 0
	for _, v := range s.data {
		t += v
	}
	return t
}

var (
	once   sync.Once
	config map[string]string
	hits   int64
	total  atomic.Int64
)

func setup() {
	config = map[string]string{"mode": "fast"}
}

func main() {
	c := &Counter{n: map[string]int{}}
	st := &Stats{}
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(setup)
			_ = config["mode"]
			c.Inc("a")
			st.Add(i)
			_ = st.Sum()
			atomic.AddInt64(&hits, 1)
			total.Add(int64(i))
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], st.Sum(), atomic.LoadInt64(&hits), total.Load(), results, config["mode"])

	// channels: ownership transfer
	ch := make(chan []int)
	done := make(chan struct{})
	go func() {
		buf := <-ch
		buf[0] = 42
		ch <- buf
	}()
	buf := []int{1, 2, 3}
	ch <- buf
	buf = <-ch
	fmt.Println(buf)
	// close as a signal
	var shared string
	go func() {
		shared = "ready"
		close(done)
	}()
	<-done
	fmt.Println(shared)
	// buffered channel semaphore
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	sum := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg2.Add(1)
		go func(v int) {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			sum += v
			mu.Unlock()
			<-sem
		}(i)
	}
	wg2.Wait()
	fmt.Println(sum)
}
