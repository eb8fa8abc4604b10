package main

import (
	"fmt"
	"os"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-10s -> %v\n", name, r)
			if e, ok := r.(error); ok && strings.HasPrefix(e.Error(), "runtime error") {
				fmt.Printf("%-10s    (runtime error, %T)\n", "", e)
			}
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	zero := 0
	var n *Node
	var m map[string]int
	var iface interface{} = "str"
	arr := [4]int{}
	try("index", func() { _ = s[i] })
	try("neg-index", func() { j := -1; _ = s[j+zero] })
	try("slice", func() { _ = s[2:i] })
	try("slice2", func() { lo := 3; _ = s[lo:1+zero] })
	try("array", func() { _ = arr[i] })
	try("string", func() { _ = "abc"[i] })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("nil-ptr", func() { _ = n.Val })
	try("nil-map", func() { m["a"] = 1 })
	try("assert", func() { _ = iface.(int) })
	try("custom", func() { panic(fmt.Sprintf("bad value %d", 42)) })
	try("error", func() { panic(fmt.Errorf("wrapped: %w", os.ErrNotExist)) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("send", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("nil-close", func() { var c chan int; close(c) })
	try("make", func() { sz := -1; _ = make([]int, sz+zero) })
	try("conv", func() { _ = [][]int{}[0] })
	try("int-panic", func() { panic(42) })
	fmt.Println(10.0/float64(zero), -1/float64(zero))
	head := &Node{1, &Node{2, nil}}
	sum := 0
	for p := head; p != nil; p = p.Next {
		sum += p.Val
	}
	fmt.Println("sum", sum)
	fmt.Println(head.Next.Next.Val)
}
