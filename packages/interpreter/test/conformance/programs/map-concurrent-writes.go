// Classic mistake: unsynchronised writes from several goroutines. The runtime detects it
// and dies with "fatal error: concurrent map writes", which recover cannot catch.
// conformance:runs 5
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover cannot catch a fatal error:", recover())
	}()
	m := map[int]int{}
	var wg sync.WaitGroup
	fmt.Println("starting writers")
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; ; i++ {
				m[i%1000] = g
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("not reached")
}
