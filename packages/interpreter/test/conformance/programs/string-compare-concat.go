// String comparison is bytewise; concatenation makes new strings; strings are immutable.
package main

import "fmt"

func main() {
	words := []string{"apple", "Apple", "app", "apples", "", "b", "é", "z", "aé"}
	for _, a := range words {
		for _, b := range words[:4] {
			fmt.Print(a < b, a == b, a >= b, " ")
		}
		fmt.Println()
	}
	s := "hello"
	t := s
	s += ", world"
	fmt.Println(s, t, len(s), len(t))
	var acc string
	for i := 0; i < 5; i++ {
		acc += string(rune('a'+i)) + "-"
	}
	fmt.Println(acc)
	a := "x" + "y" + "z"
	fmt.Println(a == "xyz", a != "xyz", "abc" < "abd", "ab" < "abc", "B" < "a")
	fmt.Println("\u00e9" == "é", "e\u0301" == "é")
	x, y := "same", "sa"
	y += "me"
	fmt.Println(x == y)
	multi := `raw
string\n`
	fmt.Println(multi, len(multi))
	fmt.Println("tab\there", "quote\"", 'q', "\x41\101\u0041")
}
