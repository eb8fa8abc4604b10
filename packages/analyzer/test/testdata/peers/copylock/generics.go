package copylock

import "sync"

// Type parameters (typeparams/typeparams.go): a parameter whose type is a type parameter
// holds a lock when a term of its constraint does.

// Constraints that refer to each other or to themselves must not send the search round
// in circles.
func recursiveConstraints[A ~[]B, B ~[]A | string, C ~struct{ next *C }](a A, b B, c C) {}

func pointerConstraint[P ~*struct{ mu sync.Mutex }](p P) {}

func structConstraint[S ~struct{ mu sync.Mutex }](s S) {} // want `structConstraint passes lock by value: S contains ~struct\{\.\.\.\} contains sync.Mutex`

func mutexPointerConstraint[P *sync.Mutex](m P) {
	var x *P
	p := x
	var y P
	p = &y
	*p = *x
	var list []P
	for _, _ = range list {
	}
}

func mutexConstraint[M sync.Mutex](m M) { // want `mutexConstraint passes lock by value: M contains sync.Mutex`
	var x *M
	p := x
	var y M
	p = &y
	*p = *x // known miss (MH010): the type of an expression is not worked out through a type parameter; vet flags this line
	var list []M
	for _, _ = range list {
	}
}

// (The peer's ~sync.Mutex does not compile: ~ needs a type that is its own underlying type.)
func approximated[M interface {
	~struct{ mu sync.Mutex }
	Method()
}](m M) { // want `approximated passes lock by value: M contains ~struct\{\.\.\.\} contains sync.Mutex`
}

func unionConstraint[U int | Guarded](u U) {} // want `unionConstraint passes lock by value: U contains Guarded contains sync.RWMutex`

func methodsOnly[L interface{ Lock() }](l L) {}
