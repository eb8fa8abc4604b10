// The race is reported when it happens; the program then panics: exit status 2 and no
// "Found N data race(s)" line (the race runtime's exit report runs only at a normal exit).
package main

import (
	"fmt"
	"time"
)

func main() {
	var arr [3]int
	pa := &arr
	go func() { pa[1] = 1 }()
	time.Sleep(time.Millisecond)
	arr[1] = 2
	fmt.Println(arr)
	panic("boom")
}
