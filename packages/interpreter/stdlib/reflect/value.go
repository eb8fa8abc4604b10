package reflect

import (
	"strconv"
	"unsafe"
)

// Value is a handle on a Go value; the zero Value holds none. Values compare equal when
// they hold the same handle.
type Value struct {
	h *handle
}

// handle stands for the natives' handle on a value (a pointer, so that it compares by
// identity); Go code never reads through it.
type handle struct{}

// A ValueError is the panic of a Value method called on a value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf is a Value holding i's dynamic value; the zero Value for a nil interface.
func ValueOf(i any) Value { return Value{valueOf(i)} }

// Zero is the zero value of type t (neither addressable nor settable).
func Zero(t Type) Value {
	if t == nil {
		panic("reflect: Zero(nil)")
	}
	return Value{zeroOf(t.common().desc)}
}

// New is a Value holding a pointer to a new zero value of type t.
func New(t Type) Value {
	if t == nil {
		panic("reflect: New(nil)")
	}
	return Value{newOf(t.common().desc)}
}

// Indirect is what v points to, or v itself when it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

func (v Value) IsValid() bool { return v.h != nil }

func (v Value) Kind() Kind {
	if v.h == nil {
		return Invalid
	}
	return Kind(kindOf(valueType(v.h)))
}

func (v Value) Type() Type {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(typeFor(valueType(v.h)))
}

func (v Value) mustBe(method string, kinds ...Kind) Kind {
	k := v.Kind()
	for _, want := range kinds {
		if k == want {
			return k
		}
	}
	panic(&ValueError{"reflect.Value." + method, k})
}

