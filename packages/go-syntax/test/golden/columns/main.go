// Lines whose findings go vet positions after multi-byte characters and tabs.
package main

import "fmt"

func main() {
	s := "é😀"; fmt.Printf("%d\n", s)
	t := "世界"; u := "ü";	fmt.Printf("%d %s\n", t, u)
	/* ∑ */ fmt.Printf("%s\n", 1)
	fmt.Printf("%d\n", "plain ascii")
		var r = '€'; fmt.Printf("%s\n", r)
}
