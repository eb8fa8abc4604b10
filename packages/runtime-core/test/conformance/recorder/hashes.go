package main

// hash.json: the runtime's hash functions (the fallbacks of runtime/hash64.go and
// runtime/alg.go, as GODEBUG=cpu.aes=off selects) and the hashers the compiler generates
// for map key types (maptype.hasher), each with several seeds:
//
//	{"fn":<name>,"type":<Go type>,["size":n,]"value":V,"seed":"0x…","hash":"0x…"}

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"unsafe"
)

var hashSeeds = []uintptr{0, 1, 0xffffffff, 0xdeadbeefcafebabe}

// byteLengths are the lengths of the memhash and strhash inputs.
func byteLengths() []int {
	var ls []int
	for n := 0; n <= 70; n++ {
		ls = append(ls, n)
	}
	return append(ls, 100, 200, 1000)
}

type hashCases struct{ lines []string }

func (c *hashCases) add(fn, typ string, size int, value string, seed, hash uintptr) {
	sz := ""
	if size >= 0 {
		sz = `,"size":` + strconv.Itoa(size)
	}
	c.lines = append(c.lines, fmt.Sprintf(`{"fn":"%s","type":%s%s,"value":%s,"seed":%s,"hash":%s}`,
		fn, latin1String(typ), sz, value, hex64(uint64(seed)), hex64(uint64(hash))))
}

// fixed adds the cases of a runtime hash function of a fixed-size type T.
func fixed[T any](c *hashCases, fn string, f func(unsafe.Pointer, uintptr) uintptr, values ...T) {
	for _, v := range values {
		for _, seed := range hashSeeds {
			c.add(fn, typeName[T](), -1, encode(v), seed, f(unsafe.Pointer(&v), seed))
		}
	}
}

// mapHasher adds the cases of the compiler-generated hasher of map[K]'s key type.
func mapHasher[K comparable](c *hashCases, values ...K) {
	hasher := maptypeOf(map[K]bool(nil)).hasher
	for _, v := range values {
		for _, seed := range hashSeeds {
			c.add("maphasher", typeName[K](), -1, encode(v), seed, hasher(unsafe.Pointer(&v), seed))
		}
	}
}

