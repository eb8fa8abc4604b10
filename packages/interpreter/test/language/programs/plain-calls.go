// Functions that can run as plain JavaScript calls (no channel operations, no go, defer or
// closures, only calls of such functions) run so while their goroutine is alone, and as
// generators while another goroutine can run: the results must not differ.
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

type point struct{ x, y int }

func (p point) dist() float64 { return math.Sqrt(float64(p.x*p.x + p.y*p.y)) }

func (p *point) move(dx, dy int) { p.x += dx; p.y += dy }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// Maps in every form: literal, assignment, op-assignment, comma-ok, delete, range, clear.
func histogram(words []string) (map[string]int, int) {
	h := map[string]int{"seed": 1}
	for _, w := range words {
		h[w]++
		h[w] += len(w)
	}
	if _, ok := h["seed"]; ok {
		delete(h, "seed")
	}
	total := 0
	for _, n := range h {
		total += n
	}
	return h, total
}

func keys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func walk(steps int) point {
	p := point{}
	for i := 0; i < steps; i++ {
		p.move(i%3, -(i % 2))
	}
	return p
}

func index(xs []int, i int) int { return xs[i] }

func work(tag string) string {
	h, total := histogram([]string{"go", "map", "go", "chan", "map", "go"})
	p := walk(1000)
	s := tag + ": fib " + strconv.Itoa(fib(20))
	s += fmt.Sprintf(" hist %v total %d keys %v", h, total, keys(h))
	s += fmt.Sprintf(" walk %v %.3f", p, p.dist())
	return s
}

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return index(xs, i), nil
}

func main() {
	fmt.Println(work("alone"))
	done := make(chan string)
	go func() { done <- work("goroutine") }()
	fmt.Println(work("beside a runnable goroutine"))
	fmt.Println(<-done)
	fmt.Println(safeIndex([]int{1, 2, 3}, 5))
}
