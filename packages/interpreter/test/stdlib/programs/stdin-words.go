// Standard input through Go's os and bufio: counts lines and words, echoes the longest word.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words, longest := 0, 0, ""
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			words++
			if len(w) > len(longest) {
				longest = w
			}
		}
	}
	fmt.Println(lines, words, longest, sc.Err())
	rest, err := io.ReadAll(os.Stdin)
	fmt.Println(len(rest), err)
}
