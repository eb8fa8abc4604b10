// Strings are byte sequences: len counts bytes, indexing yields bytes, runes decode UTF-8.
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), len([]rune(s)))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	fmt.Printf("%T %T\n", s[0], []rune(s)[0])
	fmt.Println(s[1], string(s[1]), s[1:3], string([]rune(s)[1]))
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	r[7] = '地'
	fmt.Println(string(r), len(string(r)))
	fmt.Printf("%q %+q %x % x\n", s, s, s, "hi!")
	fmt.Printf("%c %U %q %d\n", '世', '世', '世', '世')
	var by byte = 'z'
	fmt.Println(by, string(rune(by)))
	emoji := "👍🏽"
	fmt.Println(len(emoji), len([]rune(emoji)), []rune(emoji))
	fmt.Println([]byte("€"))
	fmt.Printf("%s|%v|%d\n", []byte("go"), []byte("go"), []byte("go"))
	fmt.Printf("%q\n", []rune("añb"))
	fmt.Printf("%x %X\n", "añb", []byte("añb"))
}
