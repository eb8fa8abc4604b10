// Correct: three goroutines write distinct slice elements; Wait orders them before the print.
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 3)
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			s[i] = (i + 1) * 10
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(s)
}
