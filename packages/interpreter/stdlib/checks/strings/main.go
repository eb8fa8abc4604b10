// Compares stdlib/strings with Go's strings.
package main

import (
	"io"
	"strings"
	"unicode"

	. "mapscope.test/std/checks/harness"
	myio "mapscope.test/std/io"
	my "mapscope.test/std/strings"
)

var corpus = []string{
	"", "a", "A", "ab", "abc", "aaa", "aa", "ba", "abcabc", "a,b,,c", ",", ",,", " ", "  a  b  ",
	"\t\n\v\f\r x \u0085\u00a0", "\u2003hi\u3000", "héllo", "HÉLLO", "ÀÉÎõü", "ǅǄǆ", "ß", "ẞ", "İı", "Σσς",
	"Kk\u212a", "ﬀ", "日本語", "日本", "本", "\xff", "a\xffb", "\xff\xfe", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	"\xe0\x80", "\xe2\x82", "\uFFFD", "a\uFFFDb", "x\x00y", "ⱥȺ", "ᾈᾀ", "\U0001F600 smile", "abcdefghijklmn",
	"aAbBcC", "tEsT", "ǈ", "µΜ", "ſS", "åÅÅ", "\u0345\u0399\u03b9\u1fbe",
}

func mappings() map[string]func(rune) rune {
	return map[string]func(rune) rune{
		"id": func(r rune) rune { return r },
		"drop-a": func(r rune) rune {
			if r == 'a' || r == 'é' {
				return -1
			}
			return r
		},
		"next": func(r rune) rune { return r + 1 },
		"ffd": func(r rune) rune {
			if r == 0xFFFD {
				return 'X'
			}
			return r
		},
		"bad": func(r rune) rune {
			if r == 'b' {
				return 0xD800
			}
			return r
		},
		"upper": unicode.ToUpper,
	}
}

