package loopvar

func rangeValue(xs []int) map[int]*int {
	m := map[int]*int{}
	for i, x := range xs {
		m[i] = &x // want `Go version unknown: no go.mod, //go:build line or --lang`
	}
	return m
}
