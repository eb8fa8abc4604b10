// errors.As (targets, panics, trees, As methods) and strconv.ParseFloat/FormatFloat.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type ptrErr struct{ msg string }

func (e *ptrErr) Error() string { return e.msg }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(target any) bool {
	if p, ok := target.(*codeErr); ok {
		*p = codeErr{99}
		return true
	}
	return false
}

func main() {
	var ce codeErr
	var pe *ptrErr
	var te temporary
	var anyErr error
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", codeErr{7}))
	fmt.Println(errors.As(wrapped, &ce), ce.code, errors.As(wrapped, &pe), pe)
	fmt.Println(errors.As(fmt.Errorf("x: %w", &ptrErr{"boom"}), &pe), pe.msg)
	fmt.Println(errors.As(wrapped, &te), errors.As(fmt.Errorf("t: %w", tempErr{}), &te), te.Temporary())
	fmt.Println(errors.As(wrapped, &anyErr), anyErr)
	fmt.Println(errors.As(asErr{}, &ce), ce)
	fmt.Println(errors.As(nil, &ce), errors.As(io.EOF, &ce))
	var ne *strconv.NumError
	_, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	for _, target := range []any{nil, ce, (*codeErr)(nil), new(int), &pe} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(errors.As(io.EOF, target))
		}()
	}

	for _, s := range []string{"3.14", "-0", "1e308", "1e309", "-1e400", "4.9e-324", "1e-400", "0x1p-2", "inf", "-Infinity", "NaN", "1_000.5", "abc", "", "1.5e", ".5", "+.5e+2", "340282356779733661637539395458142568448"} {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f64, err64, f32, err32)
	}
	for _, f := range []float64{0, 1, -2.5, 1.0 / 3, 1e21, 1e-7, 123456789, 0.000001234, 5e-324, 1.7976931348623157e308} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 4, 32), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'E', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(0.125, 'f', 2, 64), strconv.FormatFloat(0.375, 'f', 2, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'q', 1, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("v="), 2.75, 'f', -1, 64)))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strconv.FormatFloat(1, 'f', -1, 16)
	}()
}
