// Checks stdlib/slices, maps and cmp (Go 1.21 APIs, absent from Go 1.19) by
// hand-written expectations, and slices' sort order against Go's sort.
package main

import (
	"math"
	"math/rand"
	"sort"
	"strings"

	. "mapscope.test/std/checks/harness"
	mycmp "mapscope.test/std/cmp"
	"mapscope.test/std/maps"
	"mapscope.test/std/slices"
)

type item struct{ key, id int }

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	Eq("cmp.Compare", []int{mycmp.Compare(1, 2), mycmp.Compare(2, 1), mycmp.Compare(2, 2), mycmp.Compare(nan, 1), mycmp.Compare(1, nan), mycmp.Compare(nan, nan), mycmp.Compare(negz, 0), mycmp.Compare("a", "b")},
		[]int{-1, 1, 0, -1, 1, 0, 0, -1})
	Eq("cmp.Less", []bool{mycmp.Less(1, 2), mycmp.Less(nan, 1), mycmp.Less(1, nan), mycmp.Less(nan, nan), mycmp.Less(negz, 0)}, []bool{true, true, false, false, false})

	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	Eq("Index", []int{slices.Index(s, 1), slices.Index(s, 7), slices.IndexFunc(s, func(x int) bool { return x > 4 })}, []int{1, -1, 4})
	Eq("Contains", []bool{slices.Contains(s, 9), slices.Contains(s, 0), slices.ContainsFunc(s, func(x int) bool { return x < 0 })}, []bool{true, false, false})
	Eq("Equal", []bool{slices.Equal(s, slices.Clone(s)), slices.Equal([]float64{nan}, []float64{nan}), slices.Equal([]int{}, nil), slices.Equal(s, s[1:])}, []bool{true, false, true, false})
	Eq("EqualFunc", slices.EqualFunc(s, []string{"3", "1", "4", "1", "5", "9", "2", "6"}, func(a int, b string) bool { return string(rune('0'+a)) == b }), true)
	Eq("Compare", []int{slices.Compare([]int{1, 2}, []int{1, 2}), slices.Compare([]int{1}, []int{1, 2}), slices.Compare([]int{1, 3}, []int{1, 2}), slices.Compare([]float64{nan}, []float64{0})}, []int{0, -1, 1, -1})
	Eq("CompareFunc", slices.CompareFunc([]int{1, 2}, []int{1, 5}, func(a, b int) int { return a - b }), -3)
	Eq("Clone nil", slices.Clone([]int(nil)) == nil, true)
	Eq("Insert", slices.Insert([]int{1, 2, 3}, 1, 8, 9), []int{1, 8, 9, 2, 3})
	Eq("Insert end", slices.Insert([]int{1, 2}, 2, 7), []int{1, 2, 7})
	Eq("Insert none", slices.Insert([]int{1, 2}, 5), []int{1, 2})
	big := make([]int, 5, 10)
	copy(big, []int{0, 1, 2, 3, 4})
	Eq("Insert aliasing", slices.Insert(big, 1, big[2:4]...), []int{0, 2, 3, 1, 2, 3, 4})
	Eq("Insert panic", Panic(func() { slices.Insert([]int{1, 2}, 3, 9) }), "panic: runtime error: slice bounds out of range [:3] with capacity 2") // Go 1.21: s[:i] first
	Eq("Delete", slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3), []int{0, 3, 4})
	Eq("Delete panic", Panic(func() { slices.Delete([]int{0, 1}, 2, 1) }), "panic: runtime error: slice bounds out of range [2:1]")
	Eq("DeleteFunc", slices.DeleteFunc([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 }), []int{1, 3, 5})
	Eq("Replace shrink", slices.Replace([]int{0, 1, 2, 3, 4}, 1, 4, 9), []int{0, 9, 4})
	Eq("Replace grow", slices.Replace([]int{0, 1, 2, 3, 4}, 1, 2, 7, 8, 9), []int{0, 7, 8, 9, 2, 3, 4})
	big = make([]int, 5, 10)
	copy(big, []int{0, 1, 2, 3, 4})
	Eq("Replace aliasing", slices.Replace(big, 1, 2, big[2:5]...), []int{0, 2, 3, 4, 2, 3, 4})
	Eq("Replace tail", slices.Replace([]int{0, 1, 2}, 1, 3, 5), []int{0, 5})
	Eq("Replace empty range", slices.Replace([]int{0, 1}, 1, 1, 5), []int{0, 5, 1})
	Eq("Compact", slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}), []int{1, 2, 3, 1})
	Eq("CompactFunc", slices.CompactFunc([]string{"a", "A", "b", "B", "c"}, strings.EqualFold), []string{"a", "b", "c"})
	r := []int{1, 2, 3, 4}
	slices.Reverse(r)
	Eq("Reverse", r, []int{4, 3, 2, 1})
	Eq("Max/Min", []int{slices.Max(s), slices.Min(s)}, []int{9, 1})
	Eq("Max NaN", math.IsNaN(slices.Max([]float64{1, nan, 3})) && math.IsNaN(slices.Min([]float64{nan, 1})), true)
	Eq("Min -0", math.Signbit(slices.Min([]float64{0, negz})) && !math.Signbit(slices.Max([]float64{negz, 0})), true)
	Eq("Max strings", slices.Max([]string{"b", "c", "a"}), "c")
	Eq("Max empty", Panic(func() { slices.Max([]int{}) }), "panic: slices.Max: empty list")
	Eq("Min empty", Panic(func() { slices.Min([]int{}) }), "panic: slices.Min: empty list")
	Eq("MaxFunc empty", Panic(func() { slices.MaxFunc([]int{}, mycmp.Compare[int]) }), "panic: slices.MaxFunc: empty list")
	Eq("MinFunc empty", Panic(func() { slices.MinFunc([]int(nil), mycmp.Compare[int]) }), "panic: slices.MinFunc: empty list")
	byKey := func(a, b item) int { return a.key - b.key }
	its := []item{{2, 0}, {1, 1}, {2, 2}, {1, 3}}
	Eq("MinFunc first", slices.MinFunc(its, byKey), item{1, 1})
	Eq("MaxFunc first", slices.MaxFunc(its, byKey), item{2, 0})
	i, ok := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	Eq("BinarySearch", []any{i, ok}, []any{2, true})
	i, ok = slices.BinarySearch([]int{1, 3, 5, 7}, 4)
	Eq("BinarySearch miss", []any{i, ok}, []any{2, false})
	i, ok = slices.BinarySearch([]float64{nan, 1, 2}, nan)
	Eq("BinarySearch NaN", []any{i, ok}, []any{0, true})
	i, ok = slices.BinarySearchFunc(its[:2], 1, func(e item, t int) int { return t - e.key })
	Eq("BinarySearchFunc", []any{i, ok}, []any{1, true})
	g := slices.Grow([]int{1}, 10)
	Eq("Grow", []bool{len(g) == 1, cap(g) >= 11}, []bool{true, true})
	Eq("Grow panic", Panic(func() { slices.Grow([]int{}, -1) }), "panic: cannot be negative")
	c := slices.Clip(make([]int, 2, 9))
	Eq("Clip", cap(c), 2)
	f := []float64{3, nan, 1, negz, 0, 2, nan}
	slices.Sort(f)
	Eq("Sort floats", math.IsNaN(f[0]) && math.IsNaN(f[1]) && f[4] == 1 && f[6] == 3, true)
	Eq("IsSorted", []bool{slices.IsSorted(f), slices.IsSorted([]int{2, 1}), slices.IsSortedFunc(its, byKey)}, []bool{true, false, false})

	// Sort order of equal elements must be Go's: compare with Go's sort.Slice
	// and sort.SliceStable, which run the same algorithm as Go 1.21's slices.
	rng := rand.New(rand.NewSource(11))
	for _, n := range []int{0, 5, 13, 60, 200, 1000, 4000} {
		for k := 1; k < 10; k += 4 {
			in := make([]item, n)
			for i := range in {
				in[i] = item{rng.Intn(k * 3), i}
			}
			a, b := slices.Clone(in), slices.Clone(in)
			slices.SortFunc(a, byKey)
			sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
			Eq("SortFunc vs sort.Slice", a, b)
			a, b = slices.Clone(in), slices.Clone(in)
			slices.SortStableFunc(a, byKey)
			sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
			Eq("SortStableFunc vs sort.SliceStable", a, b)
			ka, kb := make([]int, n), make([]int, n)
			for i := range in {
				ka[i], kb[i] = in[i].key, in[i].key
			}
			slices.Sort(ka)
			sort.Ints(kb)
			Eq("Sort vs sort.Ints", ka, kb)
		}
	}

	m := map[string]int{"a": 1, "b": 2}
	Eq("maps.Equal", []bool{maps.Equal(m, map[string]int{"b": 2, "a": 1}), maps.Equal(m, map[string]int{"a": 1}), maps.Equal(map[int]int{}, map[int]int(nil)), maps.Equal(map[int]float64{1: nan}, map[int]float64{1: nan})}, []bool{true, false, true, false})
	Eq("maps.EqualFunc", maps.EqualFunc(m, map[string]string{"a": "1", "b": "2"}, func(v int, w string) bool { return string(rune('0'+v)) == w }), true)
	cl := maps.Clone(m)
	cl["c"] = 3
	Eq("maps.Clone", []int{len(m), len(cl)}, []int{2, 3})
	Eq("maps.Clone nil", maps.Clone(map[int]int(nil)) == nil, true)
	maps.Copy(cl, map[string]int{"a": 10, "z": 26})
	Eq("maps.Copy", cl, map[string]int{"a": 10, "b": 2, "c": 3, "z": 26})
	maps.DeleteFunc(cl, func(k string, v int) bool { return v%2 == 0 })
	Eq("maps.DeleteFunc", cl, map[string]int{"c": 3})
	nm := map[float64]int{nan: 1}
	nm[nan] = 2
	Eq("maps.Clone NaN keys", len(maps.Clone(nm)), 2)
	Done("slices/maps/cmp")
}
