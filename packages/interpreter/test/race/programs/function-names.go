// Function names in stacks as Go's compiler makes them: methods (main.(*T).Work), generic
// functions (main.G[...]), closures numbered per function (func1, nested func1.1), and the
// wrapper closures Go 1.19 makes for go statements with arguments or receivers, numbered
// after the function's literals (here main.main.func2 … func7).
package main

import (
	"fmt"
	"time"
)

type T struct{ n int }

func (t *T) Work(k int) {
	t.n += k
}

func worker(p *int, k int) {
	*p += k
}

func G[X any](p *X, v X) {
	f := func() {
		*p = v
	}
	f()
}

var a, b, c int

func main() {
	t := &T{}
	go t.Work(1)
	time.Sleep(time.Millisecond)
	go t.Work(2)
	time.Sleep(time.Millisecond)
	go worker(&a, 1)
	time.Sleep(time.Millisecond)
	go worker(&a, 2)
	time.Sleep(time.Millisecond)
	go G(&b, 1)
	time.Sleep(time.Millisecond)
	go G(&b, 2)
	time.Sleep(time.Millisecond)
	for i := 0; i < 2; i++ {
		go func() {
			func() {
				c++
			}()
		}()
		time.Sleep(time.Millisecond)
	}
	fmt.Println(t.n, a, b, c)
}
