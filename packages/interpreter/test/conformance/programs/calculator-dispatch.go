package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrStackUnderflow = errors.New("stack underflow")

type op func(a, b float64) (float64, error)

var ops = map[string]op{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"-": func(a, b float64) (float64, error) { return a - b, nil },
	"*": func(a, b float64) (float64, error) { return a * b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
	"^": func(a, b float64) (float64, error) { return math.Pow(a, b), nil },
}

func evalRPN(expr string) (result float64, err error) {
	var stack []float64
	pop := func() float64 {
		if len(stack) == 0 {
			panic(ErrStackUnderflow)
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrStackUnderflow) {
				err = fmt.Errorf("eval %q: %w", expr, e)
				return
			}
			panic(r)
		}
	}()
	for _, tok := range strings.Fields(expr) {
		if f, ok := ops[tok]; ok {
			b, a := pop(), pop()
			v, err := f(a, b)
			if err != nil {
				return 0, err
			}
			stack = append(stack, v)
			continue
		}
		v, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return 0, err
		}
		stack = append(stack, v)
	}
	if len(stack) != 1 {
		return 0, fmt.Errorf("bad expression: %d values left", len(stack))
	}
	return stack[0], nil
}

func main() {
	exprs := []string{
		"3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "1 0 /", "1 +", "1 2", "2 x *", "10 3 /", "-2 0.5 ^",
	}
	for _, e := range exprs {
		v, err := evalRPN(e)
		if err != nil {
			fmt.Printf("%-20s error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-20s = %v (%.3f)\n", e, v, v)
	}
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64)
	fmt.Println(math.Abs(-3.2), math.Mod(7, 3), math.Hypot(3, 4), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Println(math.IsNaN(math.Sqrt(-1)), math.IsInf(1/math.Inf(-1), 0), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi), math.Atan2(1, 1))
	fmt.Println(math.Max(3, math.NaN()), math.Min(-0.0, 0), int(math.Pow(2, 62)), float32(math.MaxFloat32))
}
