package loopcapture

import (
	"fmt"
	"sync"
	"testing"

	"example.com/loopcapture/errgroup"
)

func passedAsArgument(xs []int) {
	for _, x := range xs {
		go func(x int) { fmt.Println(x) }(x)
	}
}

func copied(xs []int) {
	for _, x := range xs {
		x := x
		go func() { fmt.Println(x) }()
	}
}

func notLast(xs []int) {
	var wg sync.WaitGroup
	for _, x := range xs {
		wg.Add(1)
		go func() { defer wg.Done(); fmt.Println(x) }() // not the last statement (vet: could be awaited)
		wg.Wait()
	}
}

func notLastPlain(xs []int) {
	for _, x := range xs {
		go func() { fmt.Println(x) }() // want `loop variable x captured by a func literal started with go`
		fmt.Println("next") // printing cannot wait for the goroutine
	}
}

func mapKeyThenWait(keys []string, m map[string]int) {
	for _, k := range keys {
		done := make(chan bool)
		go func() { m[k]++; done <- true }()
		<-done
	}
}

func mapKeyThenReturn(keys []string, m map[string]int) {
	for _, k := range keys {
		if k == "x" {
			go func() { m[k]++ }()
			return
		}
	}
}

func sliceIndexNotLast(xs []int, out []int) {
	for i, x := range xs {
		go func() { out[i] = x }() // want `loop variable i captured` `loop variable x captured`
		fmt.Println(i)
	}
}

func notALoopVariable(xs []int) {
	var x int
	for _, x = range xs {
		go func() { fmt.Println(x) }() // not this rule: x is declared outside the loop, shared in every Go version (vet's loopclosure reports it)
	}
}

func noPostStatement(xs []int) {
	for i := 0; i < len(xs); {
		go func() { fmt.Println(i) }() // i is not advanced by the loop clause
		break
	}
}

func calledSynchronously(xs []int) {
	for _, x := range xs {
		func() { fmt.Println(x) }()
	}
}

func deferInsideLiteral(xs []int) {
	for _, x := range xs {
		func() {
			defer func() { fmt.Println(x) }() // runs when the literal returns, in the iteration
		}()
	}
}

func sequentialSubtests(t *testing.T, cases []string) {
	for _, tc := range cases {
		t.Run(tc, func(t *testing.T) {
			fmt.Println(tc) // no t.Parallel: runs before t.Run returns
		})
	}
}

func beforeParallel(t *testing.T, cases []string) {
	for _, tc := range cases {
		t.Run(tc, func(t *testing.T) {
			tc := tc
			t.Parallel()
			fmt.Println(tc)
		})
	}
}

func notAGroup(xs []int, run func(func())) {
	for _, x := range xs {
		run(func() { fmt.Println(x) })
	}
}

type runner struct{}

func (runner) Go(f func()) { f() }

func goMethodOfKnownType(r runner, xs []int) {
	for _, x := range xs {
		r.Go(func() { fmt.Println(x) })
	}
}

func goroutineLoopVarOwn(xss [][]int) {
	for _, xs := range xss {
		go func() {
			for _, x := range xs { // want `loop variable xs captured` (x is the literal's own)
				fmt.Println(x)
			}
		}()
		fmt.Println()
	}
}

func groupWaitsEachIteration(keys []string, m map[string]int) {
	for _, k := range keys {
		var g errgroup.Group
		g.Go(func() error { m[k] = 1; return nil })
		_ = g.Wait()
	}
}

func labelResetsParallel(t *testing.T, cases []string) {
	for _, tc := range cases {
		t.Run(tc, func(t *testing.T) {
			if tc == "" {
				goto run
			}
			t.Parallel()
		run:
			fmt.Println(tc) // a jump may skip t.Parallel: vet's loopclosure starts over after a label
		})
	}
}
