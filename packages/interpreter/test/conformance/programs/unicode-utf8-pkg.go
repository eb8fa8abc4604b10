// unicode/utf8: RuneCountInString, DecodeRuneInString, DecodeLastRuneInString, ValidString,
// EncodeRune, RuneLen, AppendRune (new in Go 1.18).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%c:%d ", r, size)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("%q %d\n", r, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r, size)
	r, size = utf8.DecodeRuneInString("\xe4\xb8")
	fmt.Println(r, size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte{0xed, 0xa0, 0x80}), utf8.ValidRune(0xD800), utf8.ValidRune('a'))
	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '世', '🙂', -1, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U %d % x %d\n", r, n, buf[:n], utf8.RuneLen(r))
	}
	fmt.Println(utf8.RuneStart(s[1]), utf8.RuneStart(s[2]), utf8.FullRune([]byte{0xe4}), utf8.FullRuneInString("世"))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, string(utf8.RuneError))
	out := utf8.AppendRune([]byte("x"), '界')
	fmt.Println(string(out), len(out))
	reversed := []rune(s)
	for i, j := 0, len(reversed)-1; i < j; i, j = i+1, j-1 {
		reversed[i], reversed[j] = reversed[j], reversed[i]
	}
	fmt.Println(string(reversed))
}
