// No go.mod: the Go version is unknown, and time.Tick is reported as go vet would, saying so.
package main

import (
	"fmt"
	clock "time"
)

func main() {
	for range clock.Tick(clock.Millisecond) {
		if poll(clock.Millisecond) {
			return
		}
	}
}

func init() {
	heartbeat = clock.Tick(clock.Hour)
}

var heartbeat <-chan clock.Time

func poll(d clock.Duration) bool {
	select {
	case <-clock.Tick(d): // want `time.Tick leaks its ticker before Go 1.23 \(Go version unknown: no go.mod, //go:build line or --lang\)`
		return true
	case <-heartbeat:
		return false
	}
}

func notTime() {
	time := struct{ Tick func(int) int }{Tick: func(n int) int { return n }}
	fmt.Println(time.Tick(1))
}
