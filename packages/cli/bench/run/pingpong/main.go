// Channel ping-pong: two goroutines pass a counter back and forth over unbuffered channels,
// N round trips (2N sends, 2N receives, each one a goroutine switch).
package main

import "fmt"

const N = 200000

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < N; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, open := <-pong
	fmt.Println("round trips", N, "value", v, "pong open", open)
}
