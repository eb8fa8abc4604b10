// Oracle for the deferearly fixture: `prog NAME` calls one fixture function, which prints
// "at return: X" as it returns and "deferred: Y" from each deferred call, so real Go shows
// which value a deferred call's map argument really had. Copied beside the fixture's files
// (renamed to package main) by record.sh. Functions about other things than
// maps (sliceNotMap) are left out.
package main

import "os"

func main() {
	m := func() map[string]int { return map[string]int{"a": 1} }
	calls := map[string]func(){
		"countAtReturn":           func() { countAtReturn([]string{"x", "y", "z"}) },
		"valueAtReturn":           func() { valueAtReturn(m(), "a") },
		"deletedLater":            func() { deletedLater(m()) },
		"mapValueReassigned":      func() { mapValueReassigned(m()) },
		"funcLiteralArgument":     func() { funcLiteralArgument(map[int]int{}) },
		"writtenByNextIteration":  func() { writtenByNextIteration([]string{"x", "y", "z"}) },
		"nestedInArgument":        func() { nestedInArgument(m()) },
		"newMapAfterward":         func() { newMapAfterward(m()) },
		"closureReadsAtReturn":    func() { closureReadsAtReturn(m()) },
		"notWrittenAfter":         func() { notWrittenAfter(m()) },
		"sameMapWrittenInPlace":   func() { sameMapWrittenInPlace(m()) },
		"otherKeyWritten":         func() { otherKeyWritten(m()) },
		"returnsBeforeTheWrite":   func() { returnsBeforeTheWrite(m(), true) },
		"otherBranchWrites":       func() { otherBranchWrites(m(), true) },
		"writeInAnotherLiteral":   func() { writeInAnotherLiteral(m()) },
		"readThroughCall":         func() { readThroughCall(m()) },
		"receiverNotChecked":      func() { receiverNotChecked(map[string]counter{}) },
		"madeWhileNilBeforeDefer": func() { madeWhileNilBeforeDefer([]string{"x", "y", "z"}) },
		"passedThroughHelper":     func() { passedThroughHelper(m()) },
		"madeAgainEachPass":       func() { madeAgainEachPass([]string{"x", "y", "z"}) },
		"madeWhileNilAfterDefer":  func() { madeWhileNilAfterDefer([]string{"x", "y", "z"}) },
	}
	calls[os.Args[1]]()
}
