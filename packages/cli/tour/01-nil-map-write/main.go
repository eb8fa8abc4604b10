// Counting words into a map that was declared but never made.
package main

import (
	"fmt"
	"strings"
)

func countWords(text string) map[string]int {
	var counts map[string]int
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	return counts
}

func main() {
	fmt.Println(countWords("the map is the nil map"))
}
