// os.Expand as a shell expands: names, braces, special characters, bad syntax.
package main

import (
	"fmt"
	"os"
)

func main() {
	m := func(s string) string { return "<" + s + ">" }
	for _, s := range []string{"$A b ${B}c $1x ${*} ${} ${ab $ end$", "no dollars", "$$ $-a ${x}y${z}", "a$_b.c"} {
		fmt.Printf("%q\n", os.Expand(s, m))
	}
}
