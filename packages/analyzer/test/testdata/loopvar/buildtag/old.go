//go:build go1.18

package loopvar

func rangeValue(xs []int) map[int]*int {
	m := map[int]*int{}
	for i, x := range xs {
		m[i] = &x // want `this file is go1.21 by its //go:build line`
	}
	return m
}
