// Package reflectlite is mapscope's own implementation of the reflection that Go's errors,
// sort and context packages import (they use TypeOf, ValueOf, Swapper and a few methods).
// Types and values are the interpreter's: a *rtype holds a runtime type descriptor, a Value a
// handle on an interpreter value; the functions without bodies are natives
// (src/stdlib/reflectlite-natives.ts).
package reflectlite

// Kind is the sort of a type, numbered as package reflect numbers its kinds.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// Type is a Go type, as far as Go's packages that import reflectlite ask about one.
type Type interface {
	Kind() Kind
	String() string
	Elem() Type
	Comparable() bool
	Implements(u Type) bool
	AssignableTo(u Type) bool
}

// rtype holds the interpreter's descriptor of one type; there is one *rtype per type.
type rtype struct {
	desc any
}

func (t *rtype) Kind() Kind       { return Kind(kindOf(t.desc)) }
func (t *rtype) String() string   { return typeString(t.desc) }
func (t *rtype) Comparable() bool { return comparable(t.desc) }

func (t *rtype) Elem() Type {
	e := elemOf(t.desc)
	if e == nil {
		panic("reflect: Elem of invalid type " + t.String())
	}
	return e
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.(*rtype).desc, t.desc)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return assignableTo(t.desc, u.(*rtype).desc)
}

// TypeOf is the dynamic type of i; nil for a nil interface.
func TypeOf(i any) Type {
	if t := typeOf(i); t != nil {
		return t
	}
	return nil
}

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

// Value is a handle on a Go value; the zero Value holds none.
type Value struct {
	h any
}

// ValueOf is a Value holding i's dynamic value; the zero Value for a nil interface.
func ValueOf(i any) Value { return Value{valueOf(i)} }

func (v Value) IsValid() bool { return v.h != nil }

func (v Value) Kind() Kind {
	if v.h == nil {
		return Invalid
	}
	return Kind(kindOf(valueType(v.h)))
}

func (v Value) Type() Type {
	if v.h == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return typeFor(valueType(v.h))
}

func (v Value) Len() int {
	switch k := v.Kind(); k {
	case Array, Chan, Map, Slice, String:
		return valueLen(v.h)
	default:
		panic(&ValueError{"reflect.Value.Len", k})
	}
}

func (v Value) IsNil() bool {
	switch k := v.Kind(); k {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface, Slice:
		return valueIsNil(v.h)
	default:
		panic(&ValueError{"reflectlite.Value.IsNil", k})
	}
}

// Elem is the value a pointer points to (settable) or an interface holds.
func (v Value) Elem() Value {
	switch k := v.Kind(); k {
	case Interface, Pointer:
		return Value{valueElem(v.h)}
	default:
		panic(&ValueError{"reflectlite.Value.Elem", k})
	}
}

func (v Value) CanSet() bool { return v.h != nil && valueCanSet(v.h) }

// Set stores x in v, which must be settable, converted to v's type as assignment would.
func (v Value) Set(x Value) {
	if !v.CanSet() {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if x.h == nil {
		panic(&ValueError{"reflectlite.Value.Set", Invalid})
	}
	if !assignableTo(valueType(x.h), valueType(v.h)) {
		panic("reflect: reflectlite.Value.Set: value of type " + typeString(valueType(x.h)) +
			" is not assignable to type " + typeString(valueType(v.h)))
	}
	valueSet(v.h, x.h)
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

// Natives (src/stdlib/reflectlite-natives.ts).

func typeOf(i any) *rtype
func typeFor(desc any) *rtype
func kindOf(desc any) int
func typeString(desc any) string
func comparable(desc any) bool
func elemOf(desc any) *rtype
func implements(iface, t any) bool
func assignableTo(from, to any) bool

func valueOf(i any) any
func valueType(h any) any
func valueLen(h any) int
func valueIsNil(h any) bool
func valueElem(h any) any
func valueCanSet(h any) bool
func valueSet(h, x any)
func swap(h any, i, j int)
