// conformance:runs 5
package main

import (
	"fmt"
	"strings"
)

type token struct {
	hops  int
	trail []string
}

func node(name string, in <-chan token, out chan<- token, done chan<- token, maxHops int) {
	for t := range in {
		t.hops++
		t.trail = append(t.trail, name)
		if t.hops >= maxHops {
			done <- t
			return
		}
		out <- t
	}
}

func main() {
	const n = 5
	chans := make([]chan token, n)
	for i := range chans {
		chans[i] = make(chan token)
	}
	done := make(chan token)
	for i := 0; i < n; i++ {
		go node(fmt.Sprintf("n%d", i), chans[i], chans[(i+1)%n], done, 13)
	}
	chans[0] <- token{}
	t := <-done
	fmt.Println(t.hops, strings.Join(t.trail, ">"))
	counts := map[string]int{}
	for _, s := range t.trail {
		counts[s]++
	}
	fmt.Println(counts)

	// unbuffered handoff ordering
	ch := make(chan int)
	ack := make(chan bool)
	var log []string
	go func() {
		for v := range ch {
			log = append(log, fmt.Sprintf("recv %d", v))
			ack <- true
		}
		close(ack)
	}()
	for i := 0; i < 3; i++ {
		log = append(log, fmt.Sprintf("send %d", i))
		ch <- i
		<-ack
	}
	close(ch)
	_, ok := <-ack
	fmt.Println(strings.Join(log, ", "), ok)
}
