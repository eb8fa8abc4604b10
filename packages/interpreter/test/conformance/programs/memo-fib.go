package main

import (
	"fmt"
)

var memo = map[int]uint64{}

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

func collatzLen(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	fmt.Println(fib(10), fib(50), fib(93), len(memo))
	fmt.Println(fib(94)) // overflows uint64
	cl, calls := memoize(collatzLen)
	best, bestN := 0, 0
	for i := 1; i < 3000; i++ {
		if l := cl(i%1000 + 1); l > best {
			best, bestN = l, i%1000+1
		}
	}
	fmt.Println(best, bestN, *calls)
	ways := map[int]int{0: 1}
	coins := []int{1, 5, 10, 25}
	for _, c := range coins {
		for amt := c; amt <= 100; amt++ {
			ways[amt] += ways[amt-c]
		}
	}
	fmt.Println("ways to make 100:", ways[100], len(ways))
}
