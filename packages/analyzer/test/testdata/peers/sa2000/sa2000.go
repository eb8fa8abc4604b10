// Package sa2000 restates, with code of its own, staticcheck's SA2000 test
// (dominikh/go-tools, staticcheck/sa2000/testdata/.../CheckWaitgroupAdd.go) for MH011
// waitgroup-add-in-goroutine: wg.Add as the first statement of a `go func(){…}()` body.
// The WaitGroups passed by value are MH010's and MH012's findings, not SA2000's.
//
// Deliberate differences from SA2000, covered by ../../waitgroup/clean.go: MH011 leaves
// alone a goroutine that starts goroutines itself (its Add is for those, go-tools#360), a
// negative Add (a Done), and a goroutine that signals after its Add to a parent that
// receives before Wait.
package sa2000

import "sync"

func spawn() {
	wg := sync.WaitGroup{}
	wg.Add(1)
	go func() {
		wg.Done()
	}()

	go func() {
		wg.Add(1) // want `wg.Add called inside the goroutine it counts: .*call wg.Add before the go statement \(MH011\)`
		wg.Done()
	}()

	wg.Add(1)
	go func(wg sync.WaitGroup) { // want `func passes lock by value: sync.WaitGroup.*\(MH010\)`
		wg.Done() // want `wg.Done\(\) on a WaitGroup passed by value.*\(MH012\)`
	}(wg) // want `call of the func literal copies lock value: sync.WaitGroup.*\(MH010\)`

	wg.Add(1)
	go func(wg *sync.WaitGroup) {
		wg.Done()
	}(&wg)

	wg.Wait()
}

// An Add in a plain function, on its own copy: not SA2000's concern.
func addToCopy(wg sync.WaitGroup) { // want `addToCopy passes lock by value: sync.WaitGroup.*\(MH010\)`
	wg.Add(1)
}
