package copylocks

// The windows declaration of Handle holds no lock; the linux/amd64 one counts.
type Handle struct {
	fd uintptr
}

// Ported holds a lock on windows only, and is not declared for linux: which declaration
// a build uses cannot be told, so it is not flagged.
type Ported struct {
	mu   gosyncMutex
	name string
}

type gosyncMutex = struct{ state int32 }

// Not flagged: Ported is declared for windows and plan9 only, and the two disagree.
func (p Ported) Name() string { return p.name }

// Not flagged: this file is outside the linux/amd64 build, where Handle's declarations
// disagree (this one holds no lock).
func (h Handle) Raw() uintptr { return h.fd }
