package errors

// Bodies for the natives of errors, for check.sh only: real Go's answers.

import (
	std "errors"
	"reflect"
)

func isComparable(err error) bool { return reflect.TypeOf(err).Comparable() }

func As(err error, target any) bool { return std.As(err, target) }
