package context

// typeString is the name of x's dynamic type as reflect prints it
// (reflectlite.TypeOf(x).String()). Implemented in src/stdlib/natives/context.ts.
func typeString(x any) string

// isComparable reports whether x's dynamic type is comparable
// (reflectlite.TypeOf(x).Comparable()). Implemented in src/stdlib/natives/context.ts.
func isComparable(x any) bool