func hashGolden() []byte {
	c := &hashCases{}
	for _, n := range byteLengths() {
		data := []byte(pattern(n+1, n))[:n] // one spare byte, so that &data[0] exists for n == 0
		for _, seed := range hashSeeds {
			c.add("memhash", fmt.Sprintf("[%d]uint8", n), n, latin1String(string(data)), seed,
				memhash(unsafe.Pointer(&data[:1][0]), seed, uintptr(n)))
		}
	}
	for _, n := range byteLengths() {
		s := pattern(n, n+1)
		for _, seed := range hashSeeds {
			c.add("strhash", "string", -1, latin1String(s), seed, strhash(unsafe.Pointer(&s), seed))
		}
	}
	fixed[uint32](c, "memhash32", memhash32, 0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x12345678)
	fixed[uint64](c, "memhash64", memhash64, 0, 1, 1<<53, 1<<53+1, 1<<63, math.MaxUint64, 0x0123456789abcdef)

	negZero := math.Copysign(0, -1)
	f64s := []float64{0, negZero, 1, -1.5, 0.1, 1e300, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64}
	f32s := []float32{0, float32(negZero), 1, -1.5, 0.1, 1e30, math.MaxFloat32, float32(math.Inf(1)), float32(math.Inf(-1)),
		math.SmallestNonzeroFloat32}
	fixed(c, "f32hash", f32hash, f32s...)
	fixed(c, "f64hash", f64hash, f64s...)
	fixed(c, "c64hash", c64hash, complex64(0), complex(float32(negZero), 0), complex(float32(1), -1.5),
		complex(float32(math.Inf(1)), float32(negZero)), complex(float32(0.1), 1e30))
	fixed(c, "c128hash", c128hash, complex128(0), complex(negZero, 0), complex(1, -1.5), complex(math.Inf(1), negZero),
		complex(0.1, 1e300), complex(math.SmallestNonzeroFloat64, math.Inf(-1)))

	mapHasher(c, 0, 1, -1, 42, 1<<53+1, math.MinInt64, math.MaxInt64)
	mapHasher[int8](c, 0, 1, -1, 127, -128)
	mapHasher[int16](c, 0, -2, 0x1234, math.MinInt16)
	mapHasher[int32](c, 0, 7, -7, math.MaxInt32)
	mapHasher[uint64](c, 0, 9, math.MaxUint64, 1<<63)
	mapHasher(c, false, true)
	mapHasher(c, "", "a", "abc", "hello, world", pattern(17, 2), pattern(48, 3), pattern(49, 4), pattern(200, 5))
	mapHasher(c, f64s...)
	mapHasher(c, [2]int16{0, 0}, [2]int16{1, -1}, [2]int16{-32768, 32767})
	mapHasher(c, [3]string{"", "", ""}, [3]string{"a", "bc", "def"}, [3]string{pattern(20, 1), "", pattern(3, 9)})
	mapHasher(c, skey{0, ""}, skey{1, "x"}, skey{-5, pattern(33, 6)})
	mapHasher(c, struct {
		A, B int32
		S    string
	}{0, 0, ""}, struct {
		A, B int32
		S    string
	}{1, 2, "s"}, struct {
		A, B int32
		S    string
	}{-1, 1 << 30, pattern(12, 12)})
	mapHasher(c, struct {
		X int8
		Y int64
	}{0, 0}, struct {
		X int8
		Y int64
	}{-1, 1}, struct {
		X int8
		Y int64
	}{5, math.MinInt64})
	// The hasher skips blank fields: the second and fourth values differ from the first and
	// third only in the blank field, which is written through unsafe (a literal cannot set it).
	type blank = struct {
		A int64
		_ int32
		B int32
	}
	withBlank := func(a int64, x, b int32) blank {
		v := blank{A: a, B: b}
		*(*int32)(unsafe.Add(unsafe.Pointer(&v), 8)) = x
		return v
	}
	mapHasher(c, withBlank(0, 0, 0), withBlank(0, 0x5a5a5a5a, 0), withBlank(3, 0, -4), withBlank(3, -1, -4))
	mapHasher(c, [2]float64{0, 0}, [2]float64{negZero, 1}, [2]float64{math.Inf(1), 0.5})
	mapHasher(c, complex128(0), complex(negZero, negZero), complex(1, -1.5), complex(math.Inf(-1), 1e300))
	ifaceValues := []any{nil, 0, 1, -7, "", "abc", pattern(40, 9), skey{1, "x"}, [2]int16{1, -1}, 0.0, negZero, 1.5, math.Inf(1)}
	// interface{} does not satisfy comparable before Go 1.20, so mapHasher[any] is spelled out.
	var em any = map[any]bool(nil)
	ifaceHasher := (*maptype)((*[2]unsafe.Pointer)(unsafe.Pointer(&em))[0]).hasher
	for _, v := range ifaceValues {
		v := v
		for _, seed := range hashSeeds {
			c.add("maphasher", "interface {}", -1, encode(v), seed, ifaceHasher(unsafe.Pointer(&v), seed))
		}
	}

	nilinter := append(ifaceValues, struct {
		A, B int32
		S    string
	}{1, 2, "s"}, true, false)
	for _, v := range nilinter {
		v := v
		for _, seed := range hashSeeds {
			c.add("nilinterhash", "interface {}", -1, encode(v), seed, nilinterhash(unsafe.Pointer(&v), seed))
		}
	}

	var b bytes.Buffer
	b.WriteString(`{"go":` + latin1String(goVersion) + `,"godebug":"cpu.aes=off","hashkey":` + hashkeyJSON() + `,"cases":[`)
	for i, l := range c.lines {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n" + l)
	}
	b.WriteString("\n]}\n")
	return b.Bytes()
}
