// Each map operation against a write from another goroutine, one pair per map: the runtime
// function Go's compiler calls depends on the operation and the key type (fast32 for 4-byte
// keys, fast64 for 8-byte ones, faststr for strings, the generic one otherwise), and len(m)
// is a plain read of the map header.
package main

import (
	"fmt"
	"time"
)

type K struct{ a, b int32 }

type K2 struct {
	a int
	s string
}

// pair runs f in a goroutine, then g in another: g's operation races with f's.
func pair(f, g func()) {
	go f()
	time.Sleep(time.Millisecond)
	go g()
	time.Sleep(time.Millisecond)
}

func main() {
	m1 := map[int]int{}
	pair(func() { m1[1]++ }, func() { m1[2] += 3 })
	m2 := map[K]int{}
	pair(func() { m2[K{1, 2}] = 1 }, func() { _, ok := m2[K{1, 2}]; _ = ok })
	m3 := map[K2]int{}
	pair(func() { m3[K2{1, "a"}] = 1 }, func() { delete(m3, K2{1, "a"}) })
	m4 := map[int32]bool{}
	pair(func() { m4[1] = true }, func() { fmt.Println(len(m4)) })
	m5 := map[string]int{}
	pair(func() { m5["x"] = 1 }, func() {
		for k := range m5 {
			_ = k
		}
	})
	m6 := map[*int]int{}
	p := new(int)
	pair(func() { m6[p] = 1 }, func() { delete(m6, p) })
	m7 := map[float64]int{}
	pair(func() { m7[1.5] = 1 }, func() { _ = m7[2.5] })
}
