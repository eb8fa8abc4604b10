package main

// types.json: how Go 1.19 (linux/amd64) lays out types and map types, read from the runtime's
// own type descriptors (runtime/type.go: _type and maptype):
//
//	{"type":<Go type>,"size":n,"align":n,"ptrdata":n,"comparable":b,"regularMemory":b,"pointerWords":[i…]}
//	{"type":<map type>,"keysize":n,"elemsize":n,"bucketsize":n,"bucketPtrdata":n,
//	 "indirectkey":b,"indirectelem":b,"reflexivekey":b,"needkeyupdate":b,"hashMightPanic":b}
//
// comparable: _type.equal is not nil; regularMemory: tflag has tflagRegularMemory;
// pointerWords: the words whose bit is set in the gcdata bitmap (bit i = word i, for the
// ptrdata/8 words of the pointer prefix). A type whose gcdata is a GC program (kindGCProg)
// would get "gcprog":true instead of pointerWords; none of the types below has one.
//
// Every reading is checked against reflect (the descriptor is reflect's *rtype; size, align,
// kind, comparability) and against a model of the compiler's rules written from
// cmd/compile/internal (types.AlgType, types.PtrDataSize, typebits.Set, types.IsReflexive,
// reflectdata.MapBucketType, needkeyupdate, hashMightPanic), so a reading that does not
// line up panics instead of being recorded.

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unsafe"
)

// Constants from runtime/typekind.go, runtime/type.go and runtime/map.go (linux/amd64).
const (
	kindMask           = 1<<5 - 1
	kindGCProg         = 1 << 6
	tflagRegularMemory = 1 << 3

	ptrSize     = 8
	maxKeySize  = 128 // runtime/map.go: maxKeySize, cmd/compile: MAXKEYSIZE
	maxElemSize = 128

	maxPtrmaskWords = 2048 * 8 // cmd/compile/internal/reflectdata: maxPtrmaskBytes*8
)

// ptrtype copies runtime/type.go: type ptrtype.
type ptrtype struct {
	typ  rtype
	elem *rtype
}

// typeCase is one type of types.json: its name as written here, reflect's view of it and
// the runtime's descriptor.
type typeCase struct {
	name string
	rt   reflect.Type
	desc *rtype
}

// rtypeOf returns the descriptor behind a reflect.Type (its interface data word is
// reflect's *rtype, which is the runtime's *_type).
func rtypeOf(t reflect.Type) *rtype {
	return (*rtype)((*[2]unsafe.Pointer)(unsafe.Pointer(&t))[1])
}

// ty returns the case of type T, which reflect must print as name. The descriptor is the type
// word of an any holding a T. An any holding an interface value holds its dynamic type (none
// for a zero value), so the descriptor of an interface type is taken from *T's: ptrtype.elem.
func ty[T any](name string) typeCase {
	rt := reflect.TypeOf((*T)(nil)).Elem()
	if rt.String() != name {
		panic(fmt.Sprintf("reflect prints %q as %q", name, rt.String()))
	}
	var p any = (*T)(nil)
	pt := (*ptrtype)((*[2]unsafe.Pointer)(unsafe.Pointer(&p))[0])
	desc := pt.elem
	if rt.Kind() != reflect.Interface {
		var v T
		var e any = v
		desc = (*rtype)((*[2]unsafe.Pointer)(unsafe.Pointer(&e))[0])
		if desc != pt.elem {
			panic(name + ": the descriptor of T is not the elem of *T's")
		}
	}
	if desc == nil || desc != rtypeOf(rt) {
		panic(name + ": the descriptor is not reflect's")
	}
	return typeCase{name, rt, desc}
}

// ptrWordsModel returns the pointer words of a t at byte offset off, as typebits.Set marks
// them: pointers, unsafe pointers, maps, chans and funcs (one word), the data word of strings
// and slices, and only the data word (the second) of interfaces.
func ptrWordsModel(t reflect.Type, off uintptr, out []int) []int {
	switch t.Kind() {
	case reflect.Pointer, reflect.UnsafePointer, reflect.Map, reflect.Chan, reflect.Func, reflect.String, reflect.Slice:
		return append(out, int(off/ptrSize))
	case reflect.Interface:
		return append(out, int(off/ptrSize)+1)
	case reflect.Array:
		for i := 0; i < t.Len(); i++ {
			out = ptrWordsModel(t.Elem(), off+uintptr(i)*t.Elem().Size(), out)
		}
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			out = ptrWordsModel(t.Field(i).Type, off+t.Field(i).Offset, out)
		}
	}
	return out
}

