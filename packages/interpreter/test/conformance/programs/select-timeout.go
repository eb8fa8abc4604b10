// conformance:runs 5
package main

import (
	"fmt"
	"time"
)

func slowOp(d time.Duration, v string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func main() {
	select {
	case v := <-slowOp(10*time.Millisecond, "fast"):
		fmt.Println("got", v)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case v := <-slowOp(400*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 2")
	}

	// non-blocking ops with default
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	ch <- 1
	select {
	case ch <- 2:
		fmt.Println("sent 2")
	default:
		fmt.Println("buffer full")
	}
	fmt.Println(<-ch, len(ch), cap(ch))

	// ticker with a bounded loop
	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	ticks := 0
	deadline := time.After(200 * time.Millisecond)
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		case <-deadline:
			fmt.Println("deadline!")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped:", timer.Stop())
	var nilch chan int
	select {
	case <-nilch:
		fmt.Println("impossible")
	case <-time.After(time.Millisecond):
		fmt.Println("nil channel never ready")
	}
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
}
