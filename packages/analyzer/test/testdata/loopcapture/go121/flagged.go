package loopcapture

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"example.com/loopcapture/errgroup"
)

func lastGo(xs []int) {
	var wg sync.WaitGroup
	for _, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(x) // want `loop variable x captured by a func literal started with go: before Go 1\.22 all iterations share one x, and the goroutine reads it when it runs.*\(this file is go1\.21 by go\.mod\); pass x to the func literal as an argument or copy it first \(x := x\)`
		}()
	}
	wg.Wait()
}

func threeClause(n int) {
	for i := 0; i < n; i++ {
		go func() {
			fmt.Println(i) // want `loop variable i captured by a func literal started with go`
		}()
	}
}

func lastDefer(names []string) {
	for _, name := range names {
		defer func() {
			fmt.Println(name) // want `loop variable name captured by a deferred func literal: .*runs when the function returns, after the loop, and sees its last value`
		}()
	}
}

func lastThroughIfElse(xs []int) {
	for i, x := range xs {
		if x > 0 {
			go func() { fmt.Println(x) }() // want `loop variable x captured`
		} else if x < 0 {
			fmt.Println("negative")
		} else {
			go func() { fmt.Println(i) }() // want `loop variable i captured`
		}
	}
}

func lastThroughSwitchAndSelect(xs []int, c chan int) {
	for _, x := range xs {
		switch {
		case x > 0:
			select {
			case c <- 1:
				go func() { fmt.Println(x) }() // want `loop variable x captured`
			default:
			}
		}
	}
}

func outerThroughInnerLoop(xss [][]int) {
	for i, xs := range xss {
		for _, x := range xs {
			go func() { fmt.Println(i, x) }() // want `loop variable i captured` `loop variable x captured`
		}
	}
}

func group(xs []int) error {
	var g errgroup.Group
	for _, x := range xs {
		g.Go(func() error {
			fmt.Println(x) // want `loop variable x captured by a func literal passed to g\.Go`
			return nil
		})
	}
	return g.Wait()
}

func groupByResultType(ctx context.Context, xs []int) error {
	g, _ := errgroup.WithContext(ctx)
	for _, x := range xs {
		g.Go(func() error {
			fmt.Println(x) // want `captured by a func literal passed to g\.Go`
			return nil
		})
	}
	return g.Wait()
}

func parallelSubtests(t *testing.T, cases []string) {
	for _, tc := range cases {
		t.Run(tc, func(t *testing.T) {
			fmt.Println(tc) // before t.Parallel: runs during the loop, fine
			t.Parallel()
			fmt.Println(tc) // want `loop variable tc captured by a parallel subtest \(t\.Run with t\.Parallel\): .*parallel subtests resume only after the test function returns.*copy it before t\.Parallel \(tc := tc\)`
		})
		fmt.Println("not last")
	}
}

// Map focus: at any position in the body, when the capture keys or fills a map.
func mapKeyNotLast(keys []string, m map[string]int, mu *sync.Mutex) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			m[k]++ // want `loop variable k captured by a func literal started with go and used as a key of map m: .*map m is then indexed with that later value, not each iteration's`
			mu.Unlock()
		}()
		fmt.Println("started", k)
	}
	wg.Wait()
}

func mapValueNotLast(ids []int, mu *sync.Mutex) map[int]int {
	seen := map[int]int{}
	for i, id := range ids {
		go func() {
			mu.Lock()
			seen[id] = i // want `loop variable id captured by a func literal started with go and used as a key of map seen` `loop variable i captured by a func literal started with go and written into map seen`
			mu.Unlock()
		}()
		fmt.Println(id)
	}
	return seen
}

func deleteKeyDeferred(keys []string, m map[string]bool) {
	for _, k := range keys {
		defer func() { delete(m, k) }() // want `loop variable k captured by a deferred func literal and used as a key of map m`
		m[k] = true
	}
}

func twoVariables(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		defer func() { fmt.Println(xs[i], xs[j]) }() // want `loop variable i captured by a deferred` `loop variable j captured by a deferred`
	}
}

func mapKeyThenContinue(keys []string, m map[string]int, mu *sync.Mutex) {
	for _, k := range keys {
		if k == "" {
			go func() { mu.Lock(); m[k] = 0; mu.Unlock() }() // want `loop variable k captured by a func literal started with go and used as a key of map m`
			continue
		}
		fmt.Println(k)
	}
}

func labeledInnerLoop(xss [][]int) {
outer:
	for _, xs := range xss {
	inner:
		for _, x := range xs {
			if x < 0 {
				continue outer
			}
			if x == 0 {
				break inner
			}
			go func() { fmt.Println(xs, x) }() // want `loop variable xs captured` `loop variable x captured`
		}
	}
}