// ptrdataModel copies types.PtrDataSize: the length of the prefix that holds pointers (an
// interface's counts both words, although only the second is marked).
func ptrdataModel(t reflect.Type) uintptr {
	switch t.Kind() {
	case reflect.Pointer, reflect.UnsafePointer, reflect.Map, reflect.Chan, reflect.Func, reflect.String, reflect.Slice:
		return ptrSize
	case reflect.Interface:
		return 2 * ptrSize
	case reflect.Array:
		if t.Len() == 0 || ptrdataModel(t.Elem()) == 0 {
			return 0
		}
		return uintptr(t.Len()-1)*t.Elem().Size() + ptrdataModel(t.Elem())
	case reflect.Struct:
		for i := t.NumField() - 1; i >= 0; i-- {
			if p := ptrdataModel(t.Field(i).Type); p > 0 {
				return t.Field(i).Offset + p
			}
		}
	}
	return 0
}

// Algorithm kinds of types.AlgType, as far as the model needs them.
const (
	algNoEq = iota
	algMem
	algSpecial // floats, complex, strings, interfaces, and composites needing more than memequal
)

// algModel copies types.AlgType: whether == is a plain memory comparison (regular memory),
// something else, or not defined.
func algModel(t reflect.Type) int {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Pointer, reflect.Chan, reflect.UnsafePointer:
		return algMem
	case reflect.Func, reflect.Map, reflect.Slice:
		return algNoEq
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String, reflect.Interface:
		return algSpecial
	case reflect.Array:
		switch a := algModel(t.Elem()); {
		case a == algMem, a == algNoEq:
			return a
		case t.Len() == 0:
			return algMem
		case t.Len() == 1:
			return a // a one-element array is compared as its element
		}
		return algSpecial
	case reflect.Struct:
		if t.NumField() == 1 && t.Field(0).Name != "_" {
			return algModel(t.Field(0).Type)
		}
		ret := algMem
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			a := algModel(f.Type)
			if a == algNoEq {
				return algNoEq
			}
			end := t.Size()
			if i+1 < t.NumField() {
				end = t.Field(i + 1).Offset
			}
			if a != algMem || f.Name == "_" || f.Offset+f.Type.Size() != end {
				ret = algSpecial
			}
		}
		return ret
	}
	panic("algModel: unexpected type " + t.String())
}

// anyKind reports whether t is or contains (through arrays and struct fields) a type of one of
// the kinds.
func anyKind(t reflect.Type, kinds ...reflect.Kind) bool {
	for _, k := range kinds {
		if t.Kind() == k {
			return true
		}
	}
	switch t.Kind() {
	case reflect.Array:
		return anyKind(t.Elem(), kinds...)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if anyKind(t.Field(i).Type, kinds...) {
				return true
			}
		}
	}
	return false
}

var floatKinds = []reflect.Kind{reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128}

// pointerWords reads the gcdata bitmap of d: the words of its pointer prefix whose bit is set.
func pointerWords(d *rtype) []int {
	words := []int{}
	for i := uintptr(0); i < d.ptrdata/ptrSize; i++ {
		if *(*byte)(unsafe.Add(unsafe.Pointer(d.gcdata), i/8))>>(i%8)&1 != 0 {
			words = append(words, int(i))
		}
	}
	return words
}

func intsJSON(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return "[" + strings.Join(s, ",") + "]"
}

