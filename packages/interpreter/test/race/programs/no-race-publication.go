// Correctly synchronized publication: atomic.Pointer and atomic.Value, sync.Cond, context
// cancellation, select, sync.Map, sort on goroutine-owned slices, time.AfterFunc.
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type node struct {
	val  int
	next *node
}

func main() {
	// atomic.Pointer publication
	var p atomic.Pointer[node]
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		n := &node{val: 7}
		p.Store(n)
	}()
	for p.Load() == nil {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(p.Load().val)
	wg.Wait()

	// atomic.Value
	var v atomic.Value
	go func() {
		v.Store(map[string]int{"x": 1})
	}()
	for v.Load() == nil {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(v.Load().(map[string]int)["x"])

	// sync.Cond
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	go func() {
		for i := 0; i < 3; i++ {
			mu.Lock()
			queue = append(queue, i)
			cond.Signal()
			mu.Unlock()
		}
	}()
	got := 0
	mu.Lock()
	for got < 3 {
		for len(queue) == 0 {
			cond.Wait()
		}
		queue = queue[1:]
		got++
	}
	mu.Unlock()
	fmt.Println("cond", got)

	// context cancellation
	ctx, cancel := context.WithCancel(context.Background())
	res := make(chan int)
	state := 0
	go func() {
		state = 1
		<-ctx.Done()
		res <- state
	}()
	time.Sleep(time.Millisecond)
	cancel()
	fmt.Println("ctx", <-res, ctx.Err())

	// select with timeout and results
	out := make(chan string, 1)
	go func() {
		var b strings.Builder
		b.WriteString("hello")
		out <- b.String()
	}()
	select {
	case s := <-out:
		fmt.Println(s)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}

	// sync.Map
	var m sync.Map
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg2.Wait()
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("syncmap", n)

	// per-goroutine slices, sorted concurrently
	parts := [][]int{{3, 1, 2}, {9, 8, 7}}
	var wg3 sync.WaitGroup
	for _, part := range parts {
		wg3.Add(1)
		go func(s []int) {
			defer wg3.Done()
			sort.Ints(s)
		}(part)
	}
	wg3.Wait()
	fmt.Println(parts)

	// mutex-protected struct through pointer
	type acct struct {
		sync.Mutex
		bal int
	}
	a := &acct{}
	var wg4 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			a.Lock()
			a.bal++
			a.Unlock()
		}()
	}
	wg4.Wait()
	fmt.Println(a.bal)
	// time.AfterFunc + channel
	fired := make(chan int)
	x := 0
	time.AfterFunc(time.Millisecond, func() {
		x = 5
		fired <- x
	})
	fmt.Println(<-fired, x)
}
