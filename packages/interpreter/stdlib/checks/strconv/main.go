// Compares stdlib/strconv with Go's strconv.
package main

import (
	"strconv"

	. "mapscope.test/std/checks/harness"
	my "mapscope.test/std/strconv"
)

var nums = []string{
	"", "0", "-0", "+0", "1", "-1", "+", "-", "12", "0x1f", "0X1F", "0b101", "0o17", "017", "08", "0x",
	"1_000", "1__0", "_1", "1_", "0x_1f", "0_1", "-0x80", "127", "128", "-128", "-129", "255", "256",
	"32767", "-32768", "65535", "2147483647", "-2147483648", "4294967295", "4294967296",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"18446744073709551615", "18446744073709551616", "99999999999999999999999", "zz", "ZZ", "abc",
	" 1", "1 ", "1e3", "1.5", "0b", "0o", "-0b11", "١", "\xff", "z_z", "1_2_3",
}

var strs = []string{
	"", "a", "hello, world", "\"", "'", "`", "\\", "\a\b\f\n\r\t\v", "\x00\x01\x1f\x7f", "\xff", "a\xffb",
	"héllo", "日本語", "\u00a0\u2000\u200a\u3000", "\u00ad\u200b\u2028\ufeff", "\U0001F600", "\U000E0001",
	"\uFFFD", "\ud7ff", "\xed\xa0\x80", "tab\there", "\u0378", "\U0010FFFF", "\u0600\u061c",
}

