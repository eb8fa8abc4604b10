// sort: Ints, Strings, Float64s, Slice, SliceStable, Sort with a custom type, Search.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 8, -1, 2, 9, 0}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"banana", "Apple", "cherry", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Fay", 25}}
	stable := append([]Person(nil), people...)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Age < stable[j].Age })
	fmt.Println(stable)
	byName := append([]Person(nil), people...)
	sort.Slice(byName, func(i, j int) bool { return byName[i].Name > byName[j].Name })
	fmt.Println(byName)
	custom := append([]Person(nil), people...)
	sort.Stable(ByAge(custom))
	fmt.Println(custom)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(sorted, 7), sort.SearchInts(sorted, 8), sort.SearchInts(sorted, 100))
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 6 })
	fmt.Println(i, sorted[i])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	multi := []Person{{"b", 2}, {"a", 2}, {"c", 1}}
	sort.Slice(multi, func(i, j int) bool {
		if multi[i].Age != multi[j].Age {
			return multi[i].Age < multi[j].Age
		}
		return multi[i].Name < multi[j].Name
	})
	fmt.Println(multi)
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	fmt.Println(big[0], big[500], big[999], sort.IntsAreSorted(big))
}
