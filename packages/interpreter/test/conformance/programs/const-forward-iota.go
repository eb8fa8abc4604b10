package main

import "fmt"

// Constants that use constants declared later, in the same block and across blocks, with
// iota: each keeps its own iota while another declaration is resolved on the way.
const (
	first = base + iota
	second
	third = later * iota
)

const (
	base  = 100
	later = 7
)

type Op uint8

const (
	opEnd Op = iota
	opPseudo Op = 128
)

const (
	opLeftParen = opPseudo + iota
	opVerticalBar
)

func main() {
	fmt.Println(first, second, third)
	fmt.Println(opEnd, opLeftParen, opVerticalBar)
	a := [2]int{3, 4}
	p := &a
	// A conversion to a pointer type, then a dereference: *((*[2]int)(p)).
	b := *(*[2]int)(p)
	b[0] = 5
	fmt.Println(a, b, len(*(*[2]int)(p)))
}
