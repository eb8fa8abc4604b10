// conformance:runs 5
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type DB struct{ name string }

var (
	instance *DB
	once     sync.Once
	inits    int32
)

func GetDB() *DB {
	once.Do(func() {
		atomic.AddInt32(&inits, 1)
		instance = &DB{name: "primary"}
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	results := make([]*DB, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = GetDB()
		}(i)
	}
	wg.Wait()
	same := true
	for _, r := range results {
		if r != results[0] {
			same = false
		}
	}
	fmt.Println("inits:", atomic.LoadInt32(&inits), "same:", same, "name:", results[0].name)

	// Once with a panicking function: Do considers it done
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	called := false
	o.Do(func() { called = true })
	fmt.Println("second call ran:", called)

	var counter atomic.Int64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			counter.Add(2)
		}()
	}
	wg2.Wait()
	fmt.Println(counter.Load())
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"a"})
	fmt.Println(v.Load().([]string))
}
