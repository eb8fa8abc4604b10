package deferearly

type counter struct{ n int }

func (c counter) show() { show("deferred:", c.n) }

func closureReadsAtReturn(m map[string]int) {
	defer func() { show("deferred:", len(m)) }()
	m["new"] = 1
	show("at return:", len(m))
}

func notWrittenAfter(m map[string]int) {
	m["a"] = 1
	defer show("deferred:", len(m))
	show("at return:", len(m))
}

func sameMapWrittenInPlace(m map[string]int) {
	defer func(same map[string]int) { show("deferred:", len(same)) }(m) // writes to the same map are seen
	m["new"] = 1
	show("at return:", len(m))
}

func otherKeyWritten(m map[string]int) {
	defer show("deferred:", m["a"])
	m["b"] = 2
	show("at return:", m["a"])
}

func returnsBeforeTheWrite(m map[string]int, early bool) {
	if early {
		defer show("deferred:", len(m))
		show("at return:", len(m))
		return
	}
	m["a"] = 1
}

func otherBranchWrites(m map[string]int, c bool) {
	if c {
		defer show("deferred:", m["a"])
	} else {
		m["a"] = 2
	}
	show("at return:", m["a"])
}

var later []func()

func writeInAnotherLiteral(m map[string]int) {
	defer show("deferred:", len(m))
	later = append(later, func() { m["x"] = 1 }) // not run before return
	show("at return:", len(m))
}

func sliceNotMap(s []int) {
	defer show("deferred:", s[0])
	s[0] = 5 // a slice element, evaluated early too, but not a map: not this rule
	show("at return:", s[0])
}

// Known miss: the map is read inside a call in the argument list, not by an index or len.
func readThroughCall(m map[string]int) {
	defer show("deferred:", size(m))
	m["new"] = 1
	show("at return:", size(m))
}

func size(m map[string]int) int { return len(m) }

// The receiver m[k] of a deferred method call is evaluated early too, but `defer
// m[k].Close()` usually means it; only arguments are checked. Known miss.
func receiverNotChecked(m map[string]counter) {
	m["a"] = counter{1}
	defer m["a"].show()
	m["a"] = counter{2}
	show("at return:", m["a"].n)
}

// The map is made only while it is nil, before the defer: every deferred call gets the one
// map the later passes write.
func madeWhileNilBeforeDefer(keys []string) {
	var m map[string]int
	for _, k := range keys {
		if m == nil {
			m = make(map[string]int)
		}
		m[k] = 1
		defer report(m)
	}
	show("at return:", len(m))
}

func report(m map[string]int) { show("deferred:", len(m)) }

// The map goes through a helper that fills it in place and returns it.
func passedThroughHelper(m map[string]int) {
	defer report(m)
	m = withDefault(m)
	show("at return:", len(m))
}

func withDefault(m map[string]int) map[string]int {
	m["default"] = 1
	return m
}
