// conformance:runs 5
package main

import "fmt"

// The classic concurrent prime sieve from the Go tour/blog.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	primes := []int{}
	gaps := map[int]int{}
	prev := 0
	for i := 0; i < 60; i++ {
		prime := <-ch
		primes = append(primes, prime)
		if prev != 0 {
			gaps[prime-prev]++
		}
		prev = prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println(primes[:10], primes[len(primes)-1])
	fmt.Println(gaps)
	twin := 0
	for i := 1; i < len(primes); i++ {
		if primes[i]-primes[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin pairs:", twin)
}
