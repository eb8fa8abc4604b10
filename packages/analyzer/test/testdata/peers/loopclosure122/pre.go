//go:build go1.18

package loopclosure122

// This file is go1.21 by its //go:build line (go1.18 counts as go1.21 in a go1.22 module):
// one variable for the whole loop.
func shared(items []int) {
	for i, v := range items {
		go func() {
			print(i) // want `loop variable i captured by a func literal started with go: .*\(this file is go1.21 by its //go:build line\)`
			print(v) // want `loop variable v captured by a func literal started with go`
		}()
	}
}