// mustBeAssignable panics unless v can be set: addressable and not reached through an
// unexported field.
func (v Value) mustBeAssignable(method string) {
	if v.h == nil {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if valueRO(v.h) {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if !valueAddressable(v.h) {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

func (v Value) CanAddr() bool      { return v.h != nil && valueAddressable(v.h) }
func (v Value) CanSet() bool       { return v.h != nil && valueAddressable(v.h) && !valueRO(v.h) }
func (v Value) CanInterface() bool {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return !valueRO(v.h)
}

// Interface is v's value as an interface value.
func (v Value) Interface() any {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if valueRO(v.h) {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return valueInterface(v.h)
}

func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return valueBool(v.h)
}

func (v Value) Int() int64 {
	v.mustBe("Int", Int, Int8, Int16, Int32, Int64)
	return valueInt(v.h)
}

func (v Value) Uint() uint64 {
	v.mustBe("Uint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	return valueUint(v.h)
}

func (v Value) Float() float64 {
	v.mustBe("Float", Float32, Float64)
	return valueFloat(v.h)
}

func (v Value) Complex() complex128 {
	v.mustBe("Complex", Complex64, Complex128)
	return valueComplex(v.h)
}

// String is the string v holds; for other kinds, "<T Value>" (it does not panic).
func (v Value) String() string {
	switch k := v.Kind(); k {
	case Invalid:
		return "<invalid Value>"
	case String:
		return valueString(v.h)
	}
	return "<" + v.Type().String() + " Value>"
}

func (v Value) Len() int {
	v.mustBe("Len", Array, Chan, Map, Slice, String)
	return valueLen(v.h)
}

func (v Value) Cap() int {
	v.mustBe("Cap", Array, Chan, Slice)
	return valueCap(v.h)
}

func (v Value) IsNil() bool {
	v.mustBe("IsNil", Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice)
	return valueIsNil(v.h)
}

// IsZero reports whether v is its type's zero value.
func (v Value) IsZero() bool {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	}
	return valueIsZero(v.h)
}

// Elem is the value a pointer points to (addressable) or an interface holds.
func (v Value) Elem() Value {
	v.mustBe("Elem", Interface, Pointer)
	return Value{valueElem(v.h)}
}

func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return typeNumField(valueType(v.h))
}

func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if i < 0 || i >= typeNumField(valueType(v.h)) {
		panic("reflect: Field index out of range")
	}
	return Value{valueField(v.h, i)}
}

func (v Value) FieldByIndex(index []int) Value {
	for depth, i := range index {
		if depth > 0 && v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// FieldByIndexErr is FieldByIndex, with an error instead of a panic for a nil pointer to an
// embedded struct on the way.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	for depth, i := range index {
		if depth > 0 && v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, errorString("reflect: indirection through nil pointer to embedded struct field " + v.Type().Elem().Name())
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v, nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

func (v Value) FieldByName(name string) Value {
	if f, ok := v.Type().FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.Type().FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

func (v Value) Index(i int) Value {
	v.mustBe("Index", Array, Slice, String)
	if i < 0 || i >= valueLen(v.h) {
		panic("reflect: " + [...]string{Array: "array", Slice: "slice", String: "string"}[v.Kind()] + " index out of range")
	}
	return Value{valueIndex(v.h, i)}
}

// Bytes is the []byte v holds (a slice, or an addressable array, of bytes).
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.Type().Elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return valueBytes(v.h)
	case Array:
		if v.Type().Elem().Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return valueArrayBytes(v.h)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

// Pointer is v's address (pointers, maps, channels, funcs, slices, unsafe pointers).
func (v Value) Pointer() uintptr {
	v.mustBe("Pointer", Pointer, Chan, Map, UnsafePointer, Func, Slice)
	return valuePointer(v.h)
}

func (v Value) UnsafePointer() unsafe.Pointer {
	v.mustBe("UnsafePointer", Pointer, UnsafePointer)
	if v.IsNil() {
		return nil
	}
	return valueUnsafePointer(v.h)
}

// Addr is a pointer to v, which must be addressable.
func (v Value) Addr() Value {
	if !v.CanAddr() {
		panic("reflect.Value.Addr of unaddressable value")
	}
	return Value{valueAddr(v.h)}
}

func (v Value) Slice(i, j int) Value {
	k := v.mustBe("Slice", Array, Slice, String)
	if k == Array && !v.CanAddr() {
		panic("reflect.Value.Slice: slice of unaddressable array")
	}
	c := valueLen(v.h)
	if k != String {
		c = valueCap(v.h)
	}
	if i < 0 || j < i || j > c {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	return Value{valueSlice(v.h, i, j, -1)}
}

func (v Value) Slice3(i, j, k int) Value {
	kind := v.mustBe("Slice3", Array, Slice)
	if kind == Array && !v.CanAddr() {
		panic("reflect.Value.Slice3: slice of unaddressable array")
	}
	if i < 0 || j < i || k < j || k > valueCap(v.h) {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	return Value{valueSlice(v.h, i, j, k)}
}

// Set assigns x to v, which must be settable; x must be assignable to v's type.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	if x.h == nil {
		panic(&ValueError{"reflect.Value.Set", Invalid})
	}
	if valueRO(x.h) {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if !typeAssignable(valueType(x.h), valueType(v.h)) {
		panic("reflect.Set: value of type " + typeString(valueType(x.h)) + " is not assignable to type " + typeString(valueType(v.h)))
	}
	valueSet(v.h, x.h)
}

func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe("SetBool", Bool)
	valueSetScalar(v.h, x)
}

func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	v.mustBe("SetInt", Int, Int8, Int16, Int32, Int64)
	valueSetInt(v.h, x)
}

func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	v.mustBe("SetUint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	valueSetUint(v.h, x)
}

func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	v.mustBe("SetFloat", Float32, Float64)
	valueSetFloat(v.h, x)
}

func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	v.mustBe("SetComplex", Complex64, Complex128)
	valueSetComplex(v.h, x)
}

func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe("SetString", String)
	valueSetScalar(v.h, x)
}

func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe("SetBytes", Slice)
	if v.Type().Elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	valueSetScalar(v.h, x)
}

func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe("SetLen", Slice)
	if n < 0 || n > valueCap(v.h) {
		panic("reflect: slice length out of range in SetLen")
	}
	valueSetLen(v.h, n)
}

