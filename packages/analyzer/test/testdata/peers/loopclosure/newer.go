//go:build go1.22

package loopclosure

// This file is go1.22 by its //go:build line (versions/go18.txtar's go22.go): each iteration
// has its own variables. (Go 1.19 leaves the file out of the build; go vet does not see it.)
func perIteration(items []int) {
	for i, v := range items {
		go func() {
			print(i, v)
		}()
	}
}
