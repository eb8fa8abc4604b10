// Command record-natives-goldens records what real Go answers for the inputs of
// test/stdlib-natives.test.ts, into test/golden/stdlib-natives.json, so that the
// TypeScript natives are tested against Go without needing Go.
//
// Usage (from packages/interpreter, Go 1.19):
//
//	go run scripts/record-natives-goldens/main.go > test/golden/stdlib-natives.json
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"runtime"
	"strconv"
	"unicode"
)

// sampleRunes must match sampleRunes in test/stdlib-natives.test.ts.
func sampleRunes() []rune {
	rs := []rune{-1, -0x80000000, 0x110000, 0x7fffffff}
	for r := rune(0); r < 0x3400; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x3400); r <= unicode.MaxRune; r += 29 {
		rs = append(rs, r)
	}
	return rs
}

func bitset(rs []rune, f func(rune) bool) string {
	b := make([]byte, (len(rs)+7)/8)
	for i, r := range rs {
		if f(r) {
			b[i/8] |= 1 << (i % 8)
		}
	}
	return fmt.Sprintf("%x", b)
}

func changes(rs []rune, f func(rune) rune) [][2]rune {
	out := [][2]rune{}
	for _, r := range rs {
		if v := f(r); v != r {
			out = append(out, [2]rune{r, v})
		}
	}
	return out
}

func bits(f float64) string { return strconv.FormatUint(math.Float64bits(f), 10) }

func floatInputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, 1e-310, -1e-310, 5e-324,
		math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, 1 << 52, 1<<52 + 0.5,
		-(1<<52 + 0.5), 1 << 53, 4503599627370497.5, 709.78, 709.79, -745.13, -745.14, 1e300, 0.1, 10, 2, math.E}
	r := rand.New(rand.NewSource(9))
	for i := 0; i < 1500; i++ {
		switch i % 3 {
		case 0:
			xs = append(xs, (r.Float64()*2-1)*5)
		case 1:
			xs = append(xs, (r.Float64()*2-1)*700)
		case 2:
			xs = append(xs, math.Exp((r.Float64()*2-1)*700))
		}
	}
	return xs
}

func main() {
	rs := sampleRunes()
	preds := map[string]func(rune) bool{
		"IsLetter": unicode.IsLetter, "IsUpper": unicode.IsUpper, "IsLower": unicode.IsLower, "IsTitle": unicode.IsTitle,
		"IsDigit": unicode.IsDigit, "IsNumber": unicode.IsNumber, "IsSpace": unicode.IsSpace, "IsPunct": unicode.IsPunct,
		"IsPrint": unicode.IsPrint, "IsGraphic": unicode.IsGraphic, "IsMark": unicode.IsMark, "IsSymbol": unicode.IsSymbol,
	}
	maps := map[string]func(rune) rune{"ToUpper": unicode.ToUpper, "ToLower": unicode.ToLower, "ToTitle": unicode.ToTitle, "SimpleFold": unicode.SimpleFold}
	out := map[string]any{
		"recordedBy": "go run scripts/record-natives-goldens/main.go > test/golden/stdlib-natives.json (" + runtime.Version() + ", " + runtime.GOARCH + ")",
	}
	p := map[string]string{}
	for n, f := range preds {
		p[n] = bitset(rs, f)
	}
	out["unicodePredicates"] = p
	m := map[string][][2]rune{}
	for n, f := range maps {
		m[n] = changes(rs, f)
	}
	out["unicodeMappings"] = m

	xs := floatInputs()
	unary := map[string]func(float64) float64{"Sqrt": math.Sqrt, "Floor": math.Floor, "Ceil": math.Ceil, "Trunc": math.Trunc, "Exp": math.Exp, "Log": math.Log}
	var rows [][]string
	for i, x := range xs {
		row := []string{bits(x)}
		for _, n := range []string{"Sqrt", "Floor", "Ceil", "Trunc", "Exp", "Log"} {
			row = append(row, bits(unary[n](x)))
		}
		y := xs[(i*17+5)%len(xs)]
		row = append(row, bits(y), bits(math.Hypot(x, y)), strconv.FormatUint(uint64(math.Float32bits(float32(x))), 10))
		rows = append(rows, row)
	}
	out["mathColumns"] = []string{"x", "Sqrt", "Floor", "Ceil", "Trunc", "Exp", "Log", "y", "Hypot(x,y)", "Float32bits(float32(x))"}
	out["math"] = rows
	out["nanBits"] = []string{bits(math.NaN()), strconv.FormatUint(uint64(math.Float32bits(float32(math.NaN()))), 10)}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
