// Counting with a map and printing in sorted order (fmt also prints maps sorted by key).
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := `the quick brown fox jumps over the lazy dog the fox barks
	and the dog sleeps while the quick fox runs`
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range counts {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].k < list[j].k
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %d\n", e.k, e.v)
	}
	fmt.Println(len(counts))
	fmt.Println(counts)
	ints := map[int]string{10: "ten", -3: "minus three", 7: "seven", 0: "zero"}
	fmt.Println(ints)
	fmt.Printf("%v\n", map[float64]int{2.5: 1, -1: 2, 0.1: 3})
	fmt.Printf("%+v\n", map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	inv := map[int][]string{}
	for k, v := range counts {
		inv[v] = append(inv[v], k)
	}
	for _, ws := range inv {
		sort.Strings(ws)
	}
	fmt.Println(inv)
}
