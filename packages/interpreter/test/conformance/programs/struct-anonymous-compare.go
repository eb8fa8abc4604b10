// Anonymous structs, struct comparison, zero values, struct conversion and field tags.
package main

import "fmt"

type P struct {
	X, Y int
}

type Q struct {
	X, Y int
}

type Tagged struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt, pt.X)
	p := P(pt)
	q := Q(p)
	fmt.Println(p == P{1, 2}, q, p == P(q))
	var anon struct {
		Name string
		Tags []string
		Next *P
	}
	fmt.Printf("%+v %v %v\n", anon, anon.Tags == nil, anon.Next == nil)
	people := []struct {
		Name string
		Age  int
	}{{"a", 1}, {"b", 2}}
	for _, x := range people {
		fmt.Print(x.Name, x.Age, " ")
	}
	fmt.Println()
	a := struct{ A, B string }{"x", "y"}
	b := struct{ A, B string }{"x", "y"}
	fmt.Println(a == b)
	var e1, e2 struct{}
	fmt.Println(e1 == e2, fmt.Sprint(e1))
	t := Tagged{"n", 3}
	fmt.Printf("%v %+v %#v\n", t, t, t)
	pp := &P{3, 4}
	pp2 := &P{3, 4}
	fmt.Println(pp == pp2, *pp == *pp2)
	cfg := struct {
		Host string
		Port int
	}{Port: 80}
	fmt.Printf("%+v\n", cfg)
	m := map[struct{ a, b int }]string{{1, 2}: "x"}
	fmt.Println(m[struct{ a, b int }{1, 2}])
	var i1, i2 interface{} = P{1, 2}, Q{1, 2}
	fmt.Println(i1 == i2, i1 == interface{}(P{1, 2}))
	nested := struct {
		Inner struct{ V int }
	}{}
	nested.Inner.V = 5
	fmt.Printf("%+v\n", nested)
}