func (v Value) OverflowInt(x int64) bool {
	v.mustBe("OverflowInt", Int, Int8, Int16, Int32, Int64)
	bits := uint(typeSize(valueType(v.h)) * 8)
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

func (v Value) OverflowUint(x uint64) bool {
	v.mustBe("OverflowUint", Uint, Uintptr, Uint8, Uint16, Uint32, Uint64)
	bits := uint(typeSize(valueType(v.h)) * 8)
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

func (v Value) OverflowFloat(x float64) bool {
	switch v.mustBe("OverflowFloat", Float32, Float64) {
	case Float32:
		if x < 0 {
			x = -x
		}
		return x > 3.40282346638528859811704183484516925440e+38 && x <= 1.797693134862315708145274237317043567981e+308
	}
	return false
}

// MapIndex is the value m[key], or the zero Value when key is not in the map.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	if !typeAssignable(valueType(key.h), typeKeyDesc(valueType(v.h))) {
		panic("reflect.Value.MapIndex: value of type " + typeString(valueType(key.h)) + " is not assignable to type " + typeString(typeKeyDesc(valueType(v.h))))
	}
	return Value{mapIndex(v.h, key.h)}
}

// MapKeys are the map's keys, in the order the map iterates.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	var keys []Value
	it := v.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
	}
	return keys
}

// SetMapIndex sets m[key] = elem; a zero elem deletes key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("SetMapIndex", Map)
	if valueRO(v.h) {
		panic("reflect: reflect.Value.SetMapIndex using value obtained using unexported field")
	}
	if elem.h == nil {
		mapDelete(v.h, key.h)
		return
	}
	mapStore(v.h, key.h, elem.h)
}

// A MapIter iterates over a map (Value.MapRange).
type MapIter struct {
	m  Value
	it any
}

// MapRange is an iterator over the map v.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

// Next advances the iterator; false when the map is done.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if it.it == nil {
		it.it = mapIterStart(it.m.h)
	} else {
		if mapIterDone(it.it) {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapIterNext(it.it)
	}
	return !mapIterDone(it.it)
}

func (it *MapIter) Key() Value {
	if it.it == nil {
		panic("MapIter.Key called before Next")
	}
	if mapIterDone(it.it) {
		panic("MapIter.Key called on exhausted iterator")
	}
	return Value{mapIterKey(it.m.h, it.it)}
}

func (it *MapIter) Value() Value {
	if it.it == nil {
		panic("MapIter.Value called before Next")
	}
	if mapIterDone(it.it) {
		panic("MapIter.Value called on exhausted iterator")
	}
	return Value{mapIterElem(it.m.h, it.it)}
}

// Reset makes the iterator iterate over v from the start.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe("MapIter.Reset", Map)
	}
	it.m = v
	it.it = nil
}

// NumMethod counts v's exported methods.
func (v Value) NumMethod() int {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return typeNumMethod(valueType(v.h))
}

// Method is v's method i bound to v.
func (v Value) Method(i int) Value {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if i < 0 || i >= v.NumMethod() {
		panic("reflect: Method index out of range")
	}
	if v.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	return Value{methodValue(v.h, i)}
}

func (v Value) MethodByName(name string) Value {
	if v.h == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	for i := 0; i < v.NumMethod(); i++ {
		if n, _ := typeMethod(valueType(v.h), i); n == name {
			return v.Method(i)
		}
	}
	return Value{}
}

// Call calls the function v with the arguments in, as Go would (variadic functions take their
// variadic arguments one by one).
func (v Value) Call(in []Value) []Value {
	v.mustBe("Call", Func)
	if v.IsNil() {
		panic("reflect: call of nil function")
	}
	t := v.Type()
	n := t.NumIn()
	if t.IsVariadic() {
		if len(in) < n-1 {
			panic("reflect: Call with too few input arguments")
		}
		extra := in[n-1:]
		vs := MakeSlice(t.In(n-1), len(extra), len(extra))
		for i, x := range extra {
			vs.Index(i).Set(x)
		}
		in = append(append([]Value(nil), in[:n-1]...), vs)
	} else if len(in) != n {
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		panic("reflect: Call with too many input arguments")
	}
	args := make([]*handle, len(in))
	for i, x := range in {
		if !x.IsValid() {
			panic("reflect: Call using zero Value argument")
		}
		if xt := x.Type(); !xt.AssignableTo(t.In(i)) {
			panic("reflect: Call using " + xt.String() + " as type " + t.In(i).String())
		}
		args[i] = x.h
	}
	outs := callFunc(v.h, args)
	out := make([]Value, len(outs))
	for i, h := range outs {
		out[i] = Value{h}
	}
	return out
}

