// Oracle for the mapmissderef fixture: `prog NAME` calls one fixture function with a key that
// is missing from the map (clean functions whose key cannot miss are called as they are), so
// real Go shows whether it panics with a nil dereference or returns. Copied beside the
// fixture's files (renamed to package main) by record.sh.
package main

import "os"

func main() {
	users := func() map[int]*User { return map[int]*User{7: {Name: "seven", Age: 7}} }
	counts := func() map[string]*int { return map[string]*int{} }
	list := []User{{Name: "ann", Age: 1}, {Name: "bob", Age: 2}}
	calls := map[string]func(){
		"inlineFieldRead":            func() { inlineFieldRead(users(), 1) },
		"inlineFieldWrite":           func() { inlineFieldWrite(users(), 1, "x") },
		"inlineFieldIncrement":       func() { inlineFieldIncrement(users(), 1) },
		"nestedField":                func() { nestedField(users(), 1) },
		"inlineDeref":                func() { inlineDeref(counts(), "k") },
		"parenthesizedDerefWrite":    func() { parenthesizedDerefWrite(counts(), "k") },
		"inlineFuncCall":             func() { inlineFuncCall(map[string]func() int{}, "k") },
		"namedFuncType":              func() { namedFuncType(map[string]HandlerFunc{}, "/") },
		"funcField":                  func() { funcField(map[string]*Plugin{}, "k") },
		"valueMethod":                func() { valueMethod(map[string]*Point{}, "k") },
		"interfaceMethod":            func() { interfaceMethod(map[string]Shape{}, "k") },
		"errorMethod":                func() { errorMethod(map[string]error{}, "k") },
		"arrayIndex":                 func() { arrayIndex(map[string]*[4]int{}, "k") },
		"arraySlice":                 func() { arraySlice(map[string]*[4]int{}, "k") },
		"throughVariable":            func() { throughVariable(users(), 1) },
		"throughVar":                 func() { throughVar(map[string]func() int{}, "k") },
		"throughVariableDeref":       func() { throughVariableDeref(counts(), "k") },
		"valueMethodThroughVariable": func() { valueMethodThroughVariable(map[string]*Point{}, "k") },
		"wrongKeyChecked":            func() { wrongKeyChecked(users(), 7, 1) },
		"fieldMap":                   func() { fieldMap(&Registry{users: users()}, 1) },
		"literalMissingKey":          func() { literalMissingKey() },
		"rangeOverAnotherMap":        func() { rangeOverAnotherMap(users(), map[int]int{1: 1}) },
		"onlyFirstUse":               func() { onlyFirstUse(users(), 1) },
		"derefTwice":                 func() { derefTwice(users(), 1) },
		"eachBranch":                 func() { eachBranch(users(), 1, false) },
		"variableThenInline":         func() { variableThenInline(users(), 1) },
		"lengthIsNoMembershipTest":   func() { lengthIsNoMembershipTest(map[string]*User{}, "k") },

		"commaOk":                        func() { commaOk(users(), 1) },
		"commaOkBeforeInline":            func() { commaOkBeforeInline(users(), 1) },
		"nilGuard":                       func() { nilGuard(users(), 1) },
		"nilGuardInline":                 func() { nilGuardInline(users(), 1) },
		"nilGuardInIf":                   func() { nilGuardInIf(users(), 1) },
		"nilGuardFunc":                   func() { nilGuardFunc(map[string]func() int{}, "k") },
		"nilGuardError":                  func() { nilGuardError(map[string]error{}, "k") },
		"assignedFirst":                  func() { assignedFirst(users(), 1, "x") },
		"createdWhenMissing":             func() { createdWhenMissing(users(), 1) },
		"literalWithConstantKey":         func() { literalWithConstantKey() },
		"packageLiteralConstantKey":      func() { packageLiteralConstantKey() },
		"rangeKey":                       func() { rangeKey(users()) },
		"rangeKeyAndValue":               func() { rangeKeyAndValue(users()) },
		"sortedKeys":                     func() { sortedKeys(users()) },
		"keysFromHelper":                 func() { keysFromHelper(users()) },
		"filledThenLookedUp":             func() { filledThenLookedUp(list) },
		"filledThenParamKey":             func() { filledThenParamKey(list, "carl") },
		"pointerReceiver":                func() { pointerReceiver(users(), 1) },
		"pointerReceiverThroughVariable": func() { pointerReceiverThroughVariable(users(), 1) },
		"valueElements":                  func() { valueElements(map[int]User{}, 1) },
		"sliceAndIntElements":            func() { sliceAndIntElements(map[string][]int{}, map[string]int{}, "k") },
		"mapElements":                    func() { mapElements(map[string]map[string]*User{}, "a", "b") },
		"passedOn":                       func() { passedOn(users(), 1) },
		"comparedOnly":                   func() { comparedOnly(users(), 1) },
		"reassigned":                     func() { reassigned(users(), 1) },
		"typeAssertedOnly":               func() { typeAssertedOnly(map[string]Shape{}, "k") },
		"sortedKeysByIndex":              func() { sortedKeysByIndex(users()) },
		"checkedThroughVariable":         func() { checkedThroughVariable(users(), 1) },
		"singleArgumentCall":             func() { singleArgumentCall(map[string]HandlerFunc{}, "/") },
		"rangeKeyAsserted":               func() { rangeKeyAsserted(map[Shape]*User{Square{2}: {Age: 3}}) },
		"keysFromOwnerMethod":            func() { keysFromOwnerMethod(&Catalog{users: map[string]*User{"a": {}}}) },
		"membershipTested":               func() { membershipTested(&Catalog{users: map[string]*User{}}, "k") },
		"membershipTestedEarlyExit":      func() { membershipTestedEarlyExit(&Catalog{users: map[string]*User{}}, "k") },
		"filledByVisitor":                func() { filledByVisitor(list) },
	}
	calls[os.Args[1]]()
}
