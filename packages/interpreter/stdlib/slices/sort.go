package slices

import (
	"cmp"
	"sort"
)

// sorter adapts a slice and a less function to sort.Interface: Go 1.21's
// pdqsortOrdered and pdqsortCmpFunc are generated from the same template as
// Go 1.19's sort package, so sort's algorithm compares and swaps in the same
// order.
type sorter[E any] struct {
	s    []E
	less func(a, b E) bool
}

func (x sorter[E]) Len() int           { return len(x.s) }
func (x sorter[E]) Less(i, j int) bool { return x.less(x.s[i], x.s[j]) }
func (x sorter[E]) Swap(i, j int)      { x.s[i], x.s[j] = x.s[j], x.s[i] }

// Sort sorts a slice of any ordered type in ascending order. When sorting
// floating-point numbers, NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	sort.Sort(sorter[E]{x, cmp.Less[E]})
}

// SortFunc sorts the slice x in ascending order as determined by the cmp
// function. This sort is not guaranteed to be stable. cmp(a, b) should return
// a negative number when a < b, a positive number when a > b and zero when
// a == b.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	sort.Sort(sorter[E]{x, func(a, b E) bool { return cmp(a, b) < 0 }})
}

// SortStableFunc sorts the slice x while keeping the original order of equal
// elements, using cmp to compare elements.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	sort.Stable(sorter[E]{x, func(a, b E) bool { return cmp(a, b) < 0 }})
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as the
// comparison function.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// Min returns the minimal value in x. It panics if x is empty. For
// floating-point numbers, Min propagates NaNs (any NaN value in x forces the
// output to be NaN).
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min2(m, x[i])
	}
	return m
}

// MinFunc returns the minimal value in x, using cmp to compare elements. It
// panics if x is empty. If there is more than one minimal element according
// to the cmp function, MinFunc returns the first one.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// Max returns the maximal value in x. It panics if x is empty. For
// floating-point E, Max propagates NaNs (any NaN value in x forces the output
// to be NaN).
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max2(m, x[i])
	}
	return m
}

// MaxFunc returns the maximal value in x, using cmp to compare elements. It
// panics if x is empty. If there is more than one maximal element according
// to the cmp function, MaxFunc returns the first one.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// min2 is Go 1.21's builtin min of two values: NaN wins, and -0 is less
// than +0.
func min2[E cmp.Ordered](a, b E) E {
	switch {
	case a != a:
		return a
	case b != b, b < a:
		return b
	case a == b && isNegZero(b):
		return b
	}
	return a
}

// max2 is Go 1.21's builtin max of two values: NaN wins, and +0 is greater
// than -0.
func max2[E cmp.Ordered](a, b E) E {
	switch {
	case a != a:
		return a
	case b != b, b > a:
		return b
	case a == b && isNegZero(a):
		return b
	}
	return a
}

// isNegZero reports whether x is a float32 or float64 negative zero. (Named
// float types are not recognized: without reflection a type parameter's
// underlying type cannot be switched on.)
func isNegZero[E cmp.Ordered](x E) bool {
	switch f := any(x).(type) {
	case float64:
		return f == 0 && 1/f < 0
	case float32:
		return f == 0 && 1/f < 0
	}
	return false
}

// BinarySearch searches for target in a sorted slice and returns the position
// where target is found, or the position where target would appear in the
// sort order; it also returns a bool saying whether the target is really
// found in the slice. The slice must be sorted in increasing order.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	// Invariant: x[i-1] < target, x[j] >= target.
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (x[i] != x[i] && target != target))
}

// BinarySearchFunc works like BinarySearch, but uses a custom comparison
// function. cmp should return 0 if the slice element matches the target, a
// negative number if the slice element precedes the target, or a positive
// number if the slice element follows the target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	// Invariant: cmp(x[i - 1], target) < 0, cmp(x[j], target) >= 0.
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}
