package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Player struct {
	Name  string
	Score int
	Pos   Point
}

func main() {
	// m["a"].Score++ is a compile error: cannot assign to struct field m["a"].Score in map
	byValue := map[string]Player{"a": {Name: "Ann"}, "b": {Name: "Ben"}}
	p := byValue["a"]
	p.Score += 10
	byValue["a"] = p
	fmt.Println(byValue["a"].Score, byValue["b"].Score)

	byPtr := map[string]*Player{"a": {Name: "Ann"}, "b": {Name: "Ben"}}
	for i := 0; i < 3; i++ {
		byPtr["a"].Score += i
		byPtr["b"].Pos.X++
	}
	keys := []string{}
	for k := range byPtr {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %+v\n", k, *byPtr[k])
	}
	// range copies values
	for _, v := range byValue {
		v.Score = 999
	}
	fmt.Println(byValue["a"].Score)
	for _, v := range byPtr {
		v.Score = 999
	}
	fmt.Println(byPtr["a"].Score, byPtr["b"].Score)

	// map of arrays also needs the copy dance
	grid := map[string][3]int{}
	row := grid["r"]
	row[1] = 7
	grid["r"] = row
	fmt.Println(grid)

	// missing pointer key -> nil pointer
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var e error = r.(error)
		fmt.Println(e.Error())
	}()
	byPtr["zzz"].Score++
}
