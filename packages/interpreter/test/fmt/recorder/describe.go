package main

// Describes Go values as JSON (types by reflect, values in a form the TypeScript tests rebuild
// in the interpreter's representation).

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
)

// typeDesc describes a reflect.Type.
type typeDesc struct {
	Kind   string      `json:"kind"`
	Name   string      `json:"name"`
	Named  bool        `json:"named,omitempty"`
	Elem   *typeDesc   `json:"elem,omitempty"`
	Key    *typeDesc   `json:"key,omitempty"`
	Len    int         `json:"len,omitempty"`
	Fields []fieldDesc `json:"fields,omitempty"`
}

type fieldDesc struct {
	Name     string    `json:"name"`
	Type     *typeDesc `json:"type"`
	Embedded bool      `json:"embedded,omitempty"`
}

// valDesc is a typed value: the argument of an ...any parameter.
type valDesc struct {
	T *typeDesc `json:"t"`
	V any       `json:"v"`
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return "ptr"
	case reflect.UnsafePointer:
		return "unsafe.Pointer"
	}
	return t.Kind().String()
}

func describeType(t reflect.Type) *typeDesc {
	d := &typeDesc{Kind: kindName(t), Name: t.String(), Named: t.Name() != "" && t.PkgPath() != ""}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
		d.Elem = describeType(t.Elem())
	case reflect.Map:
		d.Key = describeType(t.Key())
		d.Elem = describeType(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			d.Fields = append(d.Fields, fieldDesc{f.Name, describeType(f.Type), f.Anonymous})
		}
	case reflect.Interface:
		if t.NumMethod() > 0 {
			d.Named = t.Name() != ""
		}
	}
	if t.Kind() == reflect.Array {
		d.Len = t.Len()
	}
	return d
}

// latin1 maps each byte of s to the rune of the same value, so that JSON keeps bytes exactly.
func latin1(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

func floatBits(f float64) string {
	return strconv.FormatUint(math.Float64bits(f), 16)
}

func describeValue(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return floatBits(v.Float())
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return []string{floatBits(real(c)), floatBits(imag(c))}
	case reflect.String:
		return latin1(v.String())
	case reflect.Array, reflect.Struct:
		n := v.Len
		if v.Kind() == reflect.Struct {
			n = v.NumField
		}
		out := []any{}
		for i := 0; i < n(); i++ {
			if v.Kind() == reflect.Struct {
				out = append(out, describeValue(v.Field(i)))
			} else {
				out = append(out, describeValue(v.Index(i)))
			}
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		out := []any{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, describeValue(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := [][2]any{}
		it := v.MapRange()
		for it.Next() {
			out = append(out, [2]any{describeValue(it.Key()), describeValue(it.Value())})
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return map[string]any{"p": describeValue(v.Elem())}
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return describe(v.Elem().Interface())
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		if v.IsNil() {
			return nil
		}
		return "non-nil"
	}
	panic(fmt.Sprintf("describeValue: %v", v.Kind()))
}

// describe describes an interface value (nil for a nil interface).
func describe(a any) *valDesc {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	return &valDesc{describeType(v.Type()), describeValue(v)}
}

func describeAll(args []any) []*valDesc {
	out := []*valDesc{}
	for _, a := range args {
		out = append(out, describe(a))
	}
	return out
}