// CallSlice calls the variadic function v with its last argument a slice, as f(x, s...) does.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe("CallSlice", Func)
	if !v.Type().IsVariadic() {
		panic("reflect: CallSlice of non-variadic function")
	}
	args := make([]*handle, len(in))
	for i, x := range in {
		args[i] = x.h
	}
	outs := callFunc(v.h, args)
	out := make([]Value, len(outs))
	for i, h := range outs {
		out[i] = Value{h}
	}
	return out
}

// MakeFunc is a function of type typ that calls fn with its arguments as Values and returns
// what fn returns, converted to typ's results.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	return Value{makeFunc(typ.common().desc, func(args []*handle) []*handle {
		in := make([]Value, len(args))
		for i, h := range args {
			in[i] = Value{h}
		}
		out := fn(in)
		if len(out) != typ.NumOut() {
			panic("reflect: wrong return count from function created by MakeFunc")
		}
		hs := make([]*handle, len(out))
		for i, v := range out {
			if !v.IsValid() {
				panic("reflect: function created by MakeFunc using closure returned zero Value")
			}
			if v.Type() != typ.Out(i) {
				panic("reflect: function created by MakeFunc using closure returned wrong type: have " + v.Type().String() + " for " + typ.Out(i).String())
			}
			hs[i] = v.h
		}
		return hs
	})}
}

// Convert is v converted to type t, as the conversion t(v) would.
func (v Value) Convert(t Type) Value {
	if !v.Type().ConvertibleTo(t) {
		panic("reflect.Value.Convert: value of type " + v.Type().String() + " cannot be converted to type " + t.String())
	}
	return Value{valueConvert(v.h, t.common().desc)}
}

// CanConvert reports whether v can be converted to type t.
func (v Value) CanConvert(t Type) bool {
	if !v.Type().ConvertibleTo(t) {
		return false
	}
	if v.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array && t.Elem().Len() > v.Len() {
		return false
	}
	return true
}

// Comparable reports whether v's value can be compared with == without a panic.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Interface:
		return v.Elem().Comparable()
	}
	return v.Type().Comparable()
}

// Send, Recv, TrySend, TryRecv and Close work on channels.
func (v Value) Send(x Value) {
	v.mustBe("Send", Chan)
	chanSend(v.h, x.h)
}

func (v Value) Recv() (Value, bool) {
	v.mustBe("Recv", Chan)
	h, ok := chanRecv(v.h)
	return Value{h}, ok
}

func (v Value) Close() {
	v.mustBe("Close", Chan)
	chanClose(v.h)
}

// MakeSlice is a new slice of type typ, length len and capacity cap.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	return Value{makeSlice(typ.common().desc, len, cap)}
}

// MakeMap is a new map of type typ.
func MakeMap(typ Type) Value { return MakeMapWithSize(typ, 0) }

// MakeMapWithSize is a new map of type typ with room for about n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	return Value{makeMap(typ.common().desc, n)}
}

// MakeChan is a new channel of type typ with a buffer of size elements.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	return Value{makeChan(typ.common().desc, buffer)}
}

