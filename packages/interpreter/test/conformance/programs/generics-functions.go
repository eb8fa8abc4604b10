// Generic functions: type parameters, inference, explicit instantiation, any and comparable.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
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

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func main() {
	nums := []int{1, 2, 3, 4, 5}
	fmt.Println(Map(nums, func(n int) string { return strings.Repeat("*", n) }))
	fmt.Println(Filter(nums, func(n int) bool { return n%2 == 1 }))
	fmt.Println(Reduce(nums, 0.5, func(a float64, n int) float64 { return a + float64(n) }))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index(nums, 9))
	type pt struct{ x, y int }
	fmt.Println(Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
	ks := Keys(map[string]bool{"z": true, "a": true, "m": false})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	p := Ptr(42)
	*p++
	fmt.Println(*p, *Ptr("s"))
	toStr := Map[int, string]
	fmt.Println(toStr([]int{7}, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Printf("%T\n", Map[float64, bool])
	var anyVals = Map(nums, func(n int) any { return n })
	fmt.Println(anyVals...)
}
