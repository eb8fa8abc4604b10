// Map values are not addressable: the ways around it (copies, pointers, index into a slice).
package main

import "fmt"

type Item struct {
	N    int
	Tags [2]string
}

func bump(it *Item) { it.N++ }

func main() {
	values := map[string]Item{"a": {N: 1}}
	it := values["a"]
	bump(&it)
	fmt.Println(values["a"].N, it.N)
	values["a"] = it
	fmt.Println(values["a"].N)
	ptrs := map[string]*Item{"a": {N: 1}}
	bump(ptrs["a"])
	ptrs["a"].Tags[0] = "hot"
	fmt.Println(*ptrs["a"])
	store := []Item{{N: 10}, {N: 20}}
	index := map[string]int{"x": 0, "y": 1}
	store[index["y"]].N += 5
	bump(&store[index["x"]])
	fmt.Println(store)
	counts := map[string]int{}
	counts["k"]++
	counts["k"] += 2
	counts["k"] <<= 1
	fmt.Println(counts["k"])
	arrays := map[string][3]int{}
	tmp := arrays["z"]
	tmp[1] = 7
	arrays["z"] = tmp
	fmt.Println(arrays)
	sl := map[string][]int{"s": {1, 2, 3}}
	sl["s"][0] = 100
	fmt.Println(sl)
}