// Append appends the values x to the slice s, as append does.
func Append(s Value, x ...Value) Value {
	s.mustBe("Append", Slice)
	n := s.Len()
	s = growSlice(s, len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends the slice t to the slice s.
func AppendSlice(s, t Value) Value {
	s.mustBe("AppendSlice", Slice)
	t.mustBe("AppendSlice", Slice)
	n := s.Len()
	m := t.Len()
	s = growSlice(s, m)
	Copy(s.Slice(n, n+m), t)
	return s
}

func growSlice(s Value, extra int) Value {
	return Value{valueGrow(s.h, extra)}
}

// Copy copies from src into dst as copy does, and returns how many elements it copied.
func Copy(dst, src Value) int {
	dk := dst.mustBe("Copy", Slice, Array)
	if dk == Array && !dst.CanSet() {
		panic("reflect.Copy: unaddressable array value")
	}
	sk := src.Kind()
	if sk != Slice && sk != Array && sk != String {
		panic(&ValueError{"reflect.Copy", sk})
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	for i := 0; i < n; i++ {
		if sk == String {
			dst.Index(i).SetUint(uint64(src.String()[i]))
		} else {
			dst.Index(i).Set(src.Index(i))
		}
	}
	return n
}

// Swapper is a function that swaps the elements i and j of slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swap(v.h, i, j)
	}
}

// DeepEqual reports whether x and y are deeply equal, by Go's rules: same types, and equal
// elements, fields, map entries and pointed-to values, with cycles counted as equal.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.Type() != v2.Type() {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

type visit struct {
	a1, a2 uintptr
	typ    Type
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.Type() != v2.Type() {
		return false
	}
	switch v1.Kind() {
	case Map, Slice, Pointer, Interface:
		if v1.Kind() != Interface && !v1.IsNil() && !v2.IsNil() {
			k := visit{v1.Pointer(), v2.Pointer(), v1.Type()}
			if visited[k] {
				return true
			}
			visited[k] = true
		}
	}
	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for _, k := range v1.MapKeys() {
			val1 := v1.MapIndex(k)
			val2 := v2.MapIndex(k)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	return valueEqual(v1.h, v2.h)
}

func methodFunc(t *rtype, i int) Value { return Value{methodExpr(t.desc, i)} }

func itoa(i int) string { return strconv.Itoa(i) }

// Natives on values.

func typeFor(desc any) *rtype
func typeKeyDesc(desc any) any
func valueOf(i any) *handle
func zeroOf(desc any) *handle
func newOf(desc any) *handle
func valueType(h *handle) any
func valueRO(h *handle) bool
func valueAddressable(h *handle) bool
func valueInterface(h *handle) any
func valueBool(h *handle) bool
func valueBytes(h *handle) []byte
func valueInt(h *handle) int64
func valueUint(h *handle) uint64
func valueFloat(h *handle) float64
func valueComplex(h *handle) complex128
func valueString(h *handle) string
func valueLen(h *handle) int
func valueCap(h *handle) int
func valueIsNil(h *handle) bool
func valueIsZero(h *handle) bool
func valueElem(h *handle) *handle
func valueField(h *handle, i int) *handle
func valueIndex(h *handle, i int) *handle
func valueArrayBytes(h *handle) []byte
func valuePointer(h *handle) uintptr
func valueUnsafePointer(h *handle) unsafe.Pointer
func valueAddr(h *handle) *handle
func valueSlice(h *handle, i, j, k int) *handle
func valueSet(h, x *handle)
func valueSetScalar(h *handle, x any)
func valueSetInt(h *handle, x int64)
func valueSetUint(h *handle, x uint64)
func valueSetFloat(h *handle, x float64)
func valueSetComplex(h *handle, x complex128)
func valueSetLen(h *handle, n int)
func valueConvert(h *handle, to any) *handle
func valueGrow(h *handle, extra int) *handle
func valueEqual(a, b *handle) bool
func mapIndex(m, key *handle) *handle
func mapDelete(m, key *handle)
func mapStore(m, key, elem *handle)
func mapIterStart(m *handle) any
func mapIterNext(it any)
func mapIterDone(it any) bool
func mapIterKey(m *handle, it any) *handle
func mapIterElem(m *handle, it any) *handle
func methodValue(h *handle, i int) *handle
func methodExpr(desc any, i int) *handle
func callFunc(f *handle, args []*handle) []*handle
func chanSend(c, x *handle)
func chanRecv(c *handle) (*handle, bool)
func chanClose(c *handle)
func makeSlice(desc any, len, cap int) *handle
func makeMap(desc any, n int) *handle
func makeChan(desc any, n int) *handle
func makeFunc(desc any, fn func(args []*handle) []*handle) *handle
func swap(h *handle, i, j int)
