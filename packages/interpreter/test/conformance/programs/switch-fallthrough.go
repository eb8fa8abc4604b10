// switch: no automatic fallthrough, explicit fallthrough, lists, no-condition switch, init.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func describe(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "at most one")
		fallthrough
	case 2:
		out = append(out, "at most two")
	case 3, 4, 5:
		out = append(out, "three to five")
	default:
		out = append(out, "many")
		fallthrough
	case 100:
		out = append(out, "hundred or via default")
	}
	return out
}

func calls(x int) int {
	fmt.Print("calls(", x, ") ")
	return x
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 2, 4, 7, 100} {
		fmt.Println(n, describe(n))
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
	case x > 1:
		fmt.Println("unreached")
	}
	switch calls(2) {
	case calls(1), calls(2), calls(3):
		fmt.Println("matched")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("golang")
	}
	var i interface{} = 3
	switch i {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
	switch {
	}
	switch c := 'x'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float case")
	}
}
