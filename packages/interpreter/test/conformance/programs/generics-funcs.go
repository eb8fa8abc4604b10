package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func SortedKeys[K interface{ ~string | ~int }, V any](m map[K]V) []K {
	ks := Keys(m)
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	g := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		g[k] = append(g[k], x)
	}
	return g
}

type Miles float64

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	strs := Map(evens, strconv.Itoa)
	fmt.Println(evens, strings.Join(strs, "+"), "=", Sum(evens...))
	fmt.Println(Reduce(nums, "", func(a string, n int) string { return a + strconv.Itoa(n%3) }))
	fmt.Println(Sum(1.5, 2.25), Sum[Miles](1, 2.5), Sum[int64]())
	fmt.Printf("%T %T\n", Sum[Miles](1), Map(nums, func(i int) float64 { return float64(i) / 2 }))
	words := strings.Fields("apple avocado banana blueberry cherry cranberry date")
	groups := GroupBy(words, func(s string) byte { return s[0] })
	for _, k := range SortedKeys(map[string]int{"b": 1, "a": 2, "c": 3}) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	letters := Keys(groups)
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	for _, l := range letters {
		fmt.Printf("%c: %v\n", l, groups[l])
	}
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max("go", "rust"))
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Reduce(lens, 0, func(a, b int) int { return a + b }))
}
