// sync.Once runs its function exactly once, even from many goroutines and after a panic.
// conformance:runs 5
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	once   sync.Once
	config map[string]string
	loads  int32
)

func loadConfig() {
	atomic.AddInt32(&loads, 1)
	config = map[string]string{"env": "test"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&loads), config["env"])
	once.Do(func() { fmt.Println("never printed") })
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("panic inside Do") })
	}()
	o2.Do(func() { fmt.Println("not run: a panicking Do still counts") })
	var counter int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&counter, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&counter))
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
	fmt.Println(atomic.SwapInt32(&flag, 9), flag)
}
