// time.Sleep orders goroutines when the gaps are wide; time.After and timers in select.
// conformance:runs 5
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 50, 20, 40} {
		wg.Add(1)
		go func(d int) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * 4 * time.Millisecond)
			mu.Lock()
			order = append(order, d)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	result := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		result <- "slow"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout first")
	}
	fmt.Println(<-result)
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println(time.Since(start) >= 30*time.Millisecond)
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop())
	ticker := time.NewTicker(5 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)
}
