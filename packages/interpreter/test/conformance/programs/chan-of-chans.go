// conformance:runs 5
package main

import (
	"fmt"
	"strings"
)

type request struct {
	key   string
	reply chan<- string
}

type kvServer struct {
	reqs chan request
	sets chan [2]string
	quit chan struct{}
}

func (s *kvServer) loop() {
	data := map[string]string{}
	for {
		select {
		case r := <-s.reqs:
			v, ok := data[r.key]
			if !ok {
				v = "<none>"
			}
			r.reply <- v
		case kv := <-s.sets:
			data[kv[0]] = kv[1]
		case <-s.quit:
			close(s.reqs)
			return
		}
	}
}

func (s *kvServer) get(k string) string {
	reply := make(chan string)
	s.reqs <- request{k, reply}
	return <-reply
}

func main() {
	s := &kvServer{reqs: make(chan request), sets: make(chan [2]string), quit: make(chan struct{})}
	go s.loop()
	for _, kv := range []string{"lang=go", "year=2009", "mascot=gopher", "lang=Go"} {
		p := strings.SplitN(kv, "=", 2)
		s.sets <- [2]string{p[0], p[1]}
	}
	for _, k := range []string{"lang", "year", "mascot", "creator"} {
		fmt.Printf("%s=%s\n", k, s.get(k))
	}
	results := make(chan chan int, 3)
	for i := 1; i <= 3; i++ {
		c := make(chan int, 1)
		results <- c
		go func(n int, c chan int) { c <- n * 100 }(i, c)
	}
	close(results)
	for c := range results {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	s.quit <- struct{}{}
	var dir <-chan int = make(chan int, 1)
	fmt.Printf("%T %d\n", dir, cap(dir))
	s.get("lang")
}
