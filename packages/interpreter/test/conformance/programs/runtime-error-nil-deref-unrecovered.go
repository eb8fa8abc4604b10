// An unrecovered nil pointer dereference prints the signal line after the panic line.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	list := &Node{1, &Node{2, nil}}
	sum := 0
	for n := list; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(sum)
	fmt.Println(list.Next.Next.Val)
}
