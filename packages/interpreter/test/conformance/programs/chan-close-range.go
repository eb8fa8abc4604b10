// Closing a channel: range stops, receivers get zero values, closing broadcasts to all.
// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	for v := range sq(sq(gen(5))) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var got []int
	for v := range merge(gen(3), gen(4), sq(gen(3))) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
	quit := make(chan struct{})
	var wg sync.WaitGroup
	woken := make([]bool, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-quit
			woken[i] = true
		}(i)
	}
	close(quit)
	wg.Wait()
	fmt.Println(woken)
	c := make(chan int, 2)
	c <- 7
	close(c)
	a, ok1 := <-c
	b, ok2 := <-c
	fmt.Println(a, ok1, b, ok2)
	var s chan struct{} = make(chan struct{})
	close(s)
	<-s
	<-s
	fmt.Println("receiving from a closed channel never blocks")
}
