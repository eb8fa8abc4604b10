package nilmapwrite

import (
	"encoding/json"
	"os"
)

var global map[string]int

func readsAreLegal() int {
	var m map[string]int
	n := len(m)
	for k, v := range m {
		_, _ = k, v
	}
	delete(m, "a")
	v, ok := m["a"]
	_ = ok
	return n + v + m["b"]
}

// Known miss: package-level maps are not tracked (init or another file may make them).
func globalsAreNotTracked() {
	global["a"] = 1
}

func made() {
	var m map[string]int
	m = make(map[string]int)
	m["a"] = 1
}

func literal() {
	m := map[string]int{}
	m["a"] = 1
}

// Known miss: nil on some paths only; MH003 reports only what is nil on every path.
func initializedInOneBranch(cond bool) {
	var m map[string]int
	if cond {
		m = make(map[string]int)
	}
	m["a"] = 1
}

func lazyInit(m map[string]int) map[string]int {
	if m == nil {
		m = make(map[string]int)
	}
	m["a"] = 1
	return m
}

func nonNilBranch(m map[string]int) {
	if m != nil {
		m["a"] = 1
	}
}

func earlyReturn(m map[string]int) {
	if m == nil {
		return
	}
	m["a"] = 1
}

func addressTaken() {
	var m map[string]int
	_ = json.Unmarshal([]byte(`{}`), &m)
	m["a"] = 1
}

func assignedInClosure() {
	var m map[string]int
	initialize := func() { m = map[string]int{} }
	initialize()
	m["a"] = 1
}

func loopAssignsAfterWrite(xs []string) {
	var m map[string]int
	for i, x := range xs {
		if i > 0 {
			m[x] = i
		}
		m = map[string]int{}
	}
}

func shadowed() {
	var m map[string]int
	{
		m := map[string]int{}
		m["a"] = 1
	}
	_ = m
}

func namedResultAssigned() (m map[string]int) {
	m = map[string]int{}
	m["a"] = 1
	return
}

func structWithField() {
	c := Config{Labels: map[string]string{}}
	c.Labels["a"] = "b"
}

func structFieldAssigned() {
	var c Config
	c.Labels = make(map[string]string)
	c.Labels["a"] = "b"
}

func structMethodMayInitialize() {
	var c Config
	c.init()
	c.Labels["a"] = "b"
}

func (c *Config) init() { c.Labels = map[string]string{} }

func pointerPassedOn() {
	c := &Config{}
	setup(c)
	c.Labels["a"] = "b"
}

func setup(c *Config) { c.Labels = map[string]string{} }

func positionalLiteral() {
	c := Config{"n", map[string]string{}, struct{ Counts map[string]int }{}}
	c.Labels["a"] = "b"
}

func exitFirst() {
	var m map[string]int
	if len(os.Args) > 5 {
		os.Exit(1)
	}
	m = map[string]int{}
	m["a"] = 1
}

func sliceWritesAreNotMapWrites() {
	var s []int
	s = append(s, 1)
	s[0] = 2
}

func gotoForgets() {
	var m map[string]int
	goto done
done:
	m = map[string]int{}
	m["a"] = 1
}

func breakOutOfLoop(xs []string) {
	var m map[string]int
	for range xs {
		m = map[string]int{}
		break
	}
	if m != nil {
		m["a"] = 1
	}
}

func (s *Store) put(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]int{}
	}
	s.m[k] = 1
}

func (s *Store) putAfterReset(k string) {
	s.reset()
	s.m[k] = 1
}

func (s *Store) reset() { s.m = map[string]int{} }

func (s *Store) putUnchecked(k string) {
	s.m[k] = 1 // s.m may or may not be nil: unknown, not flagged
}
