package main

import (
	"fmt"
	"unsafe"
)

type small struct {
	a bool
	b int64
	c uint16
}

type tail struct {
	n int32
	z [0]byte
}

type header struct {
	small
	name  string
	items []int
	any   interface{}
	fn    func()
	c     complex128
}

func main() {
	var s small
	var h header
	var t tail
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c))
	fmt.Println(unsafe.Sizeof(t), unsafe.Sizeof(h), unsafe.Offsetof(h.name), unsafe.Offsetof(h.items), unsafe.Offsetof(h.c))
	fmt.Println(unsafe.Offsetof(h.b), unsafe.Alignof(h.c), unsafe.Sizeof(h.any), unsafe.Sizeof(h.fn))
	const words = unsafe.Sizeof(uintptr(0)) / 4
	var arr [words]int
	fmt.Println(len(arr))

	// Round trips through unsafe.Pointer keep the value and its address.
	x := 42
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	*q = 43
	fmt.Println(x, q == &x, p == unsafe.Pointer(&x), p != nil)
	a := [3]int{1, 2, 3}
	b := *(*[3]int)(unsafe.Pointer(&a))
	b[0] = 9
	fmt.Println(a, b, -(*(*[3]int)(unsafe.Pointer(&a)))[2])
	sl := unsafe.Slice(&a[0], 2)
	sl[1] = 20
	fmt.Println(sl, a)
	var np *int
	fmt.Println(unsafe.Pointer(np) == nil, uintptr(unsafe.Pointer(np)))
}
