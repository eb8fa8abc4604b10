// sync/atomic's functions and types, runtime's Error interface and settings.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var i32 int32
	var i64 int64
	var u32 uint32
	var u64 uint64
	var up uintptr
	fmt.Println(atomic.AddInt32(&i32, -5), atomic.AddInt64(&i64, 1<<40), atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint64(&u64, ^uint64(0)), atomic.AddUintptr(&up, 3))
	atomic.StoreInt32(&i32, 1<<31-1)
	fmt.Println(atomic.AddInt32(&i32, 1), atomic.LoadInt32(&i32), atomic.LoadUint64(&u64), atomic.LoadUint32(&u32))
	fmt.Println(atomic.CompareAndSwapInt64(&i64, 1<<40, 7), atomic.CompareAndSwapInt64(&i64, 1<<40, 8), atomic.SwapInt64(&i64, 9), i64)
	fmt.Println(atomic.SwapUint32(&u32, 1), atomic.CompareAndSwapUint32(&u32, 1, 2), u32, atomic.SwapUintptr(&up, 0), up)
	atomic.StoreUint64(&u64, 1<<63)
	atomic.StoreInt64(&i64, -1)
	atomic.StoreUint32(&u32, 42)
	atomic.StoreUintptr(&up, 9)
	fmt.Println(u64, atomic.LoadInt64(&i64), u32, atomic.LoadUintptr(&up))

	var n atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				n.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(n.Load(), n.Swap(3), n.CompareAndSwap(3, 4), n.Load())
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	var a32 atomic.Int32
	var au32 atomic.Uint32
	var au64 atomic.Uint64
	var aup atomic.Uintptr
	a32.Store(-3)
	au32.Store(3)
	fmt.Println(b.Load(), a32.Add(1), au32.Add(^uint32(0)), au64.Add(5), aup.Add(2), a32.Swap(0), au32.CompareAndSwap(2, 9), au32.Load())
	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	c1 := &config{"one"}
	p.Store(c1)
	fmt.Println(p.Load().name, p.CompareAndSwap(nil, c1), p.CompareAndSwap(c1, &config{"two"}), p.Swap(nil).name, p.Load() == nil)

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a"})
	fmt.Println(v.Load(), v.Swap(config{"b"}), v.CompareAndSwap(config{"b"}, config{"c"}), v.CompareAndSwap(config{"b"}, config{"d"}), v.Load())
	for _, f := range []func(){
		func() { v.Store(nil) },
		func() { v.Store("str") },
		func() { v.Swap(1) },
		func() { v.CompareAndSwap(1, "x") },
		func() { v.CompareAndSwap(config{"c"}, "x") },
		func() {
			var w atomic.Value
			w.Store([]int{1})
			w.CompareAndSwap([]int{1}, []int{2})
		},
		func() {
			var np *int32
			atomic.AddInt32(np, 1)
		},
	} {
		func() {
			defer func() {
				r := recover()
				_, isRuntime := r.(runtime.Error)
				fmt.Println("recovered:", r, isRuntime)
			}()
			f()
		}()
	}

	var re runtime.Error
	func() {
		defer func() {
			e := recover().(error)
			fmt.Println(errors.As(e, &re), re)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0, runtime.GOMAXPROCS(0) == runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	var ms runtime.MemStats
	data := make([]*config, 0)
	for k := 0; k < 100; k++ {
		data = append(data, &config{"x"})
	}
	runtime.ReadMemStats(&ms)
	before := ms.NumGC
	runtime.GC()
	runtime.ReadMemStats(&ms)
	pauses, sizes := ms.PauseNs, ms.BySize
	fmt.Println(ms.Mallocs >= 100, ms.TotalAlloc > 0, ms.HeapAlloc > 0, ms.NumGC > before, len(pauses), len(sizes))
	runtime.KeepAlive(data)
	runtime.SetFinalizer(c1, func(*config) {})
	runtime.SetFinalizer(c1, nil)
}
