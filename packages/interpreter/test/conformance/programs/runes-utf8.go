package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界! 👋 café"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range "aé世👋" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(reverse(s))
	fmt.Printf("%q %v %x\n", s[7:10], s[7], s[7:10])
	bad := "a\xffb\xc0"
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))
	fmt.Println([]byte("é"), []rune("é"), string(rune(233)), string([]byte{0xe4, 0xb8, 0x96}))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	counts := map[string]int{}
	for _, r := range "Hello World 123 ü!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(strings.ToUpper("héllo wörld"), unicode.ToTitle('ß'), string(unicode.ToUpper('ÿ')))
	var sb strings.Builder
	for _, r := range "hello" {
		sb.WriteRune(r - 32)
	}
	fmt.Println(sb.String())
	b := []byte("hello")
	b[0] = 'J'
	fmt.Println(string(b), string(b[1:3]))
	x := 'a' + 1
	fmt.Printf("%T %v %c\n", x, x, x)
	fmt.Println(string(rune(0x10FFFF+1)) == "\uFFFD", utf8.RuneLen(-1))
	fmt.Println(strings.Count("cheese", ""), strings.Count("世界", ""))
	fmt.Println(s[len(s)-1], s[100%len(s)])
	fmt.Println(s[3:2+len(s)])
}
