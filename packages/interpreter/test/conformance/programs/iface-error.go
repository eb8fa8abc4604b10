// The error interface: custom error types, pointer vs value receivers, nil errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func parse(s string) (int, error) {
	if s == "" {
		return 0, &ParseError{1, "empty input"}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Code(n)
	}
	return n, nil
}

func main() {
	for _, in := range []string{"12", "", "x1", "-4", "99999999999999999999"} {
		n, err := parse(in)
		if err != nil {
			fmt.Printf("%q: error %v (%T)\n", in, err, err)
			continue
		}
		fmt.Printf("%q: %d\n", in, n)
	}
	_, err := parse("")
	if pe, ok := err.(*ParseError); ok {
		fmt.Println(pe.Line, pe.Msg)
	}
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)
	fmt.Println(Code(3) == Code(3), error(Code(3)) == error(Code(3)))
	var err2 error
	fmt.Println(err2 == nil, err2)
	fmt.Printf("%v %s %q\n", Code(7), Code(8), error(Code(9)))
	fmt.Println(fmt.Errorf("wrapped: %v", e1))
}
