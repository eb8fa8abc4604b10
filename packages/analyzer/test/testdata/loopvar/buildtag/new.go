package loopvar

func rangeValue2(xs []int) map[int]*int {
	m := map[int]*int{}
	for i, x := range xs {
		m[i] = &x
	}
	return m
}
