// Package reflect, mapscope's own: Go's reflect reads the runtime's memory layout, which the
// interpreter does not have. Types here are the interpreter's runtime type descriptors (one
// *rtype each), values are handles on interpreter values; the functions without bodies are
// natives (src/stdlib/reflect-natives.ts). Kinds, names and panics are Go's.
package reflect

import "strconv"

// Kind is the sort of a type.
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
	return "kind" + strconv.Itoa(int(k))
}

// ChanDir is the direction of a channel type.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.Itoa(int(d))
}

// Type describes a Go type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type
	common() *rtype
}

// rtype holds one interpreter type descriptor; there is one *rtype per type.
type rtype struct {
	desc any
}

// toType is t as a Type (a nil *rtype is a nil Type).
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

func (t *rtype) common() *rtype   { return t }
func (t *rtype) Kind() Kind       { return Kind(kindOf(t.desc)) }
func (t *rtype) String() string   { return typeString(t.desc) }
func (t *rtype) Name() string     { return typeName(t.desc) }
func (t *rtype) PkgPath() string  { return typePkgPath(t.desc) }
func (t *rtype) Size() uintptr    { return uintptr(typeSize(t.desc)) }
func (t *rtype) Align() int       { return typeAlign(t.desc) }
func (t *rtype) FieldAlign() int  { return typeAlign(t.desc) }
func (t *rtype) Comparable() bool { return typeComparable(t.desc) }

func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return typeSize(t.desc) * 8
}

func (t *rtype) mustBe(method string, kinds ...Kind) {
	k := t.Kind()
	for _, want := range kinds {
		if k == want {
			return
		}
	}
	panic("reflect: " + method + " of non-" + kinds[0].String() + " type " + t.String())
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(typeElem(t.desc))
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t *rtype) Key() Type {
	t.mustBe("Key", Map)
	return toType(typeKey(t.desc))
}

func (t *rtype) Len() int {
	t.mustBe("Len", Array)
	return typeLen(t.desc)
}

func (t *rtype) ChanDir() ChanDir {
	t.mustBe("ChanDir", Chan)
	return ChanDir(typeChanDir(t.desc))
}

func (t *rtype) NumField() int {
	t.mustBe("NumField", Struct)
	return typeNumField(t.desc)
}

func (t *rtype) Field(i int) StructField {
	t.mustBe("Field", Struct)
	if i < 0 || i >= t.NumField() {
		panic("reflect: Field index out of bounds")
	}
	name, pkgPath, typ, tag, offset, embedded := typeField(t.desc, i)
	return StructField{Name: name, PkgPath: pkgPath, Type: toType(typ), Tag: StructTag(tag),
		Offset: offset, Index: []int{i}, Anonymous: embedded}
}

