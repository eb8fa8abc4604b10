// Generic types: a stack, a linked list, a pair, a set built on map[T]struct{}, methods.
package main

import (
	"fmt"
	"sort"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) Len() int { return len(s.items) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	s.Pop()
	v, ok = s.Pop()
	fmt.Printf("%q %v\n", v, ok)
	var l List[float64]
	for _, f := range []float64{1.5, 2.5, 3.5} {
		l.Prepend(f)
	}
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)
	p := Pair[string, int]{"age", 30}
	fmt.Println(p, []Pair[int, bool]{{1, true}})
	fmt.Printf("%T %+v\n", p, p)
	set := NewSet(3, 1, 3, 2)
	fmt.Println(len(set), set.Has(2), set.Has(5))
	keys := []int{}
	for k := range set {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
	is := &Stack[[]int]{}
	is.Push([]int{1})
	fmt.Println(is.Len(), is.items)
	fmt.Printf("%T %T\n", s, set)
}
