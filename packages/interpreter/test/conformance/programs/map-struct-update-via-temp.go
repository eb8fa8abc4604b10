// Updating struct values in a map: read-modify-write through a temporary, or store pointers.
package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
}

func main() {
	byValue := map[string]Player{"p1": {"ann", 1}, "p2": {"bob", 2}}
	for k := range byValue {
		tmp := byValue[k]
		tmp.Score *= 10
		byValue[k] = tmp
	}
	fmt.Println(byValue["p1"], byValue["p2"])
	byPtr := map[string]*Player{"p1": {"ann", 1}, "p2": {"bob", 2}}
	byPtr["p1"].Score += 100
	for _, p := range byPtr {
		p.Score++
	}
	fmt.Println(*byPtr["p1"], *byPtr["p2"])
	alias := byPtr["p2"]
	alias.Name = "BOB"
	fmt.Println(byPtr["p2"].Name)
	counters := map[string]*int{}
	for _, w := range []string{"x", "y", "x", "x"} {
		if counters[w] == nil {
			counters[w] = new(int)
		}
		*counters[w]++
	}
	fmt.Println(*counters["x"], *counters["y"])
	type wrap struct{ m map[string]int }
	ws := map[int]wrap{1: {m: map[string]int{}}}
	ws[1].m["inner"] = 5
	fmt.Println(ws[1].m)
	names := []string{}
	for _, p := range byValue {
		names = append(names, fmt.Sprintf("%s=%d", p.Name, p.Score))
	}
	sort.Strings(names)
	fmt.Println(names)
}
