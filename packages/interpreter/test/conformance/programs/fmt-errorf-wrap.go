// fmt.Errorf with %w, errors.Is, errors.As, errors.Unwrap, sentinel errors and custom Is.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type TempErr struct{ code int }

func (t TempErr) Error() string { return fmt.Sprintf("temporary (%d)", t.code) }
func (t TempErr) Is(target error) bool {
	_, ok := target.(TempErr)
	return ok
}

func find(key string) error {
	if key == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	if key == "root" {
		return fmt.Errorf("find %q: %w", key, ErrPermission)
	}
	if key == "tmp" {
		return fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", TempErr{503}))
	}
	return nil
}

func main() {
	e1 := find("")
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e1, ErrPermission))
	var qe *QueryError
	if errors.As(e1, &qe) {
		fmt.Println("as QueryError:", qe.Query)
	}
	e2 := find("root")
	fmt.Println(e2, errors.Is(e2, ErrPermission), errors.Unwrap(e2) == ErrPermission)
	fmt.Println(errors.As(e2, &qe))
	e3 := find("tmp")
	fmt.Println(e3)
	fmt.Println(errors.Is(e3, TempErr{}), errors.Unwrap(errors.Unwrap(e3)))
	var te TempErr
	fmt.Println(errors.As(e3, &te), te.code)
	fmt.Println(find("ok") == nil, errors.Unwrap(ErrNotFound) == nil)
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain))
	_, err := strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	wrapped := fmt.Errorf("ctx: %w", err)
	fmt.Println(wrapped)
	fmt.Printf("%T %T\n", wrapped, plain)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
	bad := fmt.Errorf("two: %w %w", ErrNotFound, ErrPermission)
	fmt.Println(bad)
}
