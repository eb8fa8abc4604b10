// Value and pointer receivers: which calls see the change; automatic & and *.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c Counter) IncValue() { c.n++ }
func (c *Counter) Inc()     { c.n++ }
func (c *Counter) Reset()   { *c = Counter{} }

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *List) Push(v int) { *l = append(*l, v) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Named struct{ name string }

func (n *Named) Hello() string {
	if n == nil {
		return "hello from a nil receiver"
	}
	return "hello " + n.name
}

func main() {
	c := Counter{}
	c.IncValue()
	fmt.Println(c.Get())
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	p.IncValue()
	fmt.Println(p.Get(), c.n)
	c.Reset()
	fmt.Println(c.n)
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var n *Named
	fmt.Println(n.Hello())
	n = &Named{"gopher"}
	fmt.Println(n.Hello())
	counters := []Counter{{1}, {2}}
	for _, ct := range counters {
		ct.Inc()
	}
	fmt.Println(counters)
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters)
	m := map[string]*Counter{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].Get())
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr)
}
