// Quotients and remainders of integers beyond 32 bits (where the interpreter's numbers are not
// JavaScript's int32), near 2^53 and past it, signed and unsigned, with constant and variable
// divisors.
package main

import "fmt"

func main() {
	xs := []int64{1 << 31, -(1 << 31) - 1, 1<<32 + 7, -(1<<40 + 3), 1<<53 - 1, -(1<<53 - 1), 1<<53 + 5, 1<<62 + 11, -(1 << 63), 9007199254740993}
	ds := []int64{2, -2, 3, -7, 10, 1 << 20, -(1 << 33), 1<<53 - 1, 9007199254740993, -1}
	for _, x := range xs {
		for _, d := range ds {
			fmt.Println(x, d, x/d, x%d)
		}
		fmt.Println(x, x%2, x/2, x%16, x/16, x%1000000007)
	}
	us := []uint32{1<<32 - 1, 1 << 31, 3000000001}
	for _, u := range us {
		for _, d := range []uint32{2, 3, 7, 1<<31 + 1, 1<<32 - 1} {
			fmt.Println(u, d, u/d, u%d)
		}
	}
	var u64 uint64 = 1<<64 - 1
	fmt.Println(u64%3, u64/3, u64%(1<<40+9), (u64>>11)%10)
	// Collatz steps: odd/even tests of values past 2^32.
	n, steps := int64(77031), 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("steps", steps)
}
