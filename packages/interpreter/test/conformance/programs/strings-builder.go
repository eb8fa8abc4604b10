// strings.Builder: WriteString, WriteByte, WriteRune, Fprintf into it, Len, Reset, Grow.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	fmt.Println(b.Cap() >= 64, b.Len())
	words := []string{"alpha", "beta", "gamma"}
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	fmt.Println(sb.String())
	var table strings.Builder
	for r := 1; r <= 3; r++ {
		for c := 1; c <= 3; c++ {
			fmt.Fprintf(&table, "%3d", r*c)
		}
		table.WriteByte('\n')
	}
	fmt.Print(table.String())
	n2, _ := sb.Write([]byte(" and more"))
	fmt.Println(n2, sb.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	copied := sb
	copied.WriteString("x")
}
