// Embedded interfaces, interface satisfaction and interface values of different types.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Upper struct{ ReadWriter }

func (u Upper) Read() string { return strings.ToUpper(u.ReadWriter.Read()) }

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w := rw.(Writer)
	w.Write("three")
	u := Upper{rw}
	fmt.Println(u.Read(), u.Read(), u.Read() == "")
	var rdr Reader = u
	_, isW := rdr.(Writer)
	fmt.Println(isW)
	words := byLen{"banana", "kiwi", "fig", "cherry"}
	sort.Sort(words)
	fmt.Println(words)
	var si sort.Interface = sort.Reverse(words)
	sort.Sort(si)
	fmt.Println(words)
	var a, b interface{} = &Buffer{}, &Buffer{}
	fmt.Println(a == b, a == a)
	var r1, r2 Reader
	fmt.Println(r1 == r2, r1 == nil)
	fmt.Printf("%T %v\n", r1, r1)
}
