package main

import (
	"math"
	"strconv"
)

type strconvCase struct {
	Fn  string `json:"fn"`
	In  []any  `json:"in"`
	Out []any  `json:"out"`
}

func sc(fn string, in []any, out ...any) {
	g.Strconv = append(g.Strconv, strconvCase{fn, in, out})
}

func errText(err error) any {
	if err == nil {
		return nil
	}
	return latin1(err.Error())
}

func strconvCases() {
	ints := []int64{0, 1, -1, 35, -36, 255, math.MaxInt64, math.MinInt64, 1<<53 + 1, -(1 << 53) - 1, 123456789}
	for _, i := range ints {
		for _, b := range []int{2, 8, 10, 16, 36, 7} {
			sc("FormatInt", []any{strconv.FormatInt(i, 10), b}, strconv.FormatInt(i, b))
		}
		sc("Itoa", []any{strconv.FormatInt(i, 10)}, strconv.Itoa(int(i)))
	}
	for _, u := range []uint64{0, 1, math.MaxUint64, 1 << 63, math.MaxUint64 - 1, 1<<53 + 1} {
		for _, b := range []int{2, 10, 16, 36} {
			sc("FormatUint", []any{strconv.FormatUint(u, 10), b}, strconv.FormatUint(u, b))
		}
	}

	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.675, 0.125, 0.375,
		1e6, 1e5, 1e21, 1e20, 1e23, 5e-324, 1e-323, math.MaxFloat64, math.SmallestNonzeroFloat64,
		2.2250738585072014e-308, 2.225073858507201e-308, math.NaN(), math.Inf(1), math.Inf(-1),
		123456789.125, 9007199254740993, 0.000001234, 1.5e-7, 5.5, 6.5, 0.05, 0.15, 0.25, 0.35,
		1.005, 100, 12345678901234567890, 3.4028234663852886e+38, 1.401298464324817e-45,
		float64(float32(0.1)), float64(float32(1.0 / 3)), 7.038531e-26, 2.5e-8, 8.41e21, 4.35e-5}
	type ff struct {
		f    byte
		prec int
	}
	fmts := []ff{{'g', -1}, {'e', -1}, {'f', -1}, {'G', -1}, {'E', -1}, {'b', -1}, {'x', -1}, {'X', -1},
		{'g', 0}, {'g', 1}, {'g', 3}, {'g', 6}, {'g', 17}, {'g', 25}, {'e', 0}, {'e', 3}, {'e', 16},
		{'e', 20}, {'f', 0}, {'f', 1}, {'f', 2}, {'f', 6}, {'f', 30}, {'x', 0}, {'x', 2}, {'x', 13},
		{'X', 5}, {'E', 2}, {'G', 4}}
	for _, f := range floats {
		for _, bits := range []int{64, 32} {
			for _, fm := range fmts {
				sc("FormatFloat", []any{floatBits(f), string(fm.f), fm.prec, bits},
					strconv.FormatFloat(f, fm.f, fm.prec, bits))
			}
		}
	}

	strs := []string{"", "hello", "héllo", "日本語", "\x00\x01\t\n\r\a\b\f\v", "a\"b\\c'", "\xff\xfe",
		"`raw`", "\u200b", "\U0001F600", "\ufeff", "\u00ad", "\x7f", "é\xe9", "\U0010ffff", "\u2028"}
	for _, s := range strs {
		sc("Quote", []any{latin1(s)}, latin1(strconv.Quote(s)))
		sc("QuoteToASCII", []any{latin1(s)}, latin1(strconv.QuoteToASCII(s)))
		sc("QuoteToGraphic", []any{latin1(s)}, latin1(strconv.QuoteToGraphic(s)))
		sc("CanBackquote", []any{latin1(s)}, strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', 'é', '日', 0x1F600, 0xD800, -1, 0x110000, '\n', '\'', '"', 0x7f, 0xad, 0x200b, 0xe000, 0x10ffff, 0x0378, 0x1F9FF, 0x3134A} {
		sc("QuoteRune", []any{int(r)}, latin1(strconv.QuoteRune(r)))
		sc("QuoteRuneToASCII", []any{int(r)}, latin1(strconv.QuoteRuneToASCII(r)))
		sc("IsPrint", []any{int(r)}, strconv.IsPrint(r))
	}
	unq := []string{`"abc"`, `"a\nb"`, `'a'`, `'ab'`, "`raw\rx`", `"\x41\101\u00e9\U0001F600"`, `"\q"`,
		`"unterminated`, `''`, `'\''`, `"\'"`, `'\"'`, `"a"b"`, `"\xff"`, "\"\xff\"", `'\400'`, `"\377"`,
		`"\ud800"`, "'\xe6\x97\xa5'", `abc`, `"`, `"a` + "\n" + `b"`, "`a`b`", `"\u12"`}
	for _, s := range unq {
		out, err := strconv.Unquote(s)
		sc("Unquote", []any{latin1(s)}, latin1(out), errText(err))
	}

	parseInts := []string{"0", "42", "-42", "+7", "", "-", "+", "abc", "12a", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999",
		"0x1f", "0b101", "0o17", "017", "1_000", "0x_1f", "1__0", "_1", "0X1F", "0B1", "08", " 1",
		"18446744073709551615", "18446744073709551616", "127", "128", "-129", "255", "256", "z", "Z"}
	for _, s := range parseInts {
		for _, base := range []int{0, 10, 16, 36, 1} {
			for _, bits := range []int{0, 8, 32, 64, 65} {
				v, err := strconv.ParseInt(s, base, bits)
				sc("ParseInt", []any{s, base, bits}, strconv.FormatInt(v, 10), errText(err))
				u, err := strconv.ParseUint(s, base, bits)
				sc("ParseUint", []any{s, base, bits}, strconv.FormatUint(u, 10), errText(err))
			}
		}
		v, err := strconv.Atoi(s)
		sc("Atoi", []any{s}, strconv.Itoa(v), errText(err))
	}
	parseFloats := []string{"0", "1", "-1", "1.5", ".5", "5.", "1e10", "1E-10", "1e400", "-1e400", "1e-400",
		"inf", "+Inf", "-infinity", "infinity", "infin", "nan", "NaN", "+nan", "x", "", "1.2.3", "0x1p-2",
		"0x1.8p1", "0x1", "0x1p", "1_000.5", "0x_1p0", "1e", "1e+", "3.4028235e38", "3.4028236e38",
		"3.40282357e38", "1.401298464324817e-45", "7e-46", "0.1", "2.2250738585072011e-308",
		"4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623159e308",
		"1.7976931348623158e308", "123456789012345678901234567890", "0.000000000000000000000000000001",
		"1.00000005960464477539062499", "1.000000059604644775390625", "1.00000005960464477539062501",
		"0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1075",
		"1_0", "0x1.0000010p0", "-0", "+.5e-2", "1e1_0", ".", "e5", "0x.8p1", "1i", "0.1e"}
	for _, s := range parseFloats {
		for _, bits := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, bits)
			sc("ParseFloat", []any{s, bits}, floatBits(f), errText(err))
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRuE"} {
		b, err := strconv.ParseBool(s)
		sc("ParseBool", []any{s}, b, errText(err))
	}
}
