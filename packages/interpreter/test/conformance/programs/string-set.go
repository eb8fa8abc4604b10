package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := make(Set, len(items))
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set) Add(x string)           { s[x] = struct{}{} }
func (s Set) Has(x string) bool      { _, ok := s[x]; return ok }
func (s Set) Remove(x string)        { delete(s, x) }
func (s Set) Len() int               { return len(s) }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (s Set) String() string { return "{" + strings.Join(s.Sorted(), " ") + "}" }

func (s Set) Union(o Set) Set {
	r := NewSet()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := NewSet()
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func (s Set) Diff(o Set) Set {
	r := NewSet()
	for k := range s {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

func main() {
	a := NewSet("go", "rust", "zig", "c")
	b := NewSet("c", "python", "go", "java")
	fmt.Println(a, b)
	fmt.Println("union:", a.Union(b))
	fmt.Println("inter:", a.Intersect(b))
	fmt.Println("a-b:", a.Diff(b))
	fmt.Printf("%v %d\n", a.Has("zig"), a.Len())
	a.Remove("zig")
	a.Remove("nope")
	fmt.Println(a.Has("zig"), a.Len(), a)
	var empty struct{}
	fmt.Printf("%v %T %d\n", empty, empty, len(Set{}))
	dedup := NewSet(strings.Fields("a b a c b d a")...)
	fmt.Println(dedup.Sorted(), len(dedup.Sorted()))
}
