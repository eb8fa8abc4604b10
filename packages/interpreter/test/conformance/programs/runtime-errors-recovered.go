// Runtime errors are panics with runtime.Error values; recovered and printed with Println.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ v int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		_, isError := r.(error)
		fmt.Printf("%-22s %v | runtime.Error=%v error=%v\n", name+":", r, isRuntime, isError)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	arr := [4]int{}
	idx := 5
	var m map[string]int
	var p *T
	var i interface{} = "str"
	var e interface{}
	zero := 0
	var fn func()
	var ch chan int
	try("index", func() { _ = s[idx] })
	try("array index", func() { _ = arr[idx%8] })
	try("negative index", func() { _ = s[idx-10] })
	try("slice bounds", func() { _ = s[1:idx] })
	try("slice inverted", func() { _ = s[2:idx-4] })
	try("slice cap", func() { _ = s[:2:idx] })
	try("string index", func() { _ = "abc"[idx] })
	try("nil map write", func() { m["a"] = 1 })
	try("nil pointer", func() { _ = p.v })
	try("nil pointer write", func() { p.v = 1 })
	try("divide by zero", func() { _ = 10 / zero })
	try("modulo by zero", func() { _ = 10 % zero })
	try("type assertion", func() { _ = i.(int) })
	try("nil iface assertion", func() { _ = e.(string) })
	try("nil func call", func() { fn() })
	try("close nil chan", func() { close(ch) })
	try("close twice", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("make negative len", func() { _ = make([]int, idx-10) })
	try("slice to array ptr", func() { _ = (*[4]int)(s) })
	try("float divide ok", func() { fmt.Println(1.0 / float64(zero)) })
}
