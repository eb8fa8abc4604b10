package main

import (
	"fmt"
	"strings"
)

type Report struct {
	title string
	body  strings.Builder
}

func (r *Report) Line(format string, args ...interface{}) {
	fmt.Fprintf(&r.body, format+"\n", args...)
}

func (r Report) Render() string { // value receiver copies the Builder
	return "# " + r.title + "\n" + r.body.String()
}

func (r Report) AddFooter() { // writing to a copied Builder panics
	r.body.WriteString("-- end --\n")
}

func main() {
	r := &Report{title: "Weekly"}
	r.Line("items: %d", 3)
	r.Line("total: $%.2f", 41.5)
	fmt.Print(r.Render())
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
	}
	fmt.Println(sb.String(), sb.Len(), sb.Cap() >= 64)
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	defer fmt.Println("deferred")
	r.AddFooter()
	fmt.Println("unreachable")
}
