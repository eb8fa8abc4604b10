package copylock

import "sync"

// Parameters and receivers (a/copylock_func.go). Results are never checked.

func takesMutexPointer(*sync.Mutex)    {}
func takesMutex(sync.Mutex)            {} // want `takesMutex passes lock by value: sync.Mutex; the parameter is a copy`
func takesSyncMap(sync.Map)            {} // want `takesSyncMap passes lock by value: sync.Map contains sync.Mutex`
func returnsMutexPointer() *sync.Mutex { return nil }
func returnsMutex() sync.Mutex         { return sync.Mutex{} }

var (
	closureOK  = func(*sync.Mutex) {}
	closureBad = func(sync.Mutex) {} // want `func passes lock by value: sync.Mutex`
	closureMap = func(sync.Map) {}   // want `func passes lock by value: sync.Map contains sync.Mutex`
)

// Guarded embeds a RWMutex.
type Guarded struct {
	sync.RWMutex
}

func (*Guarded) pointerMethod()       {}
func (Guarded) valueMethod()          {} // want `valueMethod passes lock by value: Guarded contains sync.RWMutex; the receiver is a copy`
func takesGuardedPointer(g *Guarded)  {}
func takesGuarded(Guarded)            {} // want `takesGuarded passes lock by value: Guarded contains sync.RWMutex`
func returnsGuardedPointer() *Guarded { return &Guarded{} }
func returnsGuarded() Guarded         { return Guarded{} }

// withField holds a Mutex in a named field.
type withField struct {
	mu sync.Mutex
}

func (*withField) pointerMethod()      {}
func (withField) valueMethod()         {} // want `valueMethod passes lock by value: withField contains sync.Mutex`
func takesWithFieldPointer(*withField) {}
func takesWithField(withField, int)    {} // want `takesWithField passes lock by value: withField contains sync.Mutex`

// A lock three types down, through an embedded field and a named one.
type Outermost struct{ Middle }
type Middle struct{ inner Innermost }
type Innermost struct{ sync.Mutex }

func (*Outermost) fine()  {}
func (Outermost) copied() {} // want `copied passes lock by value: Outermost contains Middle contains Innermost`

// A pointer to a lock, or a Locker interface, is fine to copy.
type sharesMutex struct {
	mu *sync.Mutex
}

func (*sharesMutex) pointerMethod()   {}
func (sharesMutex) valueMethod()      {}
func takesSharesMutex(sharesMutex)    {}
func returnsSharesMutex() sharesMutex { return sharesMutex{} }

type embedsLocker struct {
	sync.Locker
}

func (*embedsLocker) pointerMethod() {}
func (embedsLocker) valueMethod()    {}

// spin is a lock of its own: pointer Lock and Unlock, no state but a counter.
type spin struct{ state int32 }

func (*spin) Lock()   {}
func (*spin) Unlock() {}

func takesSpinPointer(*spin) {}
func takesSpin(spin)         {} // want `takesSpin passes lock by value: spin; the parameter is a copy`

// Lock values passed into interface parameters of function values.
func callsFuncValue(f func(int, interface{})) {
	var mu sync.Mutex
	var holder struct{ lock sync.Mutex }
	f(1, "x")
	f(2, &holder)
	f(3, &sync.Mutex{})
	f(4, mu)     // want `call of f copies lock value: sync.Mutex`
	f(5, holder) // want `call of f copies lock value: struct\{\.\.\.\} contains sync.Mutex`
	table := []func(interface{}){func(interface{}) {}}
	table[0](holder) // want `call of table\[0\] copies lock value: struct\{\.\.\.\} contains sync.Mutex`
}

// Lock values returned through an interface result.
func returnsThroughInterface(n int) (int, interface{}) {
	var mu sync.Mutex
	var holder struct{ lock sync.Mutex }
	switch n % 4 {
	case 0:
		return 0, "x"
	case 1:
		return 1, &sync.Mutex{}
	case 2:
		return 2, mu // want `return copies lock value: sync.Mutex`
	default:
		return 3, holder // want `return copies lock value: struct\{\.\.\.\} contains sync.Mutex`
	}
}

// A literal, a call or *call() on the right is a fresh value (golang/go#16227).
func acceptedSources() {
	x := Guarded{}
	x = returnsGuarded()
	x = *returnsGuardedPointer()
	_ = &x
}

// Defined types over sync types (a/copylock_func.go's "unfortunate" cases).
type localOnce sync.Once

func (localOnce) method() {} // want `method passes lock by value: localOnce contains sync.Once contains sync.Mutex`

// Go 1.19's vet does not flag this (a defined type over sync.Mutex has no Lock method, and
// Go 1.19's Mutex no noCopy field: its test calls it a false negative); vet from Go 1.24 on
// does, and so do we: the copy is as separate a lock as any.
type localMutex sync.Mutex

func (localMutex) method() {} // want `method passes lock by value: localMutex contains sync.Mutex`
