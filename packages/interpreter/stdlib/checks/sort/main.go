// Compares stdlib/sort with Go's sort, call for call: the sequence of Less and
// Swap calls and the resulting order of equal elements must be Go's.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"

	. "mapscope.test/std/checks/harness"
	my "mapscope.test/std/sort"
)

type item struct{ key, id int }

// logged is a sort.Interface (and my.Interface) that records every call.
type logged struct {
	s   []item
	log *[]string
}

func (l logged) Len() int { return len(l.s) }
func (l logged) Less(i, j int) bool {
	*l.log = append(*l.log, fmt.Sprint("L", i, j))
	return l.s[i].key < l.s[j].key
}
func (l logged) Swap(i, j int) {
	*l.log = append(*l.log, fmt.Sprint("S", i, j))
	l.s[i], l.s[j] = l.s[j], l.s[i]
}

func inputs() [][]item {
	r := rand.New(rand.NewSource(7))
	var out [][]item
	for _, n := range []int{0, 1, 2, 3, 5, 12, 13, 20, 21, 40, 49, 50, 51, 100, 257, 1000, 3000} {
		for _, kind := range []string{"random", "few", "sorted", "reversed", "saw", "organ", "equal", "almost"} {
			s := make([]item, n)
			for i := range s {
				k := 0
				switch kind {
				case "random":
					k = r.Intn(1 << 20)
				case "few":
					k = r.Intn(4)
				case "sorted":
					k = i
				case "reversed":
					k = n - i
				case "saw":
					k = i % 17
				case "organ":
					if i < n/2 {
						k = i
					} else {
						k = n - i
					}
				case "almost":
					k = i
					if r.Intn(10) == 0 {
						k = r.Intn(n + 1)
					}
				}
				s[i] = item{k, i}
			}
			out = append(out, s)
		}
	}
	return out
}

func clone(s []item) []item { return append([]item(nil), s...) }

func main() {
	for _, in := range inputs() {
		var l1, l2 []string
		a, b := clone(in), clone(in)
		my.Sort(logged{a, &l1})
		sort.Sort(logged{b, &l2})
		Eq("Sort order", a, b)
		Eq("Sort calls", l1, l2)

		l1, l2 = nil, nil
		a, b = clone(in), clone(in)
		my.Stable(logged{a, &l1})
		sort.Stable(logged{b, &l2})
		Eq("Stable order", a, b)
		Eq("Stable calls", l1, l2)

		a, b = clone(in), clone(in)
		my.Sort(my.Reverse(logged{a, &l1}))
		sort.Sort(sort.Reverse(logged{b, &l2}))
		Eq("Reverse", a, b)
		Eq("IsSorted", my.IsSorted(logged{a, &l1}), sort.IsSorted(logged{a, &l2}))

		a, b = clone(in), clone(in)
		my.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
		sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
		Eq("Slice", a, b)
		Eq("SliceIsSorted", my.SliceIsSorted(a, func(i, j int) bool { return a[i].id < a[j].id }),
			sort.SliceIsSorted(b, func(i, j int) bool { return b[i].id < b[j].id }))
		a, b = clone(in), clone(in)
		my.SliceStable(a, func(i, j int) bool { return a[i].key%5 < a[j].key%5 })
		sort.SliceStable(b, func(i, j int) bool { return b[i].key%5 < b[j].key%5 })
		Eq("SliceStable", a, b)

		ia, ib := make([]int, len(in)), make([]int, len(in))
		fa, fb := make([]float64, len(in)), make([]float64, len(in))
		sa, sb := make([]string, len(in)), make([]string, len(in))
		for i, it := range in {
			ia[i], ib[i] = it.key, it.key
			f := float64(it.key) / 3
			if it.key%9 == 4 {
				f = math.NaN()
			}
			fa[i], fb[i] = f, f
			sa[i], sb[i] = fmt.Sprint(it.key), fmt.Sprint(it.key)
		}
		Eq("IntsAreSorted", my.IntsAreSorted(ia), sort.IntsAreSorted(ib))
		my.Ints(ia)
		sort.Ints(ib)
		Eq("Ints", ia, ib)
		my.Float64s(fa)
		sort.Float64s(fb)
		Eq("Float64s", fmt.Sprint(fa), fmt.Sprint(fb))
		Eq("Float64sAreSorted", my.Float64sAreSorted(fa), sort.Float64sAreSorted(fb))
		my.Strings(sa)
		sort.Strings(sb)
		Eq("Strings", sa, sb)
		Eq("StringsAreSorted", my.StringsAreSorted(sa), sort.StringsAreSorted(sb))
		for _, x := range []int{-1, 0, 1, 3, 50, 1 << 19, 1 << 21} {
			Eq("SearchInts", my.SearchInts(ia, x), sort.SearchInts(ib, x))
			Eq("IntSlice.Search", my.IntSlice(ia).Search(x), sort.IntSlice(ib).Search(x))
			Eq("SearchStrings", my.SearchStrings(sa, fmt.Sprint(x)), sort.SearchStrings(sb, fmt.Sprint(x)))
			Eq("SearchFloat64s", my.SearchFloat64s(fa, float64(x)), sort.SearchFloat64s(fb, float64(x)))
			i1, ok1 := my.Find(len(ia), func(i int) int { return x - ia[i] })
			i2, ok2 := sort.Find(len(ib), func(i int) int { return x - ib[i] })
			Eq("Find", []any{i1, ok1}, []any{i2, ok2})
			Eq("Search", my.Search(len(ia), func(i int) bool { return ia[i] > x }), sort.Search(len(ib), func(i int) bool { return ib[i] > x }))
		}
	}
	Eq("Slice non-slice", Panic(func() { my.Slice(3, nil) }), Panic(func() { sort.Slice(3, nil) }))
	var nilSlice []int
	my.Slice(nilSlice, func(i, j int) bool { return false })
	Done("sort")
}
