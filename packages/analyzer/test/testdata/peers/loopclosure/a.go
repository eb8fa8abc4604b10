// Package loopclosure restates, with code of its own, the cases of go vet's loopclosure
// tests (golang.org/x/tools, go/analysis/passes/loopclosure/testdata/src: a/a.go, a/b.go,
// subtests/subtest.go, typeparams/typeparams.go, versions/go18.txtar) for MH005
// loopvar-captured-by-goroutine, in a go1.21 module (vet checks only pre-go1.22 code).
// go1.22 modules: ../loopclosure122.
//
// Covered by ../../loopcapture already (not repeated here): a literal given the variable
// as an argument or after `v := v`; a go statement followed by other statements; a Go
// method of another type taking a func().
//
// Out of scope (deliberate differences from vet):
//   - a loop that assigns (=) a variable declared outside it (a package variable, one
//     declared in another file, or `for x[0], f = range`): vet reports the captures, MH005
//     does not. There is one variable in every Go version, declared by no loop clause; this
//     is a data race on a shared variable, not the loop-variable semantics MH005 is about.
//   - MH005 reports a variable once per func literal (its first reference, or one used with
//     a map); vet reports every reference. The cases below reference each variable once.
//
// Go 1.19's `go vet -loopclosure` (the vet at hand) looks only at the last statement of the
// loop body itself; from Go 1.20 vet also looks through if, switch, select and nested
// loops, and checks parallel subtests, as MH005 does. Lines marked "(vet 1.20+)" are
// therefore not reported by Go 1.19's vet.
package loopclosure

import (
	"sync"

	"golang.org/x/sync/errgroup"
)

var shared int

func goAndDefer(items []int) {
	for i, v := range items {
		go func() {
			println(i) // want `loop variable i captured by a func literal started with go`
			println(v) // want `loop variable v captured by a func literal started with go`
		}()
	}
	for i, v := range items {
		defer func() {
			println(i) // want `loop variable i captured by a deferred func literal`
			println(v) // want `loop variable v captured by a deferred func literal`
		}()
	}
	for i := range items {
		go func() {
			println(i) // want `loop variable i captured`
		}()
	}
	for _, v := range items {
		go func() {
			println(v) // want `loop variable v captured`
		}()
	}
}

// Variables the loop assigns but does not declare: out of scope (see the top of the file).
func outerVariables(items []int) {
	for shared = range items {
		go func() {
			println(shared) // vet reports this; out of scope for MH005
		}()
	}
	for elsewhere = range items {
		go func() {
			println(elsewhere) // vet from Go 1.20 reports this (Go 1.19's resolves names per file and misses a variable of b.go); out of scope for MH005
		}()
	}
	var pair [2]int
	var f int
	for pair[0], f = range items {
		go func() {
			_ = f // vet reports this; out of scope for MH005
		}()
	}
}

// A struct literal's field name is not a reference to the variable; a map literal's key is.
type point struct {
	v int
}

func literalKeys(items []int) {
	for _, v := range items {
		go func() {
			_ = point{v: 1}
			_ = map[int]int{v: 1} // want `loop variable v captured`
		}()
	}
	for _, v := range items {
		go func() {
			_ = []*point{{v: 1}}
			_ = []map[int]int{{v: 1}} // want `loop variable v captured`
		}()
	}
}

type cell struct {
	val  int
	next *cell
}

// Three-clause loops: the variables the post statement assigns.
func threeClause(head *cell) {
	for i := 0; i < 10; i++ {
		go func() {
			print(i) // want `loop variable i captured`
		}()
	}
	for i, j := 0, 1; i < 100; i, j = j, i+j {
		go func() {
			print(j) // want `loop variable j captured`
		}()
	}
	for c := head; c != nil; c = c.next {
		go func() {
			print(c.val) // want `loop variable c captured`
		}()
	}
}

// The last statement, looked for through if, switch, select and nested loops.
func lastThroughNesting() {
	for i := range "outer" {
		for j := range "inner" {
			if j < 1 {
				defer func() {
					print(i) // want `loop variable i captured by a deferred` (vet 1.20+)
				}()
			} else if j < 2 {
				go func() {
					print(i) // want `loop variable i captured by a func literal started with go` (vet 1.20+)
				}()
			} else {
				go func() {
					print(i)
				}()
				println("not last")
			}
		}
	}

	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j < 1 {
				switch j {
				case 0:
					defer func() {
						print(i) // want `loop variable i captured by a deferred` (vet 1.20+)
					}()
				default:
					go func() {
						print(i) // want `loop variable i captured by a func literal started` (vet 1.20+)
					}()
				}
			} else if j < 2 {
				var x interface{} = j
				switch x.(type) {
				case int:
					defer func() {
						print(i) // want `loop variable i captured by a deferred` (vet 1.20+)
					}()
				default:
					go func() {
						print(i) // want `loop variable i captured by a func literal started` (vet 1.20+)
					}()
				}
			} else {
				ch := make(chan string)
				select {
				case <-ch:
					defer func() {
						print(i) // want `loop variable i captured by a deferred` (vet 1.20+)
					}()
				default:
					go func() {
						print(i) // want `loop variable i captured by a func literal started` (vet 1.20+)
					}()
				}
			}
		}
	}
}

// Group has a Go method but is not errgroup's.
type Group struct{}

func (g *Group) Go(func() error) {}

func groups(items []int) {
	g := new(errgroup.Group)
	for i, v := range items {
		g.Go(func() error {
			print(i) // want `loop variable i captured by a func literal passed to g.Go`
			print(v) // want `loop variable v captured by a func literal passed to g.Go`
			return nil
		})
	}

	for i, v := range items {
		if i > 0 {
			g.Go(func() error {
				print(i) // want `loop variable i captured by a func literal passed to g.Go` (vet 1.20+)
				return nil
			})
		} else {
			g.Go(func() error {
				print(v) // want `loop variable v captured by a func literal passed to g.Go` (vet 1.20+)
				return nil
			})
		}
	}

	mine := new(Group)
	for i, v := range items {
		mine.Go(func() error {
			print(i)
			print(v)
			return nil
		})
	}
}

// Critical work in an errgroup, the rest under a WaitGroup (golang/go#16520's shape).
func mixed(nodes []interface{}, isCritical func(interface{}) bool, run func(interface{}) error) {
	critical := new(errgroup.Group)
	others := sync.WaitGroup{}
	for _, node := range nodes {
		if isCritical(node) {
			critical.Go(func() error {
				return run(node) // want `loop variable node captured by a func literal passed to critical.Go` (vet 1.20+)
			})
		} else {
			others.Add(1)
			go func() {
				_ = run(node) // want `loop variable node captured by a func literal started with go` (vet 1.20+)
				others.Done()
			}()
		}
	}
}
