package deferearly

import "fmt"

// Each function prints "at return: X" as it returns; its deferred calls print "deferred: Y".
// In a flagged function some Y differs from X (test/oracle/deferearly.golden, real Go 1.19).

func show(label string, n int) { fmt.Println(label, n) }

func countAtReturn(keys []string) {
	seen := map[string]bool{}
	defer show("deferred:", len(seen)) // want `deferred call's argument len\(seen\) is evaluated when the defer statement runs, not at return: show will see map seen as it is here, before the write at line 14 \(seen\[k\] = true\); to read seen when the function returns, defer a closure: defer func\(\) \{ show\("deferred:", len\(seen\)\) \}\(\)`
	for _, k := range keys {
		seen[k] = true
	}
	show("at return:", len(seen))
}

func valueAtReturn(m map[string]int, k string) {
	defer show("deferred:", m[k]) // want `argument m\[k\] is evaluated when the defer statement runs.*before the write at line 21 \(m\[k\]\+\+\)`
	m[k]++
	show("at return:", m[k])
}

func deletedLater(m map[string]int) {
	defer show("deferred:", m["a"]) // want `argument m\["a"\] is evaluated.*delete\(m, "a"\)`
	if len(m) > 0 {
		delete(m, "a")
	}
	show("at return:", m["a"])
}

func mapValueReassigned(m map[string]int) {
	defer func(old map[string]int) { show("deferred:", len(old)) }(m) // want `argument m is evaluated when the defer statement runs, not at return: func\(old map\[string\]int\) \{.*gets the map m holds here, but m is assigned a new map at line 35, so at return the call works on the old one`
	m = map[string]int{"x": 1, "y": 2, "z": 3}
	show("at return:", len(m))
}

func funcLiteralArgument(m map[int]int) {
	defer func(n int) { show("deferred:", n) }(len(m)) // want `argument len\(m\) is evaluated`
	for i := 0; i < 3; i++ {
		m[i] = i
	}
	show("at return:", len(m))
}

func writtenByNextIteration(keys []string) {
	m := make(map[string]int)
	for _, k := range keys {
		m[k] = 1
		defer show("deferred:", len(m)) // want `argument len\(m\) is evaluated.*before the write at line 50 \(m\[k\] = 1\)`
	}
	show("at return:", len(m))
}

func nestedInArgument(counts map[string]int) {
	defer show("deferred:", counts["a"]+1) // want `argument counts\["a"\] is evaluated`
	counts["a"] = 41
	show("at return:", counts["a"]+1)
}

func newMapAfterward(m map[string]int) {
	defer show("deferred:", len(m)) // want `before the write at line 64 \(m assigned a new map\)`
	m = nil
	show("at return:", len(m))
}

// Made again on every pass, after the defer: each deferred call gets the previous pass's map.
func madeAgainEachPass(keys []string) {
	m := map[string]int{}
	for _, k := range keys {
		defer report(m) // want `report gets the map m holds here, but m is assigned a new map at line 73`
		m = make(map[string]int)
		m[k] = 1
	}
	show("at return:", len(m))
}

// Made while nil, but after the defer: the first deferred call gets the nil map.
func madeWhileNilAfterDefer(keys []string) {
	var m map[string]int
	for _, k := range keys {
		defer report(m) // want `report gets the map m holds here, but m is assigned a new map at line 85`
		if m == nil {
			m = make(map[string]int)
		}
		m[k] = 1
	}
	show("at return:", len(m))
}
