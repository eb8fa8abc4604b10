package main

import (
	"fmt"
	"time"
)

type discoverer struct{ done chan struct{} }

// run is called once, by main: its ticker lives as long as the program (nsq_to_file).
func (d *discoverer) run() {
	ticker := time.Tick(time.Second)
	for {
		select {
		case <-ticker:
			fmt.Println("poll")
		case <-d.done:
			return
		}
	}
}

// sample is called from main's loop: every call leaves a ticker behind.
func sample(d time.Duration) int {
	n := 0
	tick := time.Tick(d) // want `time.Tick leaks its ticker before Go 1.23 \(this file is go1.21 by go.mod\)` MH013
	for range [3]int{} {
		<-tick
		n++
	}
	return n
}

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println(sample(time.Millisecond), probe())
	}
	d := &discoverer{done: make(chan struct{})}
	d.run()
	fmt.Println(serve(make(chan struct{})))
}
