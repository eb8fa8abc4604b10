// Conversions between string, []byte and []rune copy; string(rune) encodes one code point.
package main

import "fmt"

func main() {
	s := "Go→λ"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, len(b))
	fmt.Println(r, len(r))
	b[0] = 'g'
	r[3] = 'Λ'
	fmt.Println(s, string(b), string(r))
	b2 := b[:2]
	s2 := string(b2)
	b2[0] = 'X'
	fmt.Println(s2, string(b))
	fmt.Println(string(rune(0x4e16)), string(rune('a'+1)), string([]byte{72, 105}), string([]rune{0x1F600, 'x'}))
	var nb []byte
	var nr []rune
	fmt.Printf("%q %q %v %v\n", string(nb), string(nr), []byte(""), []rune("") == nil)
	fmt.Println([]byte("") == nil, len([]byte("")))
	bs := append([]byte("abc"), "def"...)
	fmt.Println(string(bs))
	n := copy(bs, "XY")
	fmt.Println(n, string(bs))
	x := 'A'
	fmt.Printf("%T %T\n", x, string(x))
	fmt.Println(string(r[1:3]), string(b[1:]))
	invalid := []byte{0xff, 'a', 0xfe}
	fmt.Println([]rune(string(invalid)))
	fmt.Printf("%q\n", string(invalid))
	digits := []byte{}
	for i := 0; i < 5; i++ {
		digits = append(digits, byte('0'+i))
	}
	fmt.Println(string(digits))
}