// typeLine reads and checks one type's descriptor and returns its JSON line.
func typeLine(c typeCase) string {
	d, rt := c.desc, c.rt
	comparable := d.equal != nil
	regular := d.tflag&tflagRegularMemory != 0
	gcprog := d.kind&kindGCProg != 0

	alg := algModel(rt)
	if d.size != rt.Size() || uintptr(d.align) != uintptr(rt.Align()) || uintptr(d.fieldAlign) != uintptr(rt.FieldAlign()) ||
		reflect.Kind(d.kind&kindMask) != rt.Kind() || comparable != rt.Comparable() || comparable != (alg != algNoEq) ||
		regular != (alg == algMem) || d.ptrdata != ptrdataModel(rt) || gcprog != (d.ptrdata/ptrSize > maxPtrmaskWords) {
		panic(fmt.Sprintf("%s: descriptor disagrees with reflect or the model: size %d align %d fieldAlign %d kind %#x "+
			"tflag %#x ptrdata %d (model %d) comparable %t (alg %d)",
			c.name, d.size, d.align, d.fieldAlign, d.kind, d.tflag, d.ptrdata, ptrdataModel(rt), comparable, alg))
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, `{"type":%s,"size":%d,"align":%d,"ptrdata":%d,"comparable":%t,"regularMemory":%t,`,
		latin1String(c.name), d.size, d.align, d.ptrdata, comparable, regular)
	if gcprog {
		b.WriteString(`"gcprog":true}`)
		return b.String()
	}
	words := pointerWords(d)
	model := ptrWordsModel(rt, 0, []int{})
	if intsJSON(words) != intsJSON(model) {
		panic(fmt.Sprintf("%s: gcdata marks words %v, the model %v", c.name, words, model))
	}
	b.WriteString(`"pointerWords":` + intsJSON(words) + `}`)
	return b.String()
}

// mp returns the case of map type M (written as name).
func mp[M any](name string) typeCase {
	c := ty[M](name)
	if c.rt.Kind() != reflect.Map {
		panic(name + " is not a map type")
	}
	return c
}

// mapLine reads and checks one map type's descriptor and returns its JSON line.
func mapLine(c typeCase) string {
	mt := (*maptype)(unsafe.Pointer(c.desc))
	kt, et := c.rt.Key(), c.rt.Elem()
	indirectKey, indirectElem := mt.flags&1 != 0, mt.flags&2 != 0
	reflexive, needUpdate, mightPanic := mt.flags&4 != 0, mt.flags&8 != 0, mt.flags&16 != 0

	// The model: reflectdata.MapBucketType and the TMAP case of reflectdata.writeType.
	slot := func(t reflect.Type, max uintptr) (size uintptr, indirect, pointers bool) {
		if t.Size() > max {
			return ptrSize, true, true
		}
		return t.Size(), false, ptrdataModel(t) > 0
	}
	ks, ki, kp := slot(kt, maxKeySize)
	es, ei, ep := slot(et, maxElemSize)
	bucketsize := bucketCnt + bucketCnt*ks + bucketCnt*es + ptrSize // tophash, keys, elems, overflow
	var bucketPtrdata uintptr
	if kp || ep {
		bucketPtrdata = bucketsize // the overflow pointer is the last word
	}
	if mt.key != rtypeOf(kt) || mt.elem != rtypeOf(et) || mt.typ.equal != nil || mt.hasher == nil ||
		uintptr(mt.keysize) != ks || uintptr(mt.elemsize) != es || indirectKey != ki || indirectElem != ei ||
		uintptr(mt.bucketsize) != bucketsize || mt.bucket.size != bucketsize || mt.bucket.ptrdata != bucketPtrdata ||
		mt.bucket.kind&kindGCProg != 0 || uintptr(mt.bucket.align) != ptrSize ||
		reflexive != !anyKind(kt, append(floatKinds, reflect.Interface)...) ||
		needUpdate != anyKind(kt, append(floatKinds, reflect.Interface, reflect.String)...) ||
		mightPanic != anyKind(kt, reflect.Interface) {
		panic(fmt.Sprintf("%s: maptype disagrees with reflect or the model: keysize %d elemsize %d bucketsize %d "+
			"(model %d) bucket ptrdata %d flags %#x", c.name, mt.keysize, mt.elemsize, mt.bucketsize, bucketsize,
			mt.bucket.ptrdata, mt.flags))
	}
	return fmt.Sprintf(`{"type":%s,"keysize":%d,"elemsize":%d,"bucketsize":%d,"bucketPtrdata":%d,`+
		`"indirectkey":%t,"indirectelem":%t,"reflexivekey":%t,"needkeyupdate":%t,"hashMightPanic":%t}`,
		latin1String(c.name), mt.keysize, mt.elemsize, mt.bucketsize, mt.bucket.ptrdata,
		indirectKey, indirectElem, reflexive, needUpdate, mightPanic)
}

