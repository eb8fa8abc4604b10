// A race between main and the goroutine it starts; record.sh runs it under go run -race.
package main

import "time"

var a int

func main() {
	go func() {
		a = 1
	}()
	a = 2
	time.Sleep(10 * time.Millisecond)
}
