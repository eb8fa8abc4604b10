package main

import (
	"errors"
	"strconv"
)

// Types whose methods the TypeScript tests implement the same way (test/fmt/host.ts).

type T struct {
	A int
	B string
}

type Inner struct {
	X, Y int
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	Any   any
	Slice []int
	M     map[string]int
}

type hidden struct {
	a int
	b string
}

type Embeds struct {
	Inner
	Z int
}

type MyInt int
type MyStr string
type MyBool bool
type MyFloat float64
type MyBytes []byte
type MyUint8 uint8

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type Boom int

func (Boom) String() string { panic("boom") }

type BoomErr struct{}

func (BoomErr) Error() string { panic(errors.New("bad")) }

type GoS struct{ A int }

func (GoS) GoString() string { return "GoS!" }
func (GoS) String() string   { return "gos" }

type Idx int

func (i Idx) String() string { return []string{"a", "b"}[i] }

type Both int

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type PStr struct{ N int }

func (p *PStr) String() string {
	if p == nil {
		return "nilPStr"
	}
	return "PStr#" + strconv.Itoa(p.N)
}

type WithStringer struct {
	C Celsius
	c Celsius
}

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}
