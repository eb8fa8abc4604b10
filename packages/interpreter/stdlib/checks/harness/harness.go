// Package harness compares results of the stdlib subset with real Go's.
package harness

import (
	"fmt"
	"os"
)

var failures, checks int

// Eq records a failure when got and want differ as %#v prints them (which
// tells nil slices from empty ones and shows exact floats).
func Eq(what string, got, want any) {
	checks++
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g != w {
		failures++
		if failures <= 30 {
			fmt.Printf("FAIL %s:\n  got  %s\n  want %s\n", what, g, w)
		}
	}
}

// True records a failure unless ok.
func True(what string, ok bool) { Eq(what, ok, true) }

// Panic runs f and returns what it panicked with, printed, or "no panic".
func Panic(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("panic: ", r)
		}
	}()
	f()
	return "no panic"
}

// Err prints an error for comparison: nil or its message.
func Err(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// Done reports the totals and exits 1 on any failure.
func Done(pkg string) {
	fmt.Printf("%-12s %7d checks, %d failures\n", pkg, checks, failures)
	if failures > 0 {
		os.Exit(1)
	}
}
