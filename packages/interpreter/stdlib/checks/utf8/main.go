// Compares stdlib/unicode/utf8 with Go's unicode/utf8.
package main

import (
	"math/rand"
	"unicode/utf8"

	. "mapscope.test/std/checks/harness"
	my "mapscope.test/std/unicode/utf8"
)

func inputs() []string {
	var out []string
	for a := 0; a < 256; a++ {
		out = append(out, string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			out = append(out, string([]byte{byte(a), byte(b)}))
		}
	}
	r := rand.New(rand.NewSource(1))
	lead := []byte{0, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff}
	cont := []byte{0, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff}
	for _, a := range lead {
		for _, b := range cont {
			for _, c := range cont {
				out = append(out, string([]byte{a, b, c}))
				for _, d := range cont {
					out = append(out, string([]byte{a, b, c, d}), string([]byte{a, b, c, d, 'x'}))
				}
			}
		}
	}
	for i := 0; i < 5000; i++ {
		b := make([]byte, r.Intn(12))
		for j := range b {
			b[j] = byte(r.Intn(256))
		}
		out = append(out, string(b), string(utf8.AppendRune(b, rune(r.Intn(0x110000)))))
	}
	return append(out, "", "héllo, 世界", "\U0010FFFF", "\uFFFD")
}

func runes() []rune {
	rs := []rune{-1, -0x80000000, 0x7fffffff, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x110000}
	for r := rune(0); r < 0x900; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x900); r < 0x110100; r += 97 {
		rs = append(rs, r)
	}
	return rs
}

func main() {
	for _, s := range inputs() {
		b := []byte(s)
		r1, n1 := my.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRuneInString(s)
		Eq("DecodeRuneInString "+s, []int{int(r1), n1}, []int{int(r2), n2})
		r1, n1 = my.DecodeRune(b)
		r2, n2 = utf8.DecodeRune(b)
		Eq("DecodeRune "+s, []int{int(r1), n1}, []int{int(r2), n2})
		r1, n1 = my.DecodeLastRuneInString(s)
		r2, n2 = utf8.DecodeLastRuneInString(s)
		Eq("DecodeLastRuneInString "+s, []int{int(r1), n1}, []int{int(r2), n2})
		r1, n1 = my.DecodeLastRune(b)
		r2, n2 = utf8.DecodeLastRune(b)
		Eq("DecodeLastRune "+s, []int{int(r1), n1}, []int{int(r2), n2})
		Eq("FullRune "+s, my.FullRune(b), utf8.FullRune(b))
		Eq("FullRuneInString "+s, my.FullRuneInString(s), utf8.FullRuneInString(s))
		Eq("RuneCount "+s, my.RuneCount(b), utf8.RuneCount(b))
		Eq("RuneCountInString "+s, my.RuneCountInString(s), utf8.RuneCountInString(s))
		Eq("Valid "+s, my.Valid(b), utf8.Valid(b))
		Eq("ValidString "+s, my.ValidString(s), utf8.ValidString(s))
		if len(s) > 0 {
			Eq("RuneStart "+s, my.RuneStart(s[0]), utf8.RuneStart(s[0]))
		}
	}
	for _, r := range runes() {
		Eq("RuneLen", my.RuneLen(r), utf8.RuneLen(r))
		Eq("ValidRune", my.ValidRune(r), utf8.ValidRune(r))
		Eq("AppendRune", my.AppendRune([]byte("ab"), r), utf8.AppendRune([]byte("ab"), r))
		for n := 0; n <= 4; n++ {
			b1, b2 := make([]byte, n), make([]byte, n)
			var w1, w2 int
			p1 := Panic(func() { w1 = my.EncodeRune(b1, r) })
			p2 := Panic(func() { w2 = utf8.EncodeRune(b2, r) })
			Eq("EncodeRune panic", p1, p2)
			if p2 == "no panic" {
				Eq("EncodeRune", []any{w1, b1}, []any{w2, b2})
			}
		}
	}
	Eq("consts", []any{my.RuneError, my.RuneSelf, my.MaxRune, my.UTFMax}, []any{utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax})
	Done("unicode/utf8")
}
