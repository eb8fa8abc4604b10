// Embedded structs: promoted fields and methods, shadowing, pointer embedding.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

type A struct{ X, Y int }
type B struct{ X, Z int }
type C struct {
	A
	B
	Y string
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("max")
	fmt.Println(d.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started")
	s.prefix = "[new] "
	s.Logger.Log("changed")
	c := C{A{1, 2}, B{3, 4}, "y"}
	fmt.Println(c.A.X, c.B.X, c.Y, c.A.Y, c.Z)
	fmt.Printf("%+v\n", c)
	dp := &d
	dp.Legs = 3
	fmt.Println(dp.Describe(), d.Legs)
	type Point struct{ X, Y int }
	type Circle struct {
		Point
		R int
	}
	type Wheel struct {
		Circle
		Spokes int
	}
	var w Wheel
	w.X = 8
	w.Circle.Point.Y = 9
	w.R = 5
	fmt.Printf("%#v\n", w)
	w2 := Wheel{Circle{Point{1, 2}, 3}, 4}
	fmt.Println(w2.X, w2 == w, w2 == Wheel{Circle{Point{1, 2}, 3}, 4})
}
