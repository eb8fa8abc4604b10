package main

// JSON encoding of Go values as the goldens' contract describes (see ../README.md):
//   - integers: a number when |v| <= 2^53, else a decimal string;
//   - float32 / float64: a string with the IEEE bits in hex ("0x3ff0000000000000", float32: 8 digits);
//   - complex64 / complex128: [real, imag], each as a float;
//   - string: each byte of the Go string is one character with that code (latin1); a string
//     whose data pointer is nil (what mapdelete_faststr leaves in a key slot) is "";
//   - bool: true / false;
//   - struct / array: a JSON array of the field (blank fields included) / element values;
//   - interface: null when nil, else {"type": <dynamic type>, "value": <value>}.
// Values are read from memory through reflect.Type layouts, so stale bucket slots can be
// encoded without dereferencing dangling string data.
//
// The writer is hand-made (no encoding/json): it keeps the layout of one step per line, and
// it keeps the recorder away from packages that create Go maps during their init, which the
// change of runtime.hashkey at the start of main would make unreadable.

import (
	"bytes"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

const maxSafeInt = 1 << 53

// latin1 encodes the bytes of s as a JSON string, one character per byte.
func latin1(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c < 0x20:
			fmt.Fprintf(b, `\u%04x`, c)
		case c < 0x80:
			b.WriteByte(c)
		default:
			var buf [4]byte
			n := utf8.EncodeRune(buf[:], rune(c))
			b.Write(buf[:n])
		}
	}
	b.WriteByte('"')
}

func latin1String(s string) string {
	var b bytes.Buffer
	latin1(&b, s)
	return b.String()
}

func hex64(v uint64) string { return fmt.Sprintf(`"0x%016x"`, v) }
func hex32(v uint32) string { return fmt.Sprintf(`"0x%08x"`, v) }

func writeInt(b *bytes.Buffer, v int64) {
	if v <= maxSafeInt && v >= -maxSafeInt {
		b.WriteString(strconv.FormatInt(v, 10))
	} else {
		b.WriteString(`"` + strconv.FormatInt(v, 10) + `"`)
	}
}

func writeUint(b *bytes.Buffer, v uint64) {
	if v <= maxSafeInt {
		b.WriteString(strconv.FormatUint(v, 10))
	} else {
		b.WriteString(`"` + strconv.FormatUint(v, 10) + `"`)
	}
}

// encodeAt writes the value of type t stored at p.
func encodeAt(b *bytes.Buffer, t reflect.Type, p unsafe.Pointer) {
	switch t.Kind() {
	case reflect.Bool:
		if *(*bool)(p) {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case reflect.Int:
		writeInt(b, int64(*(*int)(p)))
	case reflect.Int8:
		writeInt(b, int64(*(*int8)(p)))
	case reflect.Int16:
		writeInt(b, int64(*(*int16)(p)))
	case reflect.Int32:
		writeInt(b, int64(*(*int32)(p)))
	case reflect.Int64:
		writeInt(b, *(*int64)(p))
	case reflect.Uint, reflect.Uintptr:
		writeUint(b, uint64(*(*uintptr)(p)))
	case reflect.Uint8:
		writeUint(b, uint64(*(*uint8)(p)))
	case reflect.Uint16:
		writeUint(b, uint64(*(*uint16)(p)))
	case reflect.Uint32:
		writeUint(b, uint64(*(*uint32)(p)))
	case reflect.Uint64:
		writeUint(b, *(*uint64)(p))
	case reflect.Float32:
		b.WriteString(hex32(math.Float32bits(*(*float32)(p))))
	case reflect.Float64:
		b.WriteString(hex64(math.Float64bits(*(*float64)(p))))
	case reflect.Complex64:
		encodeAt(b, reflect.TypeOf([2]float32{}), p)
	case reflect.Complex128:
		encodeAt(b, reflect.TypeOf([2]float64{}), p)
	case reflect.String:
		// Read the raw header: a deleted faststr key keeps its length but not its pointer.
		hdr := (*[2]uintptr)(p)
		data, n := *(*unsafe.Pointer)(p), int(hdr[1])
		if data == nil {
			latin1(b, "")
		} else {
			latin1(b, string(unsafe.Slice((*byte)(data), n)))
		}
	case reflect.Array:
		b.WriteByte('[')
		for i := 0; i < t.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			encodeAt(b, t.Elem(), unsafe.Add(p, uintptr(i)*t.Elem().Size()))
		}
		b.WriteByte(']')
	case reflect.Struct:
		b.WriteByte('[')
		for i := 0; i < t.NumField(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			f := t.Field(i)
			encodeAt(b, f.Type, unsafe.Add(p, f.Offset))
		}
		b.WriteByte(']')
	case reflect.Interface:
		if t.NumMethod() != 0 {
			panic("only interface{} is supported")
		}
		x := *(*any)(p)
		if x == nil {
			b.WriteString("null")
			return
		}
		dt := reflect.TypeOf(x)
		v := reflect.New(dt)
		v.Elem().Set(reflect.ValueOf(x))
		b.WriteString(`{"type":`)
		latin1(b, dt.String())
		b.WriteString(`,"value":`)
		encodeAt(b, dt, v.UnsafePointer())
		b.WriteByte('}')
	default:
		panic("cannot encode " + t.String())
	}
}

// encode returns the JSON of v.
func encode[T any](v T) string {
	var b bytes.Buffer
	encodeAt(&b, reflect.TypeOf(&v).Elem(), unsafe.Pointer(&v))
	return b.String()
}

// typeName is the type's name as reflect prints it ("struct { A int32; B string }").
func typeName[T any]() string {
	return reflect.TypeOf((*T)(nil)).Elem().String()
}
