// for range over a string decodes UTF-8; invalid bytes yield U+FFFD with width 1.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	for i, r := range s {
		fmt.Printf("%d %q %U\n", i, r, r)
	}
	bad := "a\xffb\xc3\x28c\xe2\x82"
	for i, r := range bad {
		fmt.Printf("%d %q %d\n", i, r, r)
	}
	fmt.Println(len(bad), len([]rune(bad)))
	fmt.Printf("%q\n", bad)
	fmt.Printf("%q\n", string([]rune(bad)))
	surrogate := "\xed\xa0\x80x"
	for i, r := range surrogate {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	overlong := "\xc0\xafz"
	for i, r := range overlong {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
	for i := range "ab€" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var empty string
	for i, r := range empty {
		fmt.Println("never", i, r)
	}
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD")
	fmt.Printf("%q %q\n", string(rune(65)), string(rune(0x10FFFF)))
}
