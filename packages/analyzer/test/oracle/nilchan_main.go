// Oracle for the nilchan fixture: `prog NAME` calls one fixture function with a key that is
// missing from the map, so real Go shows whether it blocks, panics or returns. Copied beside
// the fixture's files (renamed to package main) by record.sh.
package main

import "os"

func main() {
	empty := func() map[string]chan int { return map[string]chan int{} }
	closed := make(chan bool)
	close(closed)
	calls := map[string]func(){
		"commaOk":                func() { commaOk(empty(), "k") },
		"nilGuard":               func() { nilGuard(empty(), "k") },
		"nilGuardInline":         func() { nilGuardInline(empty(), "k") },
		"assignedFirst":          func() { assignedFirst(empty(), "k") },
		"selectDisablesNilCase":  func() { selectDisablesNilCase(empty(), "k", closed) },
		"selectBareReceive":      func() { selectBareReceive(empty(), "k", closed) },
		"selectWithDefault":      func() { selectWithDefault(empty(), "k") },
		"literalWithConstantKey": literalWithConstantKey,
		"rangeOverMapValues":     func() { rangeOverMapValues(map[string]chan int{"a": make(chan int)}) },
		"notAMapOfChannels":      func() { notAMapOfChannels(map[string]int{}, make(chan int, 1), "k") },
		"reassigned":             func() { reassigned(empty(), "k") },
		"closeShadowed":          func() { closeShadowed(empty(), "k") },
		"inlineSend":             func() { inlineSend(empty(), "k") },
		"inlineReceive":          func() { inlineReceive(empty(), "k") },
		"inlineClose":            func() { inlineClose(empty(), "k") },
		"throughVariable":        func() { throughVariable(&Broker{subs: map[string]chan Event{}}, "t", Event{}) },
		"rangeOver":              func() { rangeOver(empty(), "k") },
		"namedChanType":          func() { namedChanType(map[string]Done{}, "k") },
		"selectWithOneCase":      func() { selectWithOneCase(empty(), "k") },
		"wrongKeyChecked":        func() { wrongKeyChecked(map[string]chan int{"a": make(chan int)}, "a", "b") },
		"varDeclared":            func() { varDeclared(map[int]chan string{}, 1) },
		"rangeKey":               func() { rangeKey(map[string]chan int{"a": make(chan int)}) },
		"filledForEachName":      func() { filledForEachName([]string{"a", "b"}) },
	}
	calls[os.Args[1]]()
}
