// Labeled break and continue in nested loops, switch and select inside loops.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := [2]int{-1, -1}
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				found = [2]int{r, c}
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println(n)
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 2 {
				continue recv
			}
			sum += v
		}
	}
	fmt.Println(sum)
	primes := []int{}
next:
	for c := 2; len(primes) < 10; c++ {
		for _, p := range primes {
			if c%p == 0 {
				continue next
			}
		}
		primes = append(primes, c)
	}
	fmt.Println(primes)
}
