// runtime.Goexit runs the goroutine's deferred calls and stops it; recover returns nil
// during Goexit; other goroutines carry on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() {
		out <- fmt.Sprintf("worker %d deferred, recover=%v", id, recover())
	}()
	if id == 2 {
		func() {
			defer func() { out <- "inner defer of worker 2" }()
			runtime.Goexit()
		}()
		out <- "unreachable"
	}
	out <- fmt.Sprintf("worker %d finished normally", id)
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		worker := worker
		go worker(id, &wg, out)
		wg.Wait()
		n := len(out)
		for i := 0; i < n; i++ {
			fmt.Println(<-out)
		}
	}
	done := make(chan bool)
	go func() {
		defer close(done)
		defer fmt.Println("goexit inside a loop stops it")
		for i := 0; ; i++ {
			if i == 3 {
				runtime.Goexit()
			}
			fmt.Println("iteration", i)
		}
	}()
	<-done
	fmt.Println("main done")
}
