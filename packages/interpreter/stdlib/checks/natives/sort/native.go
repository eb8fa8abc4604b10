package sort

// Bodies for the natives of sort, for check.sh only: real Go's answers.

import "reflect"

// Like the TypeScript native, reflectLen fails as Go's sort.Slice does, in
// reflectlite.Swapper, on anything but a slice.
func reflectLen(x any) int {
	reflect.Swapper(x)
	return reflect.ValueOf(x).Len()
}

func reflectSwap(x any, i, j int) { reflect.Swapper(x)(i, j) }
