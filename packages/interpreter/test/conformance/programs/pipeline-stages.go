// conformance:runs 5
package main

import (
	"fmt"
	"strings"
)

func gen(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		for _, w := range words {
			out <- w
		}
		close(out)
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			out <- strings.ToUpper(w)
		}
	}()
	return out
}

func filter(in <-chan string, keep func(string) bool) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			if keep(w) {
				out <- w
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case <-done:
				return
			case w, ok := <-in:
				if !ok {
					return
				}
				out <- w
			}
		}
	}()
	return out
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog and keeps running far away")
	done := make(chan struct{})
	defer close(done)
	stage := take(done, filter(upper(gen(words...)), func(s string) bool { return len(s) > 3 }), 5)
	var got []string
	for w := range stage {
		got = append(got, w)
	}
	fmt.Println(strings.Join(got, "|"), len(got))

	// simple unbuffered ping-pong
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Print(<-pong, " ")
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)
}
