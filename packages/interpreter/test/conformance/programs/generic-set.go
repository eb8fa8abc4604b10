package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s *Set[T]) Add(v T)           { s.m[v] = struct{}{} }
func (s *Set[T]) Contains(v T) bool { _, ok := s.m[v]; return ok }
func (s *Set[T]) Len() int          { return len(s.m) }
func (s *Set[T]) Items() []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	return out
}

func Union[T comparable](a, b *Set[T]) *Set[T] {
	r := NewSet[T]()
	for k := range a.m {
		r.Add(k)
	}
	for k := range b.m {
		r.Add(k)
	}
	return r
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

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

type Point struct{ X, Y int }

func main() {
	a := NewSet(1, 2, 3, 3, 2)
	b := NewSet(3, 4, 5)
	u := Union(a, b)
	items := u.Items()
	sort.Ints(items)
	fmt.Println(a.Len(), b.Len(), u.Len(), items, u.Contains(4), u.Contains(9))

	ps := NewSet(Point{1, 2}, Point{1, 2}, Point{2, 1})
	fmt.Println(ps.Len(), ps.Contains(Point{2, 1}))
	fmt.Printf("%T\n", ps)

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}}
	fmt.Println(pairs, pairs[0])
	fmt.Printf("%+v %T\n", pairs[1], pairs[1])

	var st Stack[string]
	for _, w := range []string{"x", "y", "z"} {
		st.Push(w)
	}
	for {
		v, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
	var is Stack[*Point]
	v, ok := is.Pop()
	fmt.Println(v, ok, v == nil)

	fs := NewSet(1.5, 2.5, 1.5)
	fmt.Println(fs.Len(), fs.Contains(2.5), fs.Contains(1.0))
	var sp *Stack[int]
	sp.Push(1)
}
