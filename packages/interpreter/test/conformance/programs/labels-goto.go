// conformance:runs 5
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			fmt.Print(v, " ")
		}
	}
	fmt.Println()
	fmt.Println(findPair(grid, 8))
	fmt.Println(findPair(grid, 80))

	// primes with labeled continue
	var primes []int
next:
	for n := 2; len(primes) < 10; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// goto-based retry loop
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts)

	// switch with break label and fallthrough
	x := 2
sw:
	switch x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("unreached")
	default:
		fmt.Println("default")
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
	}()
recv:
	for {
		select {
		case v := <-ch:
			if v == 3 {
				break recv
			}
			fmt.Print("v", v, " ")
		}
	}
	fmt.Println("end")
}
