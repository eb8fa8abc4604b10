// Compares stdlib/unicode's Go-written functions (IsControl, To) with Go's;
// the natives are checked by test/stdlib-natives.test.ts.
package main

import (
	"unicode"

	. "mapscope.test/std/checks/harness"
	my "mapscope.test/std/unicode"
)

func main() {
	for r := rune(-3); r <= unicode.MaxRune+3; r++ {
		Eq("IsControl", my.IsControl(r), unicode.IsControl(r))
		if r < 0x3000 || r%61 == 0 {
			for c := -1; c <= 3; c++ {
				Eq("To", my.To(c, r), unicode.To(c, r))
			}
		}
	}
	Eq("consts", []any{my.MaxRune, my.ReplacementChar, my.MaxASCII, my.MaxLatin1, my.Version, my.UpperCase, my.LowerCase, my.TitleCase, my.MaxCase},
		[]any{unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase})
	Done("unicode")
}
