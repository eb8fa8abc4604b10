package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Named struct{ First, Last string }

func (n Named) String() string { return n.First + " " + n.Last }

type Counter struct{ n int }

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) String() string { return fmt.Sprint("count=", c.n) }

type Base struct{ id int }

func (b Base) ID() int { return b.id }

type Item struct {
	Base
	Name string
}

type IDer interface{ ID() int }

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, 0, len(xs))
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type Incer interface {
	*Counter
	Inc()
}

func IncAll[P Incer](ps []P) {
	for _, p := range ps {
		p.Inc()
	}
}

func MaxID[T IDer](xs ...T) int {
	best := -1
	for _, x := range xs {
		if id := x.ID(); id > best {
			best = id
		}
	}
	return best
}

func Apply[T any, R any](xs []T, f func(T) R) []R {
	out := make([]R, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	fmt.Println(Join([]Celsius{20, 37.5}, ", "))
	fmt.Println(Join([]Named{{"Ada", "Lovelace"}, {"Alan", "Turing"}}, "; "))
	c1, c2 := &Counter{}, &Counter{n: 10}
	IncAll([]*Counter{c1, c2, c1})
	fmt.Println(Join([]*Counter{c1, c2}, " "))
	fmt.Println(MaxID(Item{Base{3}, "a"}, Item{Base{9}, "b"}, Item{Base{4}, "c"}))
	fmt.Println(Apply([]Named{{"a", "b"}}, Named.String))
	fmt.Println(Apply([]*Counter{c1}, (*Counter).String))
	fmt.Println(Apply([]Item{{Base{7}, "x"}}, Item.ID))
	var s fmt.Stringer = Celsius(-4)
	f := s.String
	s = Named{"changed", "later"}
	fmt.Println(f(), s)
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilS fmt.Stringer
	g := nilS.String
	fmt.Println("unreachable", g)
}
