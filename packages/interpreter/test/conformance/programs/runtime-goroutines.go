// runtime.NumGoroutine, runtime.Gosched and runtime.GC in a deterministic setting.
// conformance:runs 5
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started sync.WaitGroup
	var finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(release)
	finished.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after:", runtime.NumGoroutine())
	data := make([][]byte, 0)
	for i := 0; i < 100; i++ {
		data = append(data, make([]byte, 1<<10))
	}
	data = nil
	runtime.GC()
	fmt.Println("gc ran, data is", data == nil)
	done := make(chan bool)
	go func() {
		runtime.Gosched()
		done <- true
	}()
	fmt.Println(<-done, runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
}
