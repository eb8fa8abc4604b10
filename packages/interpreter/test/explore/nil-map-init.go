// The map is made by a goroutine main does not wait for before writing: main's write finds
// the map still nil (a panic) or already made. (The Gosched only lets real Go with
// GOMAXPROCS=1 show the second outcome too; it adds no outcome.)
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var m map[string]int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		m = make(map[string]int)
		wg.Done()
	}()
	runtime.Gosched()
	m["a"] = 1
	wg.Wait()
	fmt.Println(len(m))
}
