package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for _, l := range ms.less {
		if l(p, q) {
			return true
		}
		if l(q, p) {
			return false
		}
	}
	return false
}

func main() {
	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}, {"Frank", 20}, {"Gus", 35},
	}
	p1 := append([]Person(nil), people...)
	sort.Sort(ByAge(p1))
	fmt.Println(p1[0], p1[len(p1)-1].Age)
	p2 := append([]Person(nil), people...)
	sort.Stable(ByAge(p2))
	fmt.Println(p2)
	sort.Sort(sort.Reverse(ByAge(p2)))
	fmt.Println(p2[0].Age, p2[6].Age)
	ms := &multiSorter{people: append([]Person(nil), people...), less: []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.Age > b.Age },
		func(a, b *Person) bool { return a.Name < b.Name },
	}}
	sort.Sort(ms)
	fmt.Println(ms.people)
	fmt.Println(sort.IsSorted(ByAge(p1)), sort.IsSorted(ms))

	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	idx := sort.SearchInts(ints, 8)
	fmt.Println(ints, idx, sort.SearchInts(ints, 4))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	words := strings.Fields("banana Apple cherry apple Banana")
	sort.Strings(words)
	fmt.Println(words)
	sort.SliceStable(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words, sort.StringsAreSorted(words))
}
