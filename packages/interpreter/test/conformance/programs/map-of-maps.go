package main

import (
	"fmt"
	"sort"
)

type Sales map[string]map[string]float64 // region -> product -> amount

func (s Sales) Add(region, product string, amt float64) {
	inner, ok := s[region]
	if !ok {
		inner = make(map[string]float64)
		s[region] = inner
	}
	inner[product] += amt
}

func sortedKeys(m map[string]float64) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func main() {
	s := Sales{}
	data := []struct {
		r, p string
		a    float64
	}{
		{"north", "widget", 10.5}, {"south", "gadget", 3}, {"north", "gadget", 7.25},
		{"east", "widget", 1}, {"north", "widget", 4.5}, {"south", "gizmo", 12},
	}
	for _, d := range data {
		s.Add(d.r, d.p, d.a)
	}
	regions := make([]string, 0, len(s))
	for r := range s {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		total := 0.0
		for _, p := range sortedKeys(s[r]) {
			fmt.Printf("  %s/%s = %.2f\n", r, p, s[r][p])
			total += s[r][p]
		}
		fmt.Printf("%s total %.2f\n", r, total)
	}
	fmt.Println(s["west"]["widget"], len(s["west"]))
	fmt.Println(s)

	// maps are references: copying the outer map shares inner maps
	shallow := Sales{}
	for k, v := range s {
		shallow[k] = v
	}
	shallow["north"]["widget"] = 0
	fmt.Println(s["north"]["widget"])
	delete(shallow, "north")
	fmt.Println(len(s), len(shallow))

	// map equality only against nil
	var m1, m2 map[string]int
	fmt.Println(m1 == nil, m2 == nil)

	// nested writes into missing inner map panic
	defer func() { fmt.Println("recovered:", recover()) }()
	s["west"]["widget"] = 1
}
