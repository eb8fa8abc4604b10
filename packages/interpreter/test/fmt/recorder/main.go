// Records Go 1.19's formatting as goldens for the TypeScript port (packages/interpreter/src/fmt).
// Run by ../record.sh: `go run . > ../golden/fmt.json`. With argument "panic N" it panics with
// case N, and with "print" it runs the print/println cases, so the parent can capture stderr.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"regexp"
	"strings"
)

type fmtCase struct {
	Fn     string     `json:"fn"`
	Format string     `json:"format,omitempty"`
	Args   []*valDesc `json:"args"`
	Out    string     `json:"out"`
}

type printCase struct {
	Args []*valDesc `json:"args"`
	Ln   bool       `json:"ln"`
	Out  string     `json:"out"`
}

type golden struct {
	Comment string      `json:"comment"`
	Panic   []fmtCase   `json:"panic"`
	Print   []printCase `json:"print"`
}

// Heap addresses differ from run to run and from the model's: both sides print 0xPTR.
// %x and %d of pointers print them without 0x and in decimal: PTR and DPTR.
var (
	addrRE    = regexp.MustCompile(`\bc[0-9a-f]{9}\b`)
	addr0xRE  = regexp.MustCompile(`0xc[0-9a-f]{9}`)
	addrDecRE = regexp.MustCompile(`\b8246[3-5][0-9]{7}\b`)
)

func norm(s string) string {
	s = addr0xRE.ReplaceAllString(s, "0xPTR")
	s = addrRE.ReplaceAllString(s, "PTR")
	return latin1(addrDecRE.ReplaceAllString(s, "DPTR"))
}

var g golden

func main() {
	if len(os.Args) > 2 && os.Args[1] == "panic" {
		var n int
		fmt.Sscan(os.Args[2], &n)
		panic(panicValues()[n])
	}
	if len(os.Args) > 1 && os.Args[1] == "print" {
		runPrints()
		return
	}
	g.Comment = "Recorded from Go " + strings.TrimPrefix(goVersion(), "go") + " by test/fmt/record.sh (go run ./recorder); heap addresses normalized to 0xPTR, PTR (%x) and DPTR (%d)."
	for i, v := range panicValues() {
		g.Panic = append(g.Panic, fmtCase{Fn: "panic", Args: []*valDesc{describe(v)}, Out: panicText(i)})
	}
	recordPrints()
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&g); err != nil {
		panic(err)
	}
}

func goVersion() string {
	out, _ := exec.Command("go", "env", "GOVERSION").Output()
	return strings.TrimSpace(string(out))
}

func self(args ...string) string {
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	cmd := exec.Command(exe, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	_ = cmd.Run()
	return stderr.String()
}

func panicText(i int) string {
	out := self("panic", fmt.Sprint(i))
	line := strings.SplitN(out, "\n", 2)[0]
	if strings.HasPrefix(out, "panic: ") && strings.Contains(out, "fatal error: ") {
		// The value's method panicked: the fatal error is what the model reports.
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "fatal error: ") {
				return norm(l)
			}
		}
	}
	return norm(strings.TrimPrefix(line, "panic: "))
}

func panicValues() []any {
	var nilT *T
	return []any{
		"boom", 42, int8(-3), uint64(math.MaxUint64), 1.5, float32(0.1), complex(1, 2), true,
		MyInt(5), MyStr("x"), MyBool(false), MyFloat(2.5), Celsius(21.5), errors.New("an error"),
		&MyErr{7}, Both(1), T{1, "x"}, &T{}, nilT, []int{1}, nil, -0.0, math.Inf(1), 1e100,
		uintptr(12), MyUint8(7), Boom(1), "multi\nline", "\xff",
	}
}
