package main

import (
	"math"
	"os"
	"strings"
)

// The print/println cases: runPrints (in a child process) prints them to stderr, one per line
// between markers; recordPrints records them with their operands.

func printCases() [][]any {
	var nilP *int
	var nilMap map[int]int
	return [][]any{
		{1.5}, {float32(0.1)}, {math.Copysign(0, -1)}, {0.0}, {1e100}, {math.NaN()}, {math.Inf(1)},
		{math.Inf(-1)}, {true, false}, {int8(-5), uint64(math.MaxUint64)}, {"str", 1}, {complex(1, 2)},
		{uintptr(10)}, {nilP}, {nilMap}, {5e-324}, {math.MaxFloat64}, {123456789.0}, {0.1}, {1.0 / 3},
		{9.9999999}, {99999995.0}, {-42, "x", 2.5}, {math.MinInt64}, {"multi", "args", 3},
		{float32(16777216)}, {1e-300}, {0.5},
	}
}

func runPrints() {
	for _, c := range printCases() {
		print("<<")
		doPrint(c, true)
		print(">>\n")
		print("<<")
		doPrint(c, false)
		print(">>\n")
	}
	os.Exit(0)
}

// doPrint calls the builtin on the operands with their static types.
func doPrint(args []any, ln bool) {
	for i, a := range args {
		if ln && i > 0 {
			print(" ")
		}
		switch v := a.(type) {
		case float64:
			print(v)
		case float32:
			print(v)
		case bool:
			print(v)
		case int8:
			print(v)
		case int:
			print(v)
		case uint64:
			print(v)
		case string:
			print(v)
		case complex128:
			print(v)
		case uintptr:
			print(v)
		case *int:
			print(v)
		case map[int]int:
			print(v)
		default:
			panic("unhandled print operand")
		}
	}
	if ln {
		print("\n")
	}
}

func recordPrints() {
	out := self("print")
	parts := strings.Split(out, ">>\n")
	cases := printCases()
	for i, c := range cases {
		for j, ln := range []bool{true, false} {
			p := strings.TrimPrefix(parts[2*i+j], "<<")
			g.Print = append(g.Print, printCase{describeAll(c), ln, norm(p)})
		}
	}
}
