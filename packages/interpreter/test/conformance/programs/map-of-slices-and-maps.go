// Maps of slices append through reassignment; maps of maps need inner make.
package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[string][]string{}
	for _, w := range []string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"} {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	keys := []string{}
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, groups[k], len(groups[k]))
	}
	s := groups["a"]
	s[0] = "APPLE"
	fmt.Println(groups["a"][0])
	groups["a"] = groups["a"][:1]
	fmt.Println(groups["a"])
	graph := map[string]map[string]int{}
	addEdge := func(from, to string, w int) {
		if graph[from] == nil {
			graph[from] = map[string]int{}
		}
		graph[from][to] = w
	}
	addEdge("a", "b", 1)
	addEdge("a", "c", 2)
	addEdge("b", "c", 3)
	fmt.Println(graph, len(graph), len(graph["a"]), graph["c"]["a"])
	inner := graph["a"]
	inner["z"] = 26
	fmt.Println(graph["a"]["z"])
	counts := map[string]map[int]bool{}
	counts["x"] = map[int]bool{1: true}
	cp := counts["x"]
	delete(cp, 1)
	fmt.Println(len(counts["x"]))
	matrix := map[int][]int{0: make([]int, 3)}
	matrix[0][1] = 5
	fmt.Println(matrix)
	arrays := map[string][2]int{"p": {1, 2}}
	arr := arrays["p"]
	arr[0] = 100
	fmt.Println(arrays, arr)
}
