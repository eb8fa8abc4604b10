// An unrecovered index out of range: "panic: runtime error: index out of range [5] with
// length 3", then the goroutine trace; exit code 2.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
}
