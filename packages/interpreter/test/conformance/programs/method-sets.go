package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}
func (l *IntList) Push(v int) { *l = append(*l, v) }

type Counter map[string]int

func (c Counter) Inc(k string) { c[k]++ }
func (c Counter) Top(n int) []string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c[keys[i]] != c[keys[j]] {
			return c[keys[i]] > c[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

type Op func(int) int

func (o Op) Then(next Op) Op { return func(x int) int { return next(o(x)) } }

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string   { return g.greeting + ", " + name }
func (g *Greeter) SetGreeting(s string)      { g.greeting = s }

type Pusher interface{ Push(int) }

func main() {
	var l IntList
	l.Push(1)
	l.Push(2)
	(&l).Push(3)
	fmt.Println(l, l.Sum(), IntList{4, 5}.Sum())
	var p Pusher = &l
	p.Push(10)
	fmt.Println(l)
	c := Counter{}
	for _, w := range strings.Fields("a b c a b a d d d d") {
		c.Inc(w)
	}
	fmt.Println(c.Top(2), c.Top(10), c)
	double := Op(func(x int) int { return x * 2 })
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(double.Then(inc)(5), inc.Then(double)(5), double.Then(double).Then(inc)(1))
	g := Greeter{"Hello"}
	greet := g.Greet
	g.SetGreeting("Hi")
	fmt.Println(greet("Ann"), g.Greet("Bob"))
	set := g.SetGreeting
	set("Yo")
	fmt.Println(g.Greet("Cy"))
	fs := map[string]func(string) string{
		"upper": strings.ToUpper,
		"greet": g.Greet,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	}
	names := []string{"upper", "greet", "title"}
	for _, n := range names {
		fmt.Println(n, fs[n]("gopher"))
	}
	f := (*Greeter).SetGreeting
	f(&g, "Hey")
	fmt.Println(Greeter.Greet(g, "Dee"))
	var gp *Greeter
	fmt.Println(gp.Greet("nil"))
}
