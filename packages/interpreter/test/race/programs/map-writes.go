// Two goroutines write one map, one after the other: the second write races with the first
// (the runtime's map functions report the map header, Go: racewritepc in mapassign_fast64).
// The wrapper closure of `go func(i int) { … }(i)` is main.main.func2.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 2; i++ {
		go func(i int) {
			m[i] = i
		}(i)
		time.Sleep(time.Millisecond)
	}
	fmt.Println(len(m))
}
