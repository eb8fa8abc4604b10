// Compares stdlib/errors with Go's errors; Join (Go 1.20) by hand.
package main

import (
	"errors"
	"fmt"
	"io/fs"

	. "mapscope.test/std/checks/harness"
	my "mapscope.test/std/errors"
)

type sliceErr []int

func (sliceErr) Error() string { return "slice error" }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

type wrap struct{ err error }

func (w wrap) Error() string { return "wrap: " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

type multi []error

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m }

func main() {
	a1, a2 := my.New("a"), errors.New("a")
	Eq("New", a1.Error(), a2.Error())
	True("New distinct", my.New("a") != my.New("a"))
	Eq("fmt", fmt.Sprint(a1), fmt.Sprint(a2))

	base := fs.ErrNotExist
	chain := []error{nil, base, wrap{base}, wrap{wrap{base}}, fmt.Errorf("x: %w", base), fmt.Errorf("y: %v", base),
		wrap{nil}, sliceErr{1}, wrap{sliceErr{1}}, isAll{}, wrap{isAll{}}, a1, wrap{a1}}
	targets := []error{nil, base, a1, sliceErr{1}, isAll{}, fs.ErrExist}
	for i, e := range chain {
		Eq(fmt.Sprint("Unwrap ", i), my.Unwrap(e), errors.Unwrap(e))
		for j, t := range targets {
			Eq(fmt.Sprint("Is ", i, " ", j), my.Is(e, t), errors.Is(e, t))
		}
		var w1, w2 wrap
		Eq(fmt.Sprint("As ", i), []any{my.As(e, &w1), w1}, []any{errors.As(e, &w2), w2})
	}

	// Go 1.20: Join and multi-errors, by hand.
	Eq("Join nil", my.Join(nil, nil), nil)
	j := my.Join(nil, a1, nil, base)
	Eq("Join Error", j.Error(), "a\nfile does not exist")
	True("Join Is a", my.Is(j, a1))
	True("Join Is base", my.Is(j, base))
	True("Join Is not", !my.Is(j, fs.ErrExist))
	Eq("Join Unwrap", my.Unwrap(j), nil)
	Eq("Join Unwrap []error", j.(interface{ Unwrap() []error }).Unwrap(), []error{a1, base})
	True("multi Is", my.Is(wrap{multi{fs.ErrExist, wrap{base}}}, base))
	True("multi Is not", !my.Is(multi{}, base))
	Done("errors")
}
