// Method values bind the receiver when evaluated; method expressions take it as an argument.
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	p := Point{1, 2}
	add := p.Add
	p.X = 100
	fmt.Println(add(Point{10, 10}))
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 3)
	fmt.Println(p)
	strExpr := (*Point).String
	fmt.Println(strExpr(&p))
	fs := []func() string{p.String, Point{7, 7}.String}
	p.X = 0
	for _, f := range fs {
		fmt.Println(f())
	}
	var s fmt.Stringer = p
	sv := s.String
	fmt.Println(sv())
	ifaceExpr := fmt.Stringer.String
	fmt.Println(ifaceExpr(Point{5, 6}))
	up := strings.ToUpper
	fmt.Println(up("method"))
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(mul.Apply(6, 7), Op.Apply(mul, 2, 3))
	fmt.Printf("%T\n%T\n%T\n", addExpr, scaleExpr, add)
	pp := &Point{1, 1}
	valFromPtr := pp.Add
	pp.X = 50
	fmt.Println(valFromPtr(Point{}))
}
