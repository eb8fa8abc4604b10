// Package loopclosure122 restates go vet's loopclosure version tests (golang.org/x/tools,
// go/analysis/passes/loopclosure/testdata/src/versions/go22.txtar) for MH005: in a go1.22
// module each iteration has its own loop variables, except in a file whose //go:build line
// asks for an older version.
//
// Difference from Go 1.19's `go vet -loopclosure`, which predates go1.22 loops: it reports
// the captures in this file as well; vet from Go 1.22 does not, nor do we.
package loopclosure122

// This file is go1.22 by go.mod.
func perIteration(items []int) {
	for i, v := range items {
		go func() {
			print(i)
			print(v)
		}()
	}
	for i := 0; i < len(items); i++ {
		defer func() {
			print(i)
		}()
	}
}
