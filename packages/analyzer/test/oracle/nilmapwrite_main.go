// Oracle for the nilmapwrite fixture: `prog NAME` calls one fixture function, so real Go
// shows whether it panics. Copied beside the fixture's files (renamed to package main) by
// record.sh; not compiled with the fixture otherwise.
package main

import (
	"os"
	"sync"
)

func main() {
	calls := map[string]func(){
		"readsAreLegal":              func() { readsAreLegal() },
		"globalsAreNotTracked":       globalsAreNotTracked,
		"made":                       made,
		"literal":                    literal,
		"initializedInOneBranch":     func() { initializedInOneBranch(false) },
		"lazyInit":                   func() { lazyInit(nil) },
		"nonNilBranch":               func() { nonNilBranch(nil) },
		"earlyReturn":                func() { earlyReturn(nil) },
		"addressTaken":               addressTaken,
		"assignedInClosure":          assignedInClosure,
		"loopAssignsAfterWrite":      func() { loopAssignsAfterWrite([]string{"a", "b"}) },
		"shadowed":                   shadowed,
		"namedResultAssigned":        func() { namedResultAssigned() },
		"structWithField":            structWithField,
		"structFieldAssigned":        structFieldAssigned,
		"structMethodMayInitialize":  structMethodMayInitialize,
		"pointerPassedOn":            pointerPassedOn,
		"positionalLiteral":          positionalLiteral,
		"exitFirst":                  exitFirst,
		"sliceWritesAreNotMapWrites": sliceWritesAreNotMapWrites,
		"gotoForgets":                gotoForgets,
		"breakOutOfLoop":             func() { breakOutOfLoop([]string{"a"}) },
		"varNoValue":                 varNoValue,
		"incAndOpAssign":             incAndOpAssign,
		"opAssign":                   opAssign,
		"namedMapType":               namedMapType,
		"setToNil":                   setToNil,
		"conversionNil":              conversionNil,
		"namedResult":                func() { namedResult() },
		"zeroStruct":                 zeroStruct,
		"keyedLiteralMissingField":   keyedLiteralMissingField,
		"pointerLiteral":             pointerLiteral,
		"newStruct":                  newStruct,
		"nestedStruct":               nestedStruct,
		"parameterInNilBranch":       func() { parameterInNilBranch(nil) },
		"bothBranchesNil":            func() { bothBranchesNil(true) },
		"afterLoopThatNeverAssigns":  func() { afterLoopThatNeverAssigns([]int{1}) },
		"insideLoopFirstWrite":       func() { insideLoopFirstWrite([]string{"a"}) },
		"switchAllCasesNil":          func() { switchAllCasesNil(1) },
		"capturedByGoroutine":        func() { capturedByGoroutine(&sync.WaitGroup{}) },
		"onlyFirstWriteOfAPath":      onlyFirstWriteOfAPath,
		"parenthesized":              parenthesized,
		"multiAssign":                multiAssign,
		"putInWrongBranch":           func() { (&Store{}).putInWrongBranch("k") },
		"namedResultStruct":          func() { namedResultStruct() },
		"put":                        func() { (&Store{}).put("k") },
		"putAfterReset":              func() { (&Store{}).putAfterReset("k") },
		// Whether putUnchecked panics depends on its caller; here the store is initialized.
		"putUnchecked": func() { (&Store{m: map[string]int{}}).putUnchecked("k") },
	}
	calls[os.Args[1]]()
}
