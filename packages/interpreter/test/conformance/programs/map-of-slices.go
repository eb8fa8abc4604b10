package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary float64
}

func main() {
	emps := []Employee{
		{"Alice", "Engineering", 120000},
		{"Bob", "Sales", 80000},
		{"Carol", "Engineering", 135000},
		{"Dan", "Marketing", 70000},
		{"Eve", "Sales", 95000},
		{"Frank", "Engineering", 99000},
	}
	byDept := map[string][]Employee{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		total := 0.0
		names := []string{}
		for _, e := range byDept[d] {
			total += e.Salary
			names = append(names, e.Name)
		}
		fmt.Printf("%-12s n=%d avg=%10.2f [%s]\n", d, len(byDept[d]), total/float64(len(byDept[d])), strings.Join(names, ", "))
	}
	// appending to a nil slice from a missing key
	fmt.Println(len(byDept["HR"]), byDept["HR"] == nil)
	byDept["HR"] = append(byDept["HR"], Employee{Name: "Gina", Dept: "HR"})
	fmt.Printf("%+v\n", byDept["HR"])
	fmt.Printf("%v\n", byDept["HR"][0])
	// slices share backing arrays
	s := byDept["Engineering"]
	s[0].Salary = 1
	fmt.Println(byDept["Engineering"][0].Salary)
}
