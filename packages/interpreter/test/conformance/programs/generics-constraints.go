// Constraints: unions, ~underlying types, methods in constraints, comparable, core types.
package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Number interface {
	Integer | Float
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Integer | Float | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

type Stringish interface {
	~int
	String() string
}

func Show[T Stringish](xs []T) []string {
	out := []string{}
	for _, x := range xs {
		out = append(out, x.String()+"/"+strconv.Itoa(int(x)+1))
	}
	return out
}

func Equal[T comparable](a, b T) bool { return a == b }

type Bytes interface{ ~[]byte | ~string }

func FirstByte[T Bytes](s T) byte { return s[0] }

func Convert[From Integer, To Float](x From) To { return To(x) / 2 }

func Count[S ~[]E, E comparable](s S, v E) int {
	n := 0
	for _, e := range s {
		if e == v {
			n++
		}
	}
	return n
}

type Names []string

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27, 1))
	fmt.Println(Sum(MyInt(4), MyInt(5)))
	fmt.Println(Max(3, 7), Max("apple", "banana"), Max(2.5, -1.0), Max[MyInt](9, 2))
	fmt.Println(Show([]MyInt{1, 2}))
	fmt.Println(Equal("a", "a"), Equal(struct{ x int }{1}, struct{ x int }{2}))
	fmt.Println(FirstByte("hey"), FirstByte([]byte{7}))
	fmt.Println(Convert[int, float64](7), Convert[int16, float32](-3))
	fmt.Println(Count(Names{"a", "b", "a"}, "a"), Count([]int{1, 1, 1}, 1))
	fmt.Printf("%T %T\n", Sum[float32], Max[string])
}
