package errors

// Bodies for the natives of errors, for check.sh only: real Go's answers.

import "reflect"

var errorType = reflect.TypeOf((*error)(nil)).Elem()

func isComparable(err error) bool { return reflect.TypeOf(err).Comparable() }

func asTargetKind(target any) int {
	val := reflect.ValueOf(target)
	typ := val.Type()
	if typ.Kind() != reflect.Ptr || val.IsNil() {
		return 1
	}
	if e := typ.Elem(); e.Kind() != reflect.Interface && !e.Implements(errorType) {
		return 2
	}
	return 0
}

func assignTo(err error, target any) bool {
	val := reflect.ValueOf(target)
	if !reflect.TypeOf(err).AssignableTo(val.Type().Elem()) {
		return false
	}
	val.Elem().Set(reflect.ValueOf(err))
	return true
}