// Struct types of types.json (aliases keep them unnamed, so reflect prints their literals).
type (
	sAB = struct {
		A int32
		B string
	}
	sFI = struct {
		F float64
		I any
	}
	sXY = struct {
		X int8
		Y int64
	}
	sAB8 = struct {
		A int8
		B int64
	}
)

func typeCases() []typeCase {
	return []typeCase{
		ty[bool]("bool"),
		ty[int]("int"),
		ty[int8]("int8"),
		ty[int16]("int16"),
		ty[int32]("int32"),
		ty[int64]("int64"),
		ty[uint]("uint"),
		ty[uint8]("uint8"),
		ty[uint16]("uint16"),
		ty[uint32]("uint32"),
		ty[uint64]("uint64"),
		ty[uintptr]("uintptr"),
		ty[float32]("float32"),
		ty[float64]("float64"),
		ty[complex64]("complex64"),
		ty[complex128]("complex128"),
		ty[string]("string"),
		ty[*int]("*int"),
		ty[unsafe.Pointer]("unsafe.Pointer"),
		ty[[]int]("[]int"),
		ty[map[string]int]("map[string]int"),
		ty[chan int]("chan int"),
		ty[func()]("func()"),
		ty[any]("interface {}"),
		ty[interface{ String() string }]("interface { String() string }"),
		ty[[0]int]("[0]int"),
		ty[[1]string]("[1]string"),
		ty[[3]int16]("[3]int16"),
		ty[[4]string]("[4]string"),
		ty[[2]float64]("[2]float64"),
		ty[[256]string]("[256]string"),
		ty[struct{}]("struct {}"),
		ty[sAB]("struct { A int32; B string }"),
		ty[struct {
			A, B int32
			S    string
		}]("struct { A int32; B int32; S string }"),
		ty[sXY]("struct { X int8; Y int64 }"),
		ty[struct {
			A int64
			_ int32
			B int32
		}]("struct { A int64; _ int32; B int32 }"),
		ty[struct {
			A int8
			B struct{}
		}]("struct { A int8; B struct {} }"),
		ty[struct {
			P *int
			N int
			S []byte
		}]("struct { P *int; N int; S []uint8 }"),
		ty[sFI]("struct { F float64; I interface {} }"),
		ty[[2]sAB8]("[2]struct { A int8; B int64 }"),
		ty[struct {
			B bool
			U uint16
		}]("struct { B bool; U uint16 }"),
	}
}

func mapCases() []typeCase {
	return []typeCase{
		mp[map[int]int]("map[int]int"),
		mp[map[int32]int]("map[int32]int"),
		mp[map[int8]bool]("map[int8]bool"),
		mp[map[string]int]("map[string]int"),
		mp[map[string]string]("map[string]string"),
		mp[map[float64]int]("map[float64]int"),
		mp[map[complex128]int]("map[complex128]int"),
		mp[map[any]int]("map[interface {}]int"),
		mp[map[*int]int]("map[*int]int"),
		mp[map[sAB]int]("map[struct { A int32; B string }]int"),
		mp[map[struct{}]int]("map[struct {}]int"),
		mp[map[int]struct{}]("map[int]struct {}"),
		mp[map[[256]string]int]("map[[256]string]int"),
		mp[map[int][256]string]("map[int][256]string"),
		mp[map[[129]uint8]int]("map[[129]uint8]int"),
		mp[map[[128]uint8]int]("map[[128]uint8]int"),
		mp[map[int]*int]("map[int]*int"),
		mp[map[[2]float64]string]("map[[2]float64]string"),
		mp[map[sFI]int]("map[struct { F float64; I interface {} }]int"),
	}
}

func typesGolden() []byte {
	var b bytes.Buffer
	b.WriteString(`{"go":` + latin1String(goVersion) + `,"types":[`)
	for i, c := range typeCases() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n" + typeLine(c))
	}
	b.WriteString("\n],\"maps\":[")
	for i, c := range mapCases() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n" + mapLine(c))
	}
	b.WriteString("\n]}\n")
	return b.Bytes()
}
