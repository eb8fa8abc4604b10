// Struct, array, pointer, interface, bool, float and string keys.
package main

import (
	"fmt"
	"sort"
)

type Key struct {
	Name string
	ID   int
}

func main() {
	sk := map[Key]int{}
	sk[Key{"a", 1}] = 10
	sk[Key{"a", 1}] += 5
	sk[Key{"a", 2}] = 20
	fmt.Println(len(sk), sk[Key{"a", 1}], sk[Key{Name: "a", ID: 2}])
	ak := map[[2]int]string{}
	ak[[2]int{1, 2}] = "one-two"
	k := [2]int{1, 2}
	fmt.Println(ak[k], len(ak))
	k[1] = 3
	fmt.Println(ak[k] == "")
	a, b := new(int), new(int)
	pk := map[*int]string{a: "a", b: "b"}
	*a = 5
	fmt.Println(pk[a], pk[b], len(pk), pk[new(int)] == "")
	ik := map[interface{}]string{}
	ik[1] = "int 1"
	ik[int64(1)] = "int64 1"
	ik[1.0] = "float 1"
	ik["1"] = "string 1"
	ik[Key{"k", 0}] = "struct"
	ik[[1]int{1}] = "array"
	ik[nil] = "nil"
	ik[true] = "bool"
	fmt.Println(len(ik), ik[1], ik[int64(1)], ik[float64(1)], ik["1"], ik[Key{"k", 0}], ik[[1]int{1}], ik[nil], ik[true])
	var e error
	ik[e] = "nil error"
	fmt.Println(len(ik), ik[nil])
	bk := map[bool]int{true: 1}
	bk[1 > 2] = 7
	fmt.Println(bk)
	fk := map[float64]string{0: "zero"}
	negZero := 0.0
	negZero = -negZero
	fk[negZero] = "negative zero"
	fmt.Println(len(fk), fk[0])
	ck := map[complex128]int{1 + 2i: 3}
	fmt.Println(ck[complex(1, 2)])
	type inner struct{ a [2]string }
	nk := map[inner]bool{{[2]string{"x", "y"}}: true}
	fmt.Println(nk[inner{[2]string{"x", "y"}}])
	ch := make(chan int)
	chk := map[chan int]int{ch: 1}
	fmt.Println(chk[ch], chk[make(chan int)])
	strs := []string{}
	for s := range map[string]bool{"b": true, "a": true, "c": true} {
		strs = append(strs, s)
	}
	sort.Strings(strs)
	fmt.Println(strs)
}
