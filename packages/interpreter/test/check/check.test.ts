// Focused checker tests: Go programs in, compile errors (or output) out. Every expected text
// below was produced by Go 1.19 (`go build ./x.go` in a module with `go 1.19`; run with ./x
// for the valid program), file renamed to x.go.
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { beforeAll, describe, expect, test } from 'vitest';
import { runProgram } from '../../src/index.ts';

type Parser = Awaited<ReturnType<typeof createNodeGoParser>>;
let parser: Parser;

beforeAll(async () => {
  parser = await createNodeGoParser();
});

function run(source: string): { stdout: string; stderr: string; exitCode: number } {
  return runProgram(parser, [{ path: './x.go', source }], { goMinor: 19 });
}

/** The compile errors without the `# command-line-arguments` header. */
function errors(source: string): string {
  const r = run(source);
  expect(r.exitCode).toBe(2);
  return r.stderr.replace(/^# command-line-arguments\n/, '');
}

describe('valid programs', () => {
  test('nil comparisons, map index assignment, const repetition, generics, late methods', () => {
    const src = `package main

import "fmt"

var overflowError error = myErr("overflow")

type myErr string

func (e myErr) Error() string { return string(e) }

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

type Number interface {
	Integer | ~float64
}

type Integer interface{ ~int | ~int64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T Integer | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Bytes interface{ ~[]byte | ~string }

func First[T Bytes](s T) byte { return s[0] }

type Set[K comparable] map[K]struct{}

func (s Set[E]) Add(v E)          { s[v] = struct{}{} }
func (s Set[E]) Has(v E) bool     { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

type reg struct{ items map[string]int }

func main() {
	fmt.Println(overflowError)
	fmt.Println(A, B, C, D, E, F)
	var sl []int
	var m map[string]int
	var fn func()
	fmt.Println(sl == nil, m == nil, fn == nil, nil == sl, []rune("") == nil)
	counts := map[string]int{}
	counts["a"]++
	counts["a"] += 5
	r := reg{items: map[string]int{}}
	r.items["k"] = 3
	r.items["k"] *= 2
	fmt.Println(counts["a"], r.items["k"])
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Max("a", "b"), Max(3, 2), First("xyz"), First([]byte{7}))
	s := NewSet(1, 2)
	fmt.Println(s.Has(1), s.Has(3))
	var k uint = 3
	var u64 uint64 = 0x3ff0000000000000 - (0x20000000000000 >> k)
	bits := uint64(100)
	const half = 1 << 3
	bits += half >> k
	fmt.Println(u64, bits, -0.5i)
	switch v := interface{}(int64(3)).(type) {
	case int, int64:
		fmt.Println("integer", v)
	}
}
`;
    const r = run(src);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'overflow\n0 0 1 10 3 30\ntrue true true true false\n6 6\n6 4 b 3 120 7\ntrue false\n4606056518893174784 101 (0-0.5i)\ninteger 3\n',
    );
  });
});

