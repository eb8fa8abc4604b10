package sort

import "math/bits"

// lessSwap adapts a less function and a swapper to Interface; the sort
// algorithms then make the same calls as Go's func-based copies do.
type lessSwap struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (d lessSwap) Len() int           { return d.n }
func (d lessSwap) Less(i, j int) bool { return d.less(i, j) }
func (d lessSwap) Swap(i, j int)      { d.swap(i, j) }

// Slice sorts the slice x given the provided less function. It panics if x is
// not a slice. The sort is not guaranteed to be stable: equal elements may be
// reversed from their original order.
func Slice(x any, less func(i, j int) bool) {
	length := reflectLen(x)
	swap := func(i, j int) { reflectSwap(x, i, j) }
	limit := bits.Len(uint(length))
	pdqsort(lessSwap{length, less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	length := reflectLen(x)
	swap := func(i, j int) { reflectSwap(x, i, j) }
	stable(lessSwap{length, less, swap}, length)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := reflectLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
