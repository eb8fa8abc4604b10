// conformance:runs 5
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(id int, in <-chan int) <-chan [2]int {
	out := make(chan [2]int)
	go func() {
		defer close(out)
		for n := range in {
			out <- [2]int{n, n * n}
		}
	}()
	return out
}

func merge(cs ...<-chan [2]int) <-chan [2]int {
	var wg sync.WaitGroup
	out := make(chan [2]int, 4)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan [2]int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := producer(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
	workers := make([]<-chan [2]int, 3)
	for i := range workers {
		workers[i] = square(i, in)
	}
	results := map[int]int{}
	for r := range merge(workers...) {
		results[r[0]] = r[1]
	}
	keys := make([]int, 0, len(results))
	sum := 0
	for k, v := range results {
		keys = append(keys, k)
		sum += v
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%d^2=%d\n", k, results[k])
	}
	fmt.Println("sum:", sum)
	_, open := <-in
	fmt.Println("input open:", open)
}