func main() {
	for _, s := range corpus {
		Eq("Fields "+s, my.Fields(s), strings.Fields(s))
		Eq("FieldsFunc "+s, my.FieldsFunc(s, unicode.IsUpper), strings.FieldsFunc(s, unicode.IsUpper))
		Eq("ToUpper "+s, my.ToUpper(s), strings.ToUpper(s))
		Eq("ToLower "+s, my.ToLower(s), strings.ToLower(s))
		Eq("ToTitle "+s, my.ToTitle(s), strings.ToTitle(s))
		Eq("Title "+s, my.Title(s), strings.Title(s))
		Eq("TrimSpace "+s, my.TrimSpace(s), strings.TrimSpace(s))
		Eq("TrimFunc "+s, my.TrimFunc(s, unicode.IsLetter), strings.TrimFunc(s, unicode.IsLetter))
		Eq("TrimLeftFunc "+s, my.TrimLeftFunc(s, unicode.IsLower), strings.TrimLeftFunc(s, unicode.IsLower))
		Eq("TrimRightFunc "+s, my.TrimRightFunc(s, unicode.IsLower), strings.TrimRightFunc(s, unicode.IsLower))
		Eq("IndexFunc "+s, my.IndexFunc(s, unicode.IsSpace), strings.IndexFunc(s, unicode.IsSpace))
		Eq("LastIndexFunc "+s, my.LastIndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace))
		Eq("ToValidUTF8 "+s, my.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, "?"))
		Eq("ToValidUTF8 empty "+s, my.ToValidUTF8(s, ""), strings.ToValidUTF8(s, ""))
		Eq("Clone "+s, my.Clone(s), strings.Clone(s))
		for name, m := range mappings() {
			Eq("Map "+name+" "+s, my.Map(m, s), strings.Map(m, s))
		}
		for _, n := range []int{-5, -1, 0, 1, 2, 3, 1 << 62, 1<<63 - 1} {
			var a, b string
			pa := Panic(func() { a = my.Repeat(s, n) })
			pb := Panic(func() { b = strings.Repeat(s, n) })
			if n < 1<<20 || s == "" {
				Eq("Repeat panic", pa, pb)
				Eq("Repeat", a, b)
			} else if pb != "no panic" {
				Eq("Repeat panic", pa, pb)
			}
		}
		for _, r := range []rune{-1, 0, 'a', 'A', 'b', 'é', 'ß', '本', 0xFFFD, 0xD800, 0x10FFFF, 0x110000, 0x1F600} {
			Eq("IndexRune", my.IndexRune(s, r), strings.IndexRune(s, r))
			Eq("ContainsRune", my.ContainsRune(s, r), strings.ContainsRune(s, r))
		}
		for _, c := range []byte{0, 'a', ',', 0xff, 0xe6} {
			Eq("IndexByte", my.IndexByte(s, c), strings.IndexByte(s, c))
			Eq("LastIndexByte", my.LastIndexByte(s, c), strings.LastIndexByte(s, c))
		}
		for _, t := range corpus {
			w := s + "|" + t
			Eq("Compare "+w, my.Compare(s, t), strings.Compare(s, t))
			Eq("Contains "+w, my.Contains(s, t), strings.Contains(s, t))
			Eq("ContainsAny "+w, my.ContainsAny(s, t), strings.ContainsAny(s, t))
			Eq("Count "+w, my.Count(s, t), strings.Count(s, t))
			a1, a2, a3 := my.Cut(s, t)
			b1, b2, b3 := strings.Cut(s, t)
			Eq("Cut "+w, []any{a1, a2, a3}, []any{b1, b2, b3})
			Eq("EqualFold "+w, my.EqualFold(s, t), strings.EqualFold(s, t))
			Eq("HasPrefix "+w, my.HasPrefix(s, t), strings.HasPrefix(s, t))
			Eq("HasSuffix "+w, my.HasSuffix(s, t), strings.HasSuffix(s, t))
			Eq("Index "+w, my.Index(s, t), strings.Index(s, t))
			Eq("IndexAny "+w, my.IndexAny(s, t), strings.IndexAny(s, t))
			Eq("LastIndex "+w, my.LastIndex(s, t), strings.LastIndex(s, t))
			Eq("LastIndexAny "+w, my.LastIndexAny(s, t), strings.LastIndexAny(s, t))
			Eq("Split "+w, my.Split(s, t), strings.Split(s, t))
			Eq("SplitAfter "+w, my.SplitAfter(s, t), strings.SplitAfter(s, t))
			for n := -2; n <= 4; n++ {
				Eq("SplitN "+w, my.SplitN(s, t, n), strings.SplitN(s, t, n))
				Eq("SplitAfterN "+w, my.SplitAfterN(s, t, n), strings.SplitAfterN(s, t, n))
				Eq("Replace "+w, my.Replace(s, t, "<>", n), strings.Replace(s, t, "<>", n))
				Eq("Replace2 "+w, my.Replace(s, t, "", n), strings.Replace(s, t, "", n))
			}
			Eq("ReplaceAll "+w, my.ReplaceAll(s, t, "_"), strings.ReplaceAll(s, t, "_"))
			Eq("Trim "+w, my.Trim(s, t), strings.Trim(s, t))
			Eq("TrimLeft "+w, my.TrimLeft(s, t), strings.TrimLeft(s, t))
			Eq("TrimRight "+w, my.TrimRight(s, t), strings.TrimRight(s, t))
			Eq("TrimPrefix "+w, my.TrimPrefix(s, t), strings.TrimPrefix(s, t))
			Eq("TrimSuffix "+w, my.TrimSuffix(s, t), strings.TrimSuffix(s, t))
			Eq("Join "+w, my.Join([]string{s, t, s}, t), strings.Join([]string{s, t, s}, t))
		}
		Eq("Join1", my.Join([]string{s}, ","), strings.Join([]string{s}, ","))
	}
	Eq("Join nil", my.Join(nil, ","), strings.Join(nil, ","))

	// CutPrefix and CutSuffix are Go 1.20: expectations by hand.
	a, ok := my.CutPrefix("foobar", "foo")
	Eq("CutPrefix", []any{a, ok}, []any{"bar", true})
	a, ok = my.CutPrefix("foobar", "bar")
	Eq("CutPrefix miss", []any{a, ok}, []any{"foobar", false})
	a, ok = my.CutSuffix("foobar", "bar")
	Eq("CutSuffix", []any{a, ok}, []any{"foo", true})
	a, ok = my.CutSuffix("foobar", "")
	Eq("CutSuffix empty", []any{a, ok}, []any{"foobar", true})

	replacers := [][]string{
		{"a", "1"}, {"a", "1", "b", "2"}, {"a", "1", "a", "2"}, {"aaa", "3", "aa", "2", "a", "1"},
		{"a", "1", "aaa", "3"}, {"", "X"}, {"a", "1", "", "X"}, {"", "X", "a", "1"}, {"abc", "[abc]"},
		{"é", "e", "本", "book"}, {"a", "", "b", ""}, {"<", "&lt;", ">", "&gt;", "&", "&amp;"},
		{"\xff", "?"}, {"ab", "ba", "ba", "ab"}, {"", ""}, {"x", "xx"}, {}, {"a", "b", "b", "a"},
	}
	for _, on := range replacers {
		r1, r2 := my.NewReplacer(on...), strings.NewReplacer(on...)
		for _, s := range corpus {
			Eq("Replacer "+s, r1.Replace(s), r2.Replace(s))
		}
		Eq("Replacer aaaa", r1.Replace("aaaa<>&"), r2.Replace("aaaa<>&"))
	}
	Eq("NewReplacer odd", Panic(func() { my.NewReplacer("a") }), Panic(func() { strings.NewReplacer("a") }))

	var b1 my.Builder
	var b2 strings.Builder
	for i, s := range corpus {
		n1, e1 := b1.WriteString(s)
		n2, e2 := b2.WriteString(s)
		Eq("Builder.WriteString", []any{n1, e1}, []any{n2, e2})
		Eq("Builder.WriteByte", b1.WriteByte(byte(i)), b2.WriteByte(byte(i)))
		n1, e1 = b1.WriteRune(rune(i * 0x3001))
		n2, e2 = b2.WriteRune(rune(i * 0x3001))
		Eq("Builder.WriteRune", []any{n1, e1}, []any{n2, e2})
		n1, e1 = b1.Write([]byte(s))
		n2, e2 = b2.Write([]byte(s))
		Eq("Builder.Write", []any{n1, e1}, []any{n2, e2})
		Eq("Builder.String", b1.String(), b2.String())
		Eq("Builder.Len/Cap", []int{b1.Len(), b1.Cap()}, []int{b2.Len(), b2.Cap()})
		if i%7 == 3 {
			b1.Grow(i * 5)
			b2.Grow(i * 5)
		}
		if i%11 == 10 {
			b1.Reset()
			b2.Reset()
		}
	}
	Eq("Builder.Grow(-1)", Panic(func() { b1.Grow(-1) }), Panic(func() { b2.Grow(-1) }))

	ops := "bBrRrRuUbrRbuuRRrBbbr"
	for _, s := range corpus {
		for start := 0; start < 3; start++ {
			r1, r2 := my.NewReader(s), strings.NewReader(s)
			for i, op := range ops[start:] {
				var g, w []any
				switch op {
				case 'b':
					c1, e1 := r1.ReadByte()
					c2, e2 := r2.ReadByte()
					g, w = []any{c1, Err(e1), e1 == myio.EOF}, []any{c2, Err(e2), e2 == io.EOF}
				case 'B':
					g, w = []any{Err(r1.UnreadByte())}, []any{Err(r2.UnreadByte())}
				case 'r':
					c1, n1, e1 := r1.ReadRune()
					c2, n2, e2 := r2.ReadRune()
					g, w = []any{c1, n1, Err(e1)}, []any{c2, n2, Err(e2)}
				case 'R':
					g, w = []any{Err(r1.UnreadRune())}, []any{Err(r2.UnreadRune())}
				case 'u':
					p1, p2 := make([]byte, i%4), make([]byte, i%4)
					n1, e1 := r1.Read(p1)
					n2, e2 := r2.Read(p2)
					g, w = []any{n1, Err(e1), p1}, []any{n2, Err(e2), p2}
				}
				g = append(g, r1.Len(), r1.Size())
				w = append(w, r2.Len(), r2.Size())
				Eq("Reader "+string(op)+" "+s, g, w)
			}
		}
	}
	Done("strings")
}
