package main

import "fmt"

type Key struct {
	A string
	B int
}

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	m1 := map[Key]bool{{"b", 1}: true, {"a", 2}: false, {"a", 1}: true}
	fmt.Println(m1)
	m2 := map[interface{}]int{"x": 1, 2: 2, 1.5: 3, "a": 4, 1: 5, true: 6, false: 7}
	fmt.Println(m2)
	m3 := map[float64]string{2.5: "b", -1: "a", 0: "z"}
	fmt.Println(m3)
	m4 := map[bool]int{true: 1, false: 0}
	fmt.Println(m4)
	m5 := map[[2]int]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"}
	fmt.Println(m5)
	m6 := map[Level][]string{3: {"c"}, 1: {"a", "b"}, 2: nil}
	fmt.Println(m6)
	fmt.Printf("%v\n%+v\n%#v\n", m1, m1, m3)
	m7 := map[string]map[string]int{"z": {"b": 2, "a": 1}, "y": {}}
	fmt.Println(m7)
	m8 := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(m8)
	m9 := map[*int]int{}
	fmt.Println(m9, len(m9))
	type pt struct{ X, Y float64 }
	m10 := map[pt]int{{1, 2}: 1, {0.5, 3}: 2, {1, -1}: 3}
	fmt.Println(m10)
	m11 := map[int8]string{-3: "neg", 5: "pos", 0: "zero"}
	fmt.Printf("%v %d\n", m11, len(m11))
	m12 := map[string]*Key{"k": {"q", 1}}
	fmt.Printf("%v\n", *m12["k"])
	m13 := map[uint]bool{10: true, 2: false, 300: true}
	fmt.Println(m13)
	fmt.Printf("%#v\n", map[string]interface{}{"n": 1, "s": "str", "f": 1.0, "nil": nil})
}
