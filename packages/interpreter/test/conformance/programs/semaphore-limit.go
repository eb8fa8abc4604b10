// conformance:runs 5
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const maxConcurrent = 3
	sem := make(chan struct{}, maxConcurrent)
	var wg sync.WaitGroup
	var active, peak int32
	var mu sync.Mutex
	done := map[int]bool{}
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(2 * time.Millisecond)
			atomic.AddInt32(&active, -1)
			mu.Lock()
			done[id] = true
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("completed:", len(done), "peak<=max:", peak <= maxConcurrent, "active:", active)

	// a sync.Cond-free barrier using channels
	var ready sync.WaitGroup
	start := make(chan struct{})
	var order []int
	var omu sync.Mutex
	for i := 0; i < 4; i++ {
		ready.Add(1)
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ready.Done()
			<-start
			omu.Lock()
			order = append(order, i)
			omu.Unlock()
		}(i)
	}
	ready.Wait()
	close(start)
	wg.Wait()
	sum := 0
	for _, v := range order {
		sum += v
	}
	fmt.Println("released:", len(order), "sum:", sum)

	var cnt int64
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&cnt, 1)
		}()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&cnt), atomic.SwapInt64(&cnt, 7), cnt)
}
