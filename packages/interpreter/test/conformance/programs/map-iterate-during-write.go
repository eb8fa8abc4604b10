// Classic mistake: ranging over a map while another goroutine writes to it.
// "fatal error: concurrent map iteration and map write".
// conformance:runs 5
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 64; i++ {
		m[i] = i
	}
	go func() {
		for i := 0; ; i++ {
			m[i%64] = i
		}
	}()
	fmt.Println("iterating while another goroutine writes")
	total := 0
	for {
		for k, v := range m {
			total += k + v
		}
	}
}
