// counter++ from two goroutines: the second one's read races with the first one's write,
// then the rest is suppressed (one report per address, as ThreadSanitizer does in Go).
package main

import (
	"fmt"
	"time"
)

var counter int

func main() {
	for i := 0; i < 2; i++ {
		go func() {
			counter++
		}()
		time.Sleep(time.Millisecond)
	}
	fmt.Println(counter)
}
