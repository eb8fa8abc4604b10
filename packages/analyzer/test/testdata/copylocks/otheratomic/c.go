package otheratomic

import "go.uber.org/atomic"

// Flag is declared with sync/atomic in b.go; this file's atomic is another package, but
// the type's fields are read with the imports of the file that declares it.
func copyFlag(f *Flag) bool {
	g := *f // want `assignment copies lock value to g: Flag contains sync/atomic.Bool`
	return g.set.Load()
}

// Spelled here, atomic.Bool is go.uber.org/atomic's.
func local(b atomic.Bool) bool { return b.Load() }
