package errors

// isComparable reports whether err's dynamic type is comparable, so that
// comparing it with == cannot panic (Go: reflectlite.TypeOf(target).Comparable()).
// Implemented in src/stdlib/natives/errors.ts.
func isComparable(err error) bool

// asTargetKind checks As's target (non-nil): 0 when it is a non-nil pointer
// to an interface type or to a type implementing error, 1 when it is not a
// non-nil pointer, 2 when *target is neither. Bound by the interpreter
// (src/stdlib/core-natives.ts), which knows the types and method sets.
func asTargetKind(target any) int

// assignTo sets *target to err and returns true when err's dynamic type is
// assignable to *target's type (Go: reflectlite's AssignableTo and Set).
// Bound by the interpreter.
func assignTo(err error, target any) bool
