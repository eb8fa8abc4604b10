// Classic mistake: one goroutine writes while another reads, without a lock.
// The reader sees the writing flag: "fatal error: concurrent map read and map write".
// conformance:runs 5
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	fmt.Println("reading while another goroutine writes")
	sum := 0
	for i := 0; ; i++ {
		sum += m[i%100]
	}
}
