package errors

// isComparable reports whether err's dynamic type is comparable, so that
// comparing it with == cannot panic (Go: reflectlite.TypeOf(target).Comparable()).
// Implemented in src/stdlib/natives/errors.ts.
func isComparable(err error) bool

// As finds the first error in err's tree that matches target, and if one is
// found, sets target to that error value and returns true. Otherwise, it
// returns false. As panics if target is not a non-nil pointer to either a
// type that implements error, or to any interface type. Bound by the
// interpreter, which knows the types.
func As(err error, target any) bool
