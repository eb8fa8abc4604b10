// conformance:runs 5
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- fmt.Sprintf("worker %d cleanup", id) }()
	if id == 2 {
		runtime.Goexit()
	}
	out <- fmt.Sprintf("worker %d finished", id)
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	wg.Wait()
	close(out)
	var msgs []string
	for m := range out {
		msgs = append(msgs, m)
	}
	count := map[string]int{}
	for _, m := range msgs {
		count[m]++
	}
	fmt.Println(len(msgs), count["worker 2 cleanup"], count["worker 2 finished"], count["worker 3 finished"])

	fmt.Println("recover outside panic:", recover())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("panic(nil) recovered: %v %T\n", r, r)
		}()
		panic(nil)
	}()
	func() {
		defer func() {
			fmt.Println("nested:", recover())
		}()
		func() {
			defer func() {
				fmt.Println("inner sees:", recover())
				panic("re-panic from inner")
			}()
			panic("original")
		}()
	}()
	fmt.Println(runtime.NumGoroutine())
	defer fmt.Println("main deferred runs before goexit completes")
	runtime.Goexit()
}
