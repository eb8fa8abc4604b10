// A goroutine started by an init function (main.init.0.func1), and a closure in a package
// variable's initializer (main.glob..func1).
package main

import (
	"fmt"
	"time"
)

var y int

var bump = func() {
	y += 10
}

func init() {
	go func() {
		y = 1
	}()
}

func main() {
	time.Sleep(time.Millisecond)
	y = 2
	go bump()
	time.Sleep(time.Millisecond)
	fmt.Println(y)
}
