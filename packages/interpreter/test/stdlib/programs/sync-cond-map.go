// sync.Cond (Wait, Signal, Broadcast with a Mutex and an RWMutex's RLocker), sync.Map, TryLock.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	queue := []int{}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			queue = append(queue, i)
			mu.Unlock()
		}(i)
	}
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	sort.Ints(queue)
	fmt.Println(queue)

	// A producer signalling one consumer per item.
	items := []string{}
	done := make(chan bool)
	go func() {
		mu.Lock()
		for len(items) < 3 {
			cond.Wait()
		}
		fmt.Println("consumer saw", items)
		mu.Unlock()
		done <- true
	}()
	for _, it := range []string{"a", "b", "c"} {
		mu.Lock()
		items = append(items, it)
		cond.Signal()
		mu.Unlock()
	}
	<-done
	cond.Signal()
	cond.Broadcast()

	var rw sync.RWMutex
	rl := rw.RLocker()
	rl.Lock()
	rl.Lock()
	rl.Unlock()
	rl.Unlock()
	rw.Lock()
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	rw.Unlock()

	var m sync.Map
	m.Store("a", 1)
	m.Store(2, "two")
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("zz")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("b", 3)
	fmt.Println(act, loaded)
	v, loaded = m.LoadAndDelete(2)
	fmt.Println(v, loaded)
	m.Delete("nothing")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	count := 0
	m.Range(func(k, v any) bool {
		count++
		return false
	})
	fmt.Println(count)
	var cnt sync.Map
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cnt.Store(i%3, i)
		}(i)
	}
	wg.Wait()
	n := 0
	cnt.Range(func(_, _ any) bool { n++; return true })
	fmt.Println(n)
}