func main() {
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37, -1}
	sizes := []int{0, 8, 16, 32, 64, 65, -1}
	for _, s := range nums {
		for _, b := range bases {
			for _, z := range sizes {
				i1, e1 := my.ParseInt(s, b, z)
				i2, e2 := strconv.ParseInt(s, b, z)
				Eq("ParseInt "+s, []any{i1, Err(e1)}, []any{i2, Err(e2)})
				u1, e1 := my.ParseUint(s, b, z)
				u2, e2 := strconv.ParseUint(s, b, z)
				Eq("ParseUint "+s, []any{u1, Err(e1)}, []any{u2, Err(e2)})
			}
		}
		a1, e1 := my.Atoi(s)
		a2, e2 := strconv.Atoi(s)
		Eq("Atoi "+s, []any{a1, Err(e1)}, []any{a2, Err(e2)})
		if ne, ok := e1.(*my.NumError); ok {
			Eq("NumError.Unwrap", ne.Unwrap() == my.ErrSyntax, e2.(*strconv.NumError).Unwrap() == strconv.ErrSyntax)
		}
		p1, e1 := my.ParseBool(s)
		p2, e2 := strconv.ParseBool(s)
		Eq("ParseBool "+s, []any{p1, Err(e1)}, []any{p2, Err(e2)})
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes"} {
		p1, e1 := my.ParseBool(s)
		p2, e2 := strconv.ParseBool(s)
		Eq("ParseBool "+s, []any{p1, Err(e1)}, []any{p2, Err(e2)})
	}
	ints := []int64{0, 1, -1, 9, 10, 35, 36, -36, 100, 255, -255, 1 << 31, -1 << 31, 1<<63 - 1, -1 << 63, 123456789}
	for _, i := range ints {
		for b := 0; b <= 37; b++ {
			var s1, s2, s3, s4 string
			Eq("FormatInt panic", Panic(func() { s1 = my.FormatInt(i, b) }), Panic(func() { s2 = strconv.FormatInt(i, b) }))
			Eq("FormatInt", s1, s2)
			Eq("FormatUint panic", Panic(func() { s3 = my.FormatUint(uint64(i), b) }), Panic(func() { s4 = strconv.FormatUint(uint64(i), b) }))
			Eq("FormatUint", s3, s4)
		}
		Eq("Itoa", my.Itoa(int(i)), strconv.Itoa(int(i)))
		Eq("AppendInt", my.AppendInt([]byte("x"), i, 7), strconv.AppendInt([]byte("x"), i, 7))
		Eq("AppendUint", my.AppendUint(nil, uint64(i), 16), strconv.AppendUint(nil, uint64(i), 16))
	}
	Eq("FormatBool", []string{my.FormatBool(true), my.FormatBool(false)}, []string{strconv.FormatBool(true), strconv.FormatBool(false)})
	Eq("AppendBool", my.AppendBool([]byte("b:"), true), strconv.AppendBool([]byte("b:"), true))

	var quoted []string
	for _, s := range strs {
		Eq("Quote "+s, my.Quote(s), strconv.Quote(s))
		Eq("QuoteToASCII "+s, my.QuoteToASCII(s), strconv.QuoteToASCII(s))
		Eq("QuoteToGraphic "+s, my.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		Eq("AppendQuote "+s, my.AppendQuote([]byte("x"), s), strconv.AppendQuote([]byte("x"), s))
		Eq("AppendQuoteToASCII "+s, my.AppendQuoteToASCII(nil, s), strconv.AppendQuoteToASCII(nil, s))
		Eq("CanBackquote "+s, my.CanBackquote(s), strconv.CanBackquote(s))
		quoted = append(quoted, strconv.Quote(s), strconv.QuoteToASCII(s), "`"+s+"`", "'"+s+"'", "\""+s+"\"")
	}
	var rs []rune
	for r := rune(-2); r < 0x3100; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x3100); r < 0x110005; r += 13 {
		rs = append(rs, r)
	}
	for _, r := range append(rs, 0x10FFFF, 0x7fffffff, -0x80000000) {
		Eq("IsPrint", my.IsPrint(r), strconv.IsPrint(r))
		Eq("IsGraphic", my.IsGraphic(r), strconv.IsGraphic(r))
		Eq("QuoteRune", my.QuoteRune(r), strconv.QuoteRune(r))
		Eq("QuoteRuneToASCII", my.QuoteRuneToASCII(r), strconv.QuoteRuneToASCII(r))
		Eq("QuoteRuneToGraphic", my.QuoteRuneToGraphic(r), strconv.QuoteRuneToGraphic(r))
		Eq("AppendQuoteRune", my.AppendQuoteRune([]byte("r"), r), strconv.AppendQuoteRune([]byte("r"), r))
		if r%7 == 0 {
			quoted = append(quoted, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
		}
	}
	quoted = append(quoted, "", "\"", "'", "`", "\"\"", "''", "``", "'ab'", "'\\'", "\"\\\"", "\"a\"b", "`a`b", "`a\rb`",
		"\"\\x41\\101\\u0041\\U00000041\"", "\"\\400\"", "\"\\777\"", "\"\\8\"", "\"\\xg0\"", "\"\\ud800\"", "\"\\U00110000\"",
		"'\\''", "\"\\'\"", "'\\\"'", "\"a\nb\"", "'\n'", "\"\\q\"", "'\\x80'", "'\\u00e9'", "\"\\xff\"", "'\xff'", "\"\xff\"",
		"'\\377'", "\"\\0\"", "\"\\00\"", "\"\\000\"", "x", "\"abc", "'a", "`abc")
	for _, q := range quoted {
		u1, e1 := my.Unquote(q)
		u2, e2 := strconv.Unquote(q)
		Eq("Unquote "+q, []any{u1, Err(e1)}, []any{u2, Err(e2)})
		for _, quote := range []byte{'"', '\'', 0, '`'} {
			if len(q) > 0 {
				v1, m1, t1, e1 := my.UnquoteChar(q[1:], quote)
				v2, m2, t2, e2 := strconv.UnquoteChar(q[1:], quote)
				Eq("UnquoteChar "+q, []any{v1, m1, t1, Err(e1)}, []any{v2, m2, t2, Err(e2)})
			}
		}
	}
	for _, s := range []string{"1.5", "1e400", "x", "-0", "0x1p-2", "inf", "NaN", "1_000.5"} {
		f1, e1 := my.ParseFloat(s, 64)
		f2, e2 := strconv.ParseFloat(s, 64)
		Eq("ParseFloat "+s, []any{f1, Err(e1)}, []any{f2, Err(e2)})
	}
	Eq("AppendFloat", my.AppendFloat([]byte("f"), 1.25, 'g', -1, 64), strconv.AppendFloat([]byte("f"), 1.25, 'g', -1, 64))
	Eq("IntSize", my.IntSize, strconv.IntSize)
	Eq("errors", []string{my.ErrRange.Error(), my.ErrSyntax.Error()}, []string{strconv.ErrRange.Error(), strconv.ErrSyntax.Error()})
	Done("strconv")
}
