// Closures in methods (main.(*T).m.func1), wrappers in closures (main.f.func2.2), a deferred
// method call's wrapper, and goroutines created by goroutines (the creation stack has the
// creating goroutine's frames).
package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex
var a, b, c, d, e int

type T struct{ n int }

func (t *T) bump(k int) { t.n += k }

func worker(p *int, k int) { *p += k }

func f() {
	defer mu.Unlock()
	mu.Lock()
	x := func() int { return 1 }
	go func(i int) {
		b = i
		go worker(&c, i)
		time.Sleep(time.Millisecond)
		go func(j int) { d = j }(i)
	}(x())
}

func (t *T) m() {
	go t.bump(2)
	time.Sleep(time.Millisecond)
	go func() { e = 5 }()
}

func main() {
	b, c, d, e = 9, 9, 9, 9
	t := &T{}
	t.n = 9
	f()
	time.Sleep(10 * time.Millisecond)
	t.m()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(a, b, c, d, e, t.n)
}
