package main

import (
	"errors"
	"math"
)

func fmtCases() {
	ints := []any{0, 1, -1, 42, -42, 255, math.MaxInt64, math.MinInt64, 1<<53 + 1,
		int8(-128), int8(127), int16(-32768), int32(math.MinInt32), int64(-1 << 62),
		uint8(200), uint16(65535), uint32(math.MaxUint32), uint64(math.MaxUint64), uint64(1 << 63),
		uint64(math.MaxUint64 - 1), uint(7), uintptr(0xdeadbeef)}
	each([]string{"%v", "%d", "%+d", "% d", "%5d", "%-5d|", "%05d", "%x", "%X", "%#x", "%#X", "%o",
		"%#o", "%O", "%b", "%#b", "%.3d", "%8.3d", "%-08d|", "%+05d", "%#v", "%s", "%t", "%e", "%p",
		"%x %[1]X", "%08x", "%# x", "%.0d", "%5.0d|", "%T", "%+v", "%010d"}, ints...)
	runes := []any{'a', 'é', '日', 0x1F600, 0xD800, -1, 0x110000, '\n', '\'', '"', 0x7f, 0xad, 0xa0, 0x200b, 0xFEFF}
	each([]string{"%c", "%q", "%+q", "%#q", "%U", "%#U", "%#.6U", "%5c|", "%-4q|", "%08q"}, runes...)

	floats := []any{0.0, math.Copysign(0, -1), 1.0, -1.0, 1.5, 0.1, 1.0 / 3, 2.0 / 3, 1e6, 1e5, 123456789.0,
		1e-5, 1e-4, 1e21, 1e20, 5e-324, math.MaxFloat64, 2.2250738585072014e-308, math.NaN(),
		math.Inf(1), math.Inf(-1), 2.675, 0.125, 0.375, 100.0, 1e23, 9.5, 10.5, 0.000123456,
		123456.789, -3.14159, 1 << 62, float32(0.1), float32(1.0 / 3), float32(math.MaxFloat32),
		float32(16777216), float32(1e-45), float32(3.4e38), float32(-2.5), float32(1e10)}
	each([]string{"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.2f", "%.0f", "%.3e", "%.10g", "%.3g",
		"%8.2f|", "%-8.2f|", "%08.2f", "%+.2f", "% .2f", "%#g", "%#.3g", "%#v", "%x", "%X", "%#x",
		"%.3x", "%b", "%10v|", "%+v", "%s", "%d", "%.1f", "%#.0f", "%#e", "%010.3f", "%-+10.1e|",
		"% 010.2f", "%.20f", "%.17g", "%g %[1]T", "%08v", "%+08.3g", "%#.0e"}, floats...)

	complexes := []any{complex(1, 2), complex(-1.5, -0.5), complex64(complex(0.1, 0.2)),
		complex(math.Inf(1), math.NaN()), complex(0, math.Copysign(0, -1))}
	each([]string{"%v", "%.2f", "%+.1e", "%10.2f|", "%#v", "%g", "%d", "%T", "%08.2f"}, complexes...)

	strs := []any{"", "hello", "héllo", "日本語", "\x00\x01\t\n", "a\"b\\c", "\xff\xfe", "`raw`",
		"\u200b", "\U0001F600", "\ufeff", "tab\there", "a'b", "\x7f", "é\xe9"}
	each([]string{"%v", "%s", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "%# X", "%10s|",
		"%-10s|", "%.2s", "%.1q", "%5.2s|", "%d", "%T", "%#v", "%08s", "%c", "%.0s|", "%+v",
		"%.3x", "%-8q|", "%#+q", "%010q"}, strs...)

	each([]string{"%v", "%t", "%5t|", "%-6t|", "%d", "%q", "%#v", "%s", "%T"}, true, false)

	var nilT *T
	var nilSlice []int
	var nilMap map[string]int
	var nilIface any
	var nilErr error
	var nilFunc func()
	var nilChan chan int
	in := &Inner{3, 4}
	composites := []any{
		T{1, "x"}, &T{2, "y"}, nilT, []int{1, 2, 3}, []string{"a", "b c"}, nilSlice, []int{},
		[3]int{1, 2, 3}, [2]bool{true, false}, []byte("hi"), []byte(nil), [3]byte{'a', 'b', 'c'},
		MyBytes("xy"), []MyUint8{1, 2}, map[string]int{"b": 2, "a": 1, "c": 3}, nilMap,
		map[int]string{3: "c", -1: "z", 10: "x"}, map[float64]string{math.NaN(): "nan", -1: "m", math.Inf(1): "inf", 0: "zero"},
		map[bool]int{true: 1, false: 0}, map[Inner]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"},
		map[string][]int{"x": {1}, "y": nil}, &[]int{1}, &map[string]int{"k": 1}, &[2]int{5, 6},
		Outer{"o", Inner{1, 2}, in, 42, []int{7}, map[string]int{"q": 1}},
		Outer{}, &Outer{Name: "p", P: in}, hidden{1, "h"}, Embeds{Inner{1, 2}, 3},
		[]any{1, "a", nil, 2.5, []int{1}}, []*Inner{in, nil}, struct{}{}, struct {
			A int
			b []string
		}{1, []string{"z"}}, [][]int{{1, 2}, {3}}, []error{nil}, [0]int{}, nilErr, nilIface,
		MyInt(7), MyStr("s"), MyBool(true), MyFloat(1.25), map[MyStr]MyInt{"k": 1},
		[]float64{1, 2.5, math.NaN()}, []complex128{1 + 1i}, nilFunc, nilChan, &in,
		map[any]int{nil: 0}, []string(nil), [2][2]int{{1, 2}, {3, 4}},
	}
	each([]string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%x", "%q", "%5v|", "%-5v|", "%03d"}, composites...)
	each([]string{"%p", "%v", "%#v", "%x"}, &T{}, []int{1}, nilT, nilSlice, nilMap, nilFunc, nilChan, map[int]int{1: 1}, make(chan int))

	// Methods: Stringer, error, panics, nil receivers, GoStringer, unexported fields.
	var nilErrPtr *MyErr
	var nilPStr *PStr
	methods := []any{
		Celsius(21.5), &MyErr{7}, MyErr{7}, nilErrPtr, Boom(1), BoomErr{}, GoS{1}, Idx(1), Idx(5),
		Both(1), PStr{3}, &PStr{4}, nilPStr, WithStringer{1.5, 2.5}, []Celsius{1, 2},
		map[Celsius]Color{1: 0, 2: 1}, []Color{0, 1, 7}, T{3, "t"}, errors.New("plain error"),
		[]any{Celsius(3), Color(1)}, struct{ E error }{&MyErr{1}}, struct{ E error }{nil},
		[]*MyErr{{2}, nil}, Color(5), []GoS{{1}}, map[string]any{"c": Celsius(0)},
	}
	each([]string{"%v", "%s", "%+v", "%#v", "%d", "%x", "%q", "%10v|", "%-8s|", "%T", "%t"}, methods...)

	// Bad verbs, missing and extra operands, indexes, * width and precision.
	sprintf("%d", "hi")
	sprintf("%z", 3)
	sprintf("%!", 3)
	sprintf("%d %d", 1)
	sprintf("%d", 1, 2)
	sprintf("%d", 1, "x", nil, 2.5)
	sprintf("hello", "x")
	sprintf("%")
	sprintf("%-")
	sprintf("%5")
	sprintf("%.")
	sprintf("%[2]d %[1]d", 1, 2)
	sprintf("%[3]*.[2]*[1]f", 12.0, 2, 6)
	sprintf("%[1]*d", 5, 3)
	sprintf("%[5]d", 1)
	sprintf("%[-1]d", 1)
	sprintf("%[x]d", 1)
	sprintf("%[1]", 1)
	sprintf("%[2]d %d", 1, 2, 3)
	sprintf("%d %d %[1]d %d", 1, 2)
	sprintf("%*d", 5, 42)
	sprintf("%-*d|", 5, 42)
	sprintf("%*d|", -5, 42)
	sprintf("%.*f", 2, math.Pi)
	sprintf("%.*f", -2, math.Pi)
	sprintf("%*d", "x", 42)
	sprintf("%.*d", "x", 42)
	sprintf("%*d", 10000000, 42)
	sprintf("%*d", uint8(4), 1)
	sprintf("%*d", uint64(1<<63), 1)
	sprintf("%[2]*[1]d", 12, 5)
	sprintf("%[3]d", 1, 2)
	sprintf("%3[1]d", 7)
	sprintf("%[1]2d", 7)
	sprintf("%[1].2d", 7)
	sprintf("%.[1]2d", 7)
	sprintf("%v %v", nil, []any{nil})
	sprintf("%d", nil)
	sprintf("%s", nil)
	sprintf("%T", nil)
	sprintf("%!日", 1)
	sprintf("%日", 1)
	sprintf("%w", errors.New("e"))
	sprintf("%w", 3)
	sprintf("100%% %d%%", 5)
	sprintf("%5%|")
	sprintf("%-5.2%|", 3)
	sprintf("%v %v", 1)
	sprintf("%#", 1)
	sprintf("%d %s %v", 1, "two", []int{3})
	sprintf("%6.2f|%-6.2f|%06.2f", 3.14159, 2.5, -1.5)
	sprintf("%x", []string{"ab", "c"})
	sprintf("%X", [][]byte{[]byte("ab")})
	sprintf("%s", []any{"a", 1})
	sprintf("%d", []any{1, "a"})
	sprintf("%x", 3.5)
	sprintf("%s", &T{1, "z"})
	sprintf("%d", &T{1, "z"})
	sprintf("%d", map[string]int{"a": 1})
	sprintf("%s", struct{ A, B any }{nil, 1})
	sprintf("%v", struct{ A, B any }{nil, 1})
	sprintf("%#v", struct{ A, B any }{nil, 1})

	sprint("a", 1, 2, "b", 3.5, nil, true, "c", "d")
	sprint(1, 2)
	sprint("a", "b")
	sprint()
	sprint(MyStr("x"), 1, MyStr("y"))
	sprint(nil, nil)
	sprint(Celsius(1), 2, []int{3})
	sprintln("a", 1, 2, "b", 3.5, nil, true)
	sprintln()
	sprintln(Celsius(1), &T{1, "x"}, map[string]int{"z": 26, "a": 1})
}