func (t *rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var ft Type = t
	for depth, i := range index {
		if depth > 0 {
			if ft.Kind() == Pointer && ft.Elem().Kind() == Struct {
				ft = ft.Elem()
			}
		}
		f = ft.Field(i)
		ft = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t *rtype) FieldByName(name string) (StructField, bool) {
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// FieldByNameFunc looks breadth-first through embedded structs, as the selector x.f does: the
// shallowest match wins, and two at the same depth cancel out.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	t.mustBe("FieldByNameFunc", Struct)
	type level struct {
		typ   *rtype
		index []int
	}
	current := []level{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []level
		var found StructField
		count := 0
		for _, l := range current {
			if visited[l.typ] {
				continue
			}
			visited[l.typ] = true
			for i := 0; i < l.typ.NumField(); i++ {
				f := l.typ.Field(i)
				index := append(append([]int(nil), l.index...), i)
				if match(f.Name) {
					count++
					if count == 1 {
						found = f
						found.Index = index
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type.common()
					if ft.Kind() == Pointer {
						ft = ft.Elem().common()
					}
					if ft.Kind() == Struct {
						next = append(next, level{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

func (t *rtype) IsVariadic() bool {
	t.mustBe("IsVariadic", Func)
	return typeIsVariadic(t.desc)
}

func (t *rtype) NumIn() int {
	t.mustBe("NumIn", Func)
	return typeNumIn(t.desc)
}

func (t *rtype) NumOut() int {
	t.mustBe("NumOut", Func)
	return typeNumOut(t.desc)
}

func (t *rtype) In(i int) Type {
	t.mustBe("In", Func)
	if i < 0 || i >= t.NumIn() {
		panic("reflect: Function index out of range")
	}
	return toType(typeIn(t.desc, i))
}

func (t *rtype) Out(i int) Type {
	t.mustBe("Out", Func)
	if i < 0 || i >= t.NumOut() {
		panic("reflect: Function index out of range")
	}
	return toType(typeOut(t.desc, i))
}

// NumMethod counts the exported methods (all methods of an interface type).
func (t *rtype) NumMethod() int { return typeNumMethod(t.desc) }

func (t *rtype) Method(i int) Method {
	if i < 0 || i >= t.NumMethod() {
		panic("reflect: Method index out of range")
	}
	name, mt := typeMethod(t.desc, i)
	m := Method{Name: name, Type: toType(mt), Index: i}
	if t.Kind() != Interface {
		m.Func = methodFunc(t, i)
	}
	return m
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		if n, _ := typeMethod(t.desc, i); n == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return typeImplements(u.common().desc, t.desc)
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return typeAssignable(t.desc, u.common().desc)
}

func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return typeConvertible(t.desc, u.common().desc)
}

// A StructField describes one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A Method describes one method of a type.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// A StructTag is the tag string of a struct field: `key:"value" key2:"value2"`.
type StructTag string

// Get is the value for key in the tag, or "".
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup is the value for key in the tag and whether the key is there. The tag is read as
// space-separated key:"quoted value" pairs; reading stops at the first malformed pair.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			break
		}
		n := 0
		for n < len(s) && s[n] > ' ' && s[n] != ':' && s[n] != '"' && s[n] != 0x7f {
			n++
		}
		if n == 0 || n+1 >= len(s) || s[n] != ':' || s[n+1] != '"' {
			break
		}
		name := s[:n]
		s = s[n+1:]
		// The quoted value, backslash escapes included.
		end := 1
		for end < len(s) && s[end] != '"' {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(s) {
			break
		}
		quoted := s[:end+1]
		s = s[end+1:]
		if name == key {
			v, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return v, true
		}
	}
	return "", false
}

// TypeOf is the dynamic type of i; nil for a nil interface.
func TypeOf(i any) Type { return toType(typeOf(i)) }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo is the type *t.
func PointerTo(t Type) Type { return toType(pointerTo(t.common().desc)) }

// SliceOf is the type []t.
func SliceOf(t Type) Type { return toType(sliceOf(t.common().desc)) }

// MapOf is the type map[key]elem.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		panic("reflect.MapOf: invalid key type " + key.String())
	}
	return toType(mapOf(key.common().desc, elem.common().desc))
}

// ArrayOf is the type [length]elem.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	return toType(arrayOf(length, elem.common().desc))
}

// StructOf is the struct type with the given fields (their Offset and Index are ignored).
func StructOf(fields []StructField) Type {
	names := make([]string, len(fields))
	types := make([]any, len(fields))
	tags := make([]string, len(fields))
	embedded := make([]bool, len(fields))
	seen := map[string]bool{}
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + strconv.Itoa(i) + " has no type")
		}
		if f.PkgPath != "" {
			panic("reflect.StructOf: StructOf does not allow unexported fields")
		}
		if seen[f.Name] {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		names[i], types[i], tags[i], embedded[i] = f.Name, f.Type.common().desc, string(f.Tag), f.Anonymous
	}
	return toType(structOf(names, types, tags, embedded))
}

// Natives on type descriptors.

func typeOf(i any) *rtype
func kindOf(desc any) int
func typeString(desc any) string
func typeName(desc any) string
func typePkgPath(desc any) string
func typeSize(desc any) int
func typeAlign(desc any) int
func typeComparable(desc any) bool
func typeElem(desc any) *rtype
func typeKey(desc any) *rtype
func typeLen(desc any) int
func typeChanDir(desc any) int
func typeNumField(desc any) int
func typeField(desc any, i int) (name, pkgPath string, typ *rtype, tag string, offset uintptr, embedded bool)
func typeIsVariadic(desc any) bool
func typeNumIn(desc any) int
func typeNumOut(desc any) int
func typeIn(desc any, i int) *rtype
func typeOut(desc any, i int) *rtype
func typeNumMethod(desc any) int
func typeMethod(desc any, i int) (name string, typ *rtype)
func typeImplements(iface, t any) bool
func typeAssignable(from, to any) bool
func typeConvertible(from, to any) bool
func pointerTo(desc any) *rtype
func sliceOf(desc any) *rtype
func mapOf(key, elem any) *rtype
func arrayOf(n int, elem any) *rtype
func structOf(names []string, types []any, tags []string, embedded []bool) *rtype
