// time.AfterFunc's function runs in a goroutine created by the timer (time.goFunc); the call
// happens before it, so x's first write does not race, the later ones do.
package main

import (
	"fmt"
	"time"
)

var x, y int

func main() {
	x = 1
	time.AfterFunc(time.Millisecond, func() {
		x++
		y = 1
	})
	time.Sleep(10 * time.Millisecond)
	y = 2
	fmt.Println(x, y)
}
