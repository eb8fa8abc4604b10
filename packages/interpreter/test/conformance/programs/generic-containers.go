package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) PushFront(v T) { l.head = &elem[T]{v, l.head}; l.size++ }
func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for e := l.head; e != nil; e = e.next {
		f(i, e.val)
		i++
	}
}

func ToSlice[T any](l *List[T]) []T {
	out := make([]T, 0, l.size)
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func MinMax[T Ordered](xs []T) (lo, hi T, err error) {
	if len(xs) == 0 {
		return lo, hi, errors.New("empty slice")
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func SortedMapKeys[K Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs ...S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

type Number interface{ ~int | ~float64 }

type Vec[T Number] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func main() {
	var l List[string]
	for _, s := range strings.Fields("one two three") {
		l.PushFront(s)
	}
	fmt.Println(ToSlice(&l), l.size)
	fmt.Println(MinMax([]int{3, -1, 7, 2}))
	fmt.Println(MinMax([]string{"pear", "apple", "zucchini"}))
	fmt.Println(MinMax([]float64{}))
	ages := map[string]int{"ann": 31, "bob": 25, "cy": 40}
	for _, k := range SortedMapKeys(ages) {
		fmt.Print(k, ":", ages[k], " ")
	}
	fmt.Println()
	inv := Invert(ages)
	fmt.Println(inv[25], inv[40], len(inv), SortedMapKeys(inv))
	fmt.Println(Longest[Name]("al", "bertrand", "cy"))
	fmt.Println(Vec[int]{1, 2, 3}.Dot(Vec[int]{4, 5, 6}), Vec[float64]{0.5}.Dot(Vec[float64]{4}))
	fmt.Printf("%T %T %v\n", l, Vec[float64]{}, Vec[int](nil) == nil)
	type kv = struct {
		K string
		V int
	}
	var pairs []kv
	for _, k := range SortedMapKeys(ages) {
		pairs = append(pairs, kv{k, ages[k]})
	}
	fmt.Printf("%+v\n", pairs)
}
