package nilmapwrite

import "sync"

type Set map[string]bool

type Config struct {
	Name   string
	Labels map[string]string
	Inner  struct{ Counts map[string]int }
}

func varNoValue() {
	var m map[string]int
	m["a"] = 1 // want `assignment to entry in nil map: m is nil on every path here \(declared at line 14 with no value\).*m = make\(map\[string\]int\)`
}

func incAndOpAssign() {
	var m map[string]int
	m["a"]++ // want `m is nil on every path`
}

func opAssign() {
	var m map[string]int
	m["a"] += 2 // want `m is nil on every path`
}

func namedMapType() {
	var s Set
	s["x"] = true // want `s = make\(Set\)`
}

func setToNil() {
	m := map[string]int{}
	m = nil
	m["a"] = 1 // want `set to nil at line 35`
}

func conversionNil() {
	m := map[string]int(nil)
	m["a"] = 1 // want `set to nil`
}

func namedResult() (m map[string]int) {
	m["a"] = 1 // want `a named result, nil until assigned`
	return
}

func zeroStruct() {
	var c Config
	c.Labels["env"] = "prod" // want `c.Labels is nil on every path here \(a field left at its zero value by line 50\).*c.Labels = make\(map\[string\]string\)`
}

func keyedLiteralMissingField() {
	c := Config{Name: "x"}
	c.Labels["env"] = "prod" // want `c.Labels is nil`
}

func pointerLiteral() {
	c := &Config{Name: "x"}
	c.Labels["env"] = "prod" // want `c.Labels is nil`
}

func newStruct() {
	c := new(Config)
	c.Labels["env"] = "prod" // want `c.Labels is nil`
}

func nestedStruct() {
	var c Config
	c.Inner.Counts["a"]++ // want `c.Inner.Counts is nil`
}

func parameterInNilBranch(m map[string]int) {
	if m == nil {
		m["a"] = 1 // want `inside the nil check at line 75`
	}
}

func bothBranchesNil(cond bool) {
	var m map[string]int
	if cond {
		println("yes")
	} else {
		println("no")
	}
	m["a"] = 1 // want `m is nil`
}

func afterLoopThatNeverAssigns(xs []int) {
	var m map[int]bool
	for _, x := range xs {
		_ = m[x]
	}
	m[0] = true // want `m is nil`
}

func insideLoopFirstWrite(xs []string) {
	var m map[string]int
	for _, x := range xs {
		m[x]++ // want `m is nil`
	}
}

func switchAllCasesNil(k int) {
	var m map[int]int
	switch k {
	case 1:
		println(1)
	default:
		println(2)
	}
	m[k] = 1 // want `m is nil`
}

func capturedByGoroutine(wg *sync.WaitGroup) {
	var m map[string]int
	wg.Add(1)
	go func() {
		defer wg.Done()
		m["a"] = 1 // want `m is nil`
	}()
	wg.Wait()
}

func onlyFirstWriteOfAPath() {
	var m map[string]int
	m["a"] = 1 // want `m is nil`
	m["b"] = 2
}

func parenthesized() {
	var m map[string]int
	(m)["a"] = 1 // want `m is nil`
}

func multiAssign() {
	var m map[string]int
	var x int
	x, m["a"] = 1, 2 // want `m is nil`
	_ = x
}

type Store struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *Store) putInWrongBranch(k string) {
	if s.m == nil {
		s.m[k] = 1 // want `s.m is nil on every path here \(inside the nil check at line 150\)`
	}
}

func namedResultStruct() (c Config) {
	c.Labels["a"] = "b" // want `c.Labels is nil on every path here \(a field of the named result c, nil until assigned\)`
	return
}