describe('compile errors', () => {
  test('untyped operands of binary operators', () => {
    const src = `package main

type S struct{ a int }
type P *int

func main() {
	var i8 int8
	var p *int
	var s S
	var i int
	var str string
	var f float64
	_ = i8 + 1000
	_ = p == 1
	_ = s == 1
	_ = i == nil
	_ = i + nil
	_ = str == 1
	_ = i == 1.5
	_ = i8 + 1.5
	_ = f << 2
}
`;
    expect(errors(src)).toBe(`./x.go:13:11: 1000 (untyped int constant) overflows int8
./x.go:14:11: cannot convert 1 (untyped int constant) to *int
./x.go:15:11: cannot convert 1 (untyped int constant) to struct{a int}
./x.go:16:11: invalid operation: i == nil (mismatched types int and untyped nil)
./x.go:17:6: invalid operation: i + nil (mismatched types int and untyped nil)
./x.go:18:13: invalid operation: str == 1 (mismatched types string and untyped int)
./x.go:19:11: 1.5 (untyped float constant) truncated to int
./x.go:20:11: 1.5 (untyped float constant) truncated to int8
./x.go:21:6: invalid operation: shifted operand f (variable of type float64) must be integer
`);
  });

  test('comparisons, shifts and assignment operators', () => {
    const src = `package main

func main() {
	var i int
	var m map[int]int
	var fn func()
	var sl []int
	var b bool
	_ = m == m
	_ = fn == fn
	_ = sl != sl
	_ = b < b
	_ = sl < nil
	var f float64 = 1 << i
	i += "a"
	i += 1.5
	var str string
	str -= "x"
	_ = f
}
`;
    expect(errors(src))
      .toBe(`./x.go:9:6: invalid operation: m == m (map can only be compared to nil)
./x.go:10:6: invalid operation: fn == fn (func can only be compared to nil)
./x.go:11:6: invalid operation: sl != sl (slice can only be compared to nil)
./x.go:12:6: invalid operation: b < b (operator < not defined on bool)
./x.go:13:6: invalid operation: sl < nil (operator < not defined on slice)
./x.go:14:18: invalid operation: 1 << i (shift of type float64)
./x.go:15:2: invalid operation: i += "a" (mismatched types int and untyped string)
./x.go:16:7: 1.5 (untyped float constant) truncated to int
./x.go:18:2: invalid operation: operator - not defined on str (variable of type string)
`);
  });

  test('instantiation and call arity', () => {
    const src = `package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T { var s T; return s }
func Eq[T comparable](a, b T) bool { return a == b }
func add(a, b int) int { return a + b }

type MyS string
type G[T Number] struct{ v T }

func main() {
	_ = add()
	_ = Sum([]string{"a"}...)
	_ = Sum[string]()
	_ = Eq(func() {}, nil)
	var g G[string]
	_ = g
	_ = Sum(MyS("x"))
	var a any = 1
	_ = Eq[any](a, a)
}
`;
    expect(errors(src)).toBe(`./x.go:13:6: not enough arguments in call to add
	have ()
	want (int, int)
./x.go:14:9: string does not implement Number (string missing in ~int | ~float64)
./x.go:15:10: string does not implement Number (string missing in ~int | ~float64)
./x.go:16:8: func() does not implement comparable
./x.go:17:10: string does not implement Number (string missing in ~int | ~float64)
./x.go:19:9: MyS does not implement Number (MyS missing in ~int | ~float64)
./x.go:21:9: any does not implement comparable
`);
  });

  test('assignability and interface satisfaction', () => {
    const src = `package main

type I interface{ M(int) string }
type A struct{}

func (A) M(string) string { return "" }

type B struct{}

func (B) N(int) string { return "" }

type C struct{}

func (*C) M(int) string { return "" }

func f(i I) {}

func main() {
	var x int = "s"
	var s string
	x = s
	var i I = A{}
	i = B{}
	f(C{})
	var p *I = &i
	var j I = p
	var y float64 = x
	_, _, _ = i, j, y
	ch := make(chan int)
	var r <-chan string = ch
	_ = r
	return 1
}
`;
    expect(errors(src))
      .toBe(`./x.go:19:14: cannot use "s" (untyped string constant) as int value in variable declaration
./x.go:21:6: cannot use s (variable of type string) as type int in assignment
./x.go:22:12: cannot use A{} (value of type A) as type I in variable declaration:
	A does not implement I (wrong type for M method)
		have M(string) string
		want M(int) string
./x.go:23:6: cannot use B{} (value of type B) as type I in assignment:
	B does not implement I (missing M method)
./x.go:24:4: cannot use C{} (value of type C) as type I in argument to f:
	C does not implement I (M method has pointer receiver)
./x.go:26:12: cannot use p (variable of type *I) as type I in variable declaration:
	*I does not implement I (type *I is pointer to interface, not interface)
./x.go:27:18: cannot use x (variable of type int) as type float64 in variable declaration
./x.go:30:24: cannot use ch (variable of type chan int) as type <-chan string in variable declaration
./x.go:32:9: too many return values
	have (number)
	want ()
`);
  });
});
