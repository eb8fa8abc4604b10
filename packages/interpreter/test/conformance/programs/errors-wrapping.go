package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ValidationError struct {
	Field string
	Value interface{}
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(id int) error {
	switch {
	case id < 0:
		return ValidationError{"id", id}
	case id == 0:
		return &QueryError{Query: "SELECT 0", Err: ErrNotFound}
	case id > 100:
		return fmt.Errorf("lookup %d: %w", id, &QueryError{"SELECT big", ErrPermission})
	}
	return nil
}

func main() {
	for _, id := range []int{-5, 0, 7, 500} {
		err := find(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		fmt.Println("  notfound:", errors.Is(err, ErrNotFound), "perm:", errors.Is(err, ErrPermission))
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("  validation field=%s value=%v\n", ve.Field, ve.Value)
		}
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("  query=%q inner=%v\n", qe.Query, qe.Err)
		}
		fmt.Printf("  %T\n", err)
	}
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseFloat("1.5e", 64)
	fmt.Println(err)
	wrapped := fmt.Errorf("level2: %w", fmt.Errorf("level1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Unwrap(fmt.Errorf("no wrap: %v", ErrNotFound)))
	if err := find(-1); err != nil {
		fmt.Fprintln(os.Stderr, "fatal:", err)
		os.Exit(3)
	}
}
