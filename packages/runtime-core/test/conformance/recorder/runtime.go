package main

// Mirrors of the Go 1.19 runtime's private map structures (linux/amd64) and the runtime
// functions and variables reached through //go:linkname. Every mirror names the runtime
// source it copies; checkLayouts (called first thing in main) verifies what can be verified.
// The bodyless function declarations below compile because the package has an (empty)
// assembly file, stub.s.

import (
	"fmt"
	"reflect"
	"unsafe"
)

// Constants from runtime/map.go.
const (
	bucketCnt      = 8
	emptyRest      = 0
	emptyOne       = 1
	evacuatedX     = 2
	evacuatedY     = 3
	evacuatedEmpty = 4
	minTopHash     = 5

	flagIterator     = 1
	flagOldIterator  = 2
	flagHashWriting  = 4
	flagSameSizeGrow = 8

	noCheck = ^uintptr(0) // runtime/map.go: noCheck = 1<<(8*goarch.PtrSize) - 1
)

// hmap copies runtime/map.go: type hmap.
type hmap struct {
	count     int
	flags     uint8
	B         uint8
	noverflow uint16
	hash0     uint32

	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr

	extra *mapextra
}

// mapextra copies runtime/map.go: type mapextra (*[]*bmap and *bmap written as unsafe pointers).
type mapextra struct {
	overflow     *[]unsafe.Pointer
	oldoverflow  *[]unsafe.Pointer
	nextOverflow unsafe.Pointer
}

// bmap is the compiler-generated bucket type for map[K]V when K and V are stored inline
// (both at most 128 bytes): cmd/compile/internal/reflectdata/reflect.go: MapBucketType lays
// out topbits [8]uint8, keys [8]K, elems [8]V, overflow pointer; runtime/map.go: type bmap
// declares only the tophash prefix.
type bmap[K comparable, V any] struct {
	tophash  [bucketCnt]uint8
	keys     [bucketCnt]K
	elems    [bucketCnt]V
	overflow unsafe.Pointer
}

// hiter copies runtime/map.go: type hiter (12 words; the runtime throws if it is not).
type hiter struct {
	key         unsafe.Pointer
	elem        unsafe.Pointer
	t           unsafe.Pointer // *maptype
	h           *hmap
	buckets     unsafe.Pointer
	bptr        unsafe.Pointer // *bmap
	overflow    unsafe.Pointer // *[]*bmap
	oldoverflow unsafe.Pointer // *[]*bmap
	startBucket uintptr
	offset      uint8
	wrapped     bool
	B           uint8
	i           uint8
	bucket      uintptr
	checkBucket uintptr
}

// rtype copies runtime/type.go: type _type (48 bytes in Go 1.19).
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      func(unsafe.Pointer, unsafe.Pointer) bool
	gcdata     *byte
	str        int32
	ptrToThis  int32
}

// maptype copies runtime/type.go: type maptype.
type maptype struct {
	typ        rtype
	key        *rtype
	elem       *rtype
	bucket     *rtype
	hasher     func(unsafe.Pointer, uintptr) uintptr
	keysize    uint8
	elemsize   uint8
	bucketsize uint16
	flags      uint32 // 1: indirect key, 2: indirect elem, 4: reflexive key, 8: need key update, 16: hash might panic
}

// runtime/alg.go: var hashkey [4]uintptr, the seed of the fallback (non-AES) hash functions.
//
//go:linkname hashkey runtime.hashkey
var hashkey [4]uintptr

// runtime/hash64.go: var useAeshash bool, true when runtime.alginit chose the AES hashes.
//
//go:linkname useAeshash runtime.useAeshash
var useAeshash bool

// runtime/map.go.
//
//go:linkname mapiterinit runtime.mapiterinit
func mapiterinit(t unsafe.Pointer, h *hmap, it *hiter)

//go:linkname mapiternext runtime.mapiternext
func mapiternext(it *hiter)

// runtime/alg.go and runtime/hash64.go (with AES off, the asm stubs of memhash, memhash32,
// memhash64 and strhash jump to memhashFallback, memhash32Fallback, memhash64Fallback and
// strhashFallback).
//
//go:linkname memhash runtime.memhash
func memhash(p unsafe.Pointer, h, s uintptr) uintptr

//go:linkname strhash runtime.strhash
func strhash(p unsafe.Pointer, h uintptr) uintptr

//go:linkname memhash32 runtime.memhash32
func memhash32(p unsafe.Pointer, h uintptr) uintptr

//go:linkname memhash64 runtime.memhash64
func memhash64(p unsafe.Pointer, h uintptr) uintptr

//go:linkname f32hash runtime.f32hash
func f32hash(p unsafe.Pointer, h uintptr) uintptr

//go:linkname f64hash runtime.f64hash
func f64hash(p unsafe.Pointer, h uintptr) uintptr

//go:linkname c64hash runtime.c64hash
func c64hash(p unsafe.Pointer, h uintptr) uintptr

//go:linkname c128hash runtime.c128hash
func c128hash(p unsafe.Pointer, h uintptr) uintptr

//go:linkname nilinterhash runtime.nilinterhash
func nilinterhash(p unsafe.Pointer, h uintptr) uintptr

// hmapOf returns the runtime header of a map value (a map is a *hmap).
func hmapOf[K comparable, V any](m map[K]V) *hmap {
	return *(**hmap)(unsafe.Pointer(&m))
}

// maptypeOf returns the runtime type descriptor of map[K]V: the type word of the eface.
func maptypeOf[K comparable, V any](m map[K]V) *maptype {
	var e any = m
	return (*maptype)((*[2]unsafe.Pointer)(unsafe.Pointer(&e))[0])
}

// checkLayouts verifies the mirrors against the sizes the runtime itself uses.
func checkLayouts() {
	if unsafe.Sizeof(hiter{}) != 12*8 {
		panic(fmt.Sprintf("hiter mirror is %d bytes, want 96", unsafe.Sizeof(hiter{})))
	}
	if unsafe.Sizeof(hmap{}) != 48 || unsafe.Sizeof(rtype{}) != 48 {
		panic("hmap or _type mirror has the wrong size")
	}
	// The size fields of map[int]string's descriptors, as reflect knows them.
	var m map[int]string
	mt := maptypeOf(m)
	rt := reflect.TypeOf(m)
	if mt.typ.size != rt.Size() || mt.key.size != rt.Key().Size() || mt.elem.size != rt.Elem().Size() ||
		mt.keysize != 8 || mt.elemsize != 16 {
		panic("maptype mirror does not line up")
	}
}

// checkMapType verifies that map[K]V is stored the way bmap[K, V] describes.
func checkMapType[K comparable, V any](mt *maptype) {
	var k K
	var v V
	if mt.flags&3 != 0 {
		panic("indirect keys or elems are not supported by the bmap mirror")
	}
	if uintptr(mt.keysize) != unsafe.Sizeof(k) || uintptr(mt.elemsize) != unsafe.Sizeof(v) ||
		uintptr(mt.bucketsize) != unsafe.Sizeof(bmap[K, V]{}) || mt.bucket.size != uintptr(mt.bucketsize) ||
		mt.key.size != unsafe.Sizeof(k) {
		panic(fmt.Sprintf("bucket mirror mismatch: keysize %d elemsize %d bucketsize %d, mirror %d",
			mt.keysize, mt.elemsize, mt.bucketsize, unsafe.Sizeof(bmap[K, V]{})))
	}
}
