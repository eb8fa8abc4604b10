package main

import (
	"fmt"
	"sort"
)

type Coord struct {
	X, Y int
}

type Edge struct {
	From, To string
}

func main() {
	visited := map[Coord]bool{}
	dirs := [4]Coord{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	pos := Coord{0, 0}
	visited[pos] = true
	moves := "RRUULDDDLLUR"
	dirIdx := map[byte]int{'U': 0, 'R': 1, 'D': 2, 'L': 3}
	revisits := 0
	for i := 0; i < len(moves); i++ {
		d := dirs[dirIdx[moves[i]]]
		pos = Coord{pos.X + d.X, pos.Y + d.Y}
		if visited[pos] {
			revisits++
		}
		visited[pos] = true
	}
	fmt.Println("visited", len(visited), "revisits", revisits, "final", pos)

	weights := map[Edge]int{
		{"a", "b"}: 3,
		{"b", "c"}: 4,
		{"a", "c"}: 10,
	}
	weights[Edge{"c", "d"}] = 1
	fmt.Println(weights[Edge{"a", "b"}] + weights[Edge{"b", "c"}])
	fmt.Println(weights)

	grid := map[[2]int]rune{}
	grid[[2]int{1, 2}] = 'x'
	grid[[2]int{1, 2}] = 'y'
	grid[[2]int{2, 1}] = 'z'
	fmt.Println(len(grid), string(grid[[2]int{1, 2}]), grid[[2]int{9, 9}])
	fmt.Println(grid)

	// array of strings as key
	anagrams := map[[26]int][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"} {
		var k [26]int
		for _, c := range w {
			k[c-'a']++
		}
		anagrams[k] = append(anagrams[k], w)
	}
	var groups []string
	for _, g := range anagrams {
		sort.Strings(g)
		groups = append(groups, fmt.Sprint(g))
	}
	sort.Strings(groups)
	for _, g := range groups {
		fmt.Println(g)
	}

	// pointers as keys compare by identity
	a, b := &Coord{1, 1}, &Coord{1, 1}
	pm := map[*Coord]int{a: 1, b: 2}
	fmt.Println(len(pm), pm[a], pm[b], *a == *b)

	// float keys: NaN never matches
	fm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm), fm[nan])
	_, ok := fm[nan]
	fmt.Println(ok)
}
