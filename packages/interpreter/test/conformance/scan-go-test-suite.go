//go:build ignore

// Lists the candidates for go-test-suite.json: the self-checking `// run` programs of Go's
// test/ directory (top level, chan/ and ken/) that use only the packages mapscope models.
// Prints one JSON object per line: {"path": "test/x.go", "packages": [...], "expected": "..."}.
// Used by record-go-test-suite.sh, which also runs each one with Go to confirm it passes.
//
//	go run scan-go-test-suite.go /usr/share/go-1.19
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Packages a program may import, and for some of them the only members it may use.
var allowed = map[string][]string{
	"fmt": nil, "errors": nil, "strings": nil, "strconv": nil, "sort": nil, "math": nil,
	"unicode/utf8": nil, "sync": nil, "sync/atomic": nil, "time": nil,
	"runtime": {"GC", "Gosched", "Goexit", "NumGoroutine"},
	"os":      {"Exit", "Args"},
}

type entry struct {
	Path     string   `json:"path"`
	Packages []string `json:"packages"`
	Expected string   `json:"expected"`
}

func main() {
	goroot := os.Args[1]
	var files []string
	for _, dir := range []string{"test", "test/chan", "test/ken"} {
		m, _ := filepath.Glob(filepath.Join(goroot, dir, "*.go"))
		files = append(files, m...)
	}
	sort.Strings(files)
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		rel, _ := filepath.Rel(goroot, f)
		pkgs, why := check(f)
		if why != "" {
			fmt.Fprintf(os.Stderr, "skip %s: %s\n", rel, why)
			continue
		}
		expected := ""
		if b, err := os.ReadFile(strings.TrimSuffix(f, ".go") + ".out"); err == nil {
			expected = string(b)
		}
		enc.Encode(entry{rel, pkgs, expected})
	}
}

// check returns the imported packages, or why the file does not qualify.
func check(file string) ([]string, string) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err.Error()
	}
	text := string(src)
	if first, _, _ := strings.Cut(text, "\n"); strings.TrimSpace(first) != "// run" {
		return nil, "not a plain // run test"
	}
	if strings.Contains(text, "// errorcheck") {
		return nil, "errorcheck"
	}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "//go:build") || strings.HasPrefix(line, "// +build") {
			return nil, "build constraint"
		}
		if strings.HasPrefix(line, "//go:") && !strings.HasPrefix(line, "//go:noinline") {
			return nil, "compiler directive " + strings.Fields(line)[0]
		}
		if strings.HasPrefix(line, "//export") || strings.Contains(line, `import "C"`) {
			return nil, "cgo"
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, src, parser.ParseComments)
	if err != nil {
		return nil, "parse: " + err.Error()
	}
	if f.Name.Name != "main" {
		return nil, "package " + f.Name.Name
	}
	names := map[string]string{}
	pkgs := []string{}
	for _, imp := range f.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		if _, ok := allowed[p]; !ok {
			return nil, "imports " + p
		}
		name := p[strings.LastIndex(p, "/")+1:]
		if imp.Name != nil {
			if imp.Name.Name == "_" || imp.Name.Name == "." {
				return nil, "import " + imp.Name.Name + " " + p
			}
			name = imp.Name.Name
		}
		names[name] = p
		pkgs = append(pkgs, p)
	}
	why := ""
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := sel.X.(*ast.Ident)
		if !ok || id.Obj != nil {
			return true
		}
		p, ok := names[id.Name]
		if !ok || allowed[p] == nil {
			return true
		}
		for _, m := range allowed[p] {
			if m == sel.Sel.Name {
				return true
			}
		}
		why = "uses " + p + "." + sel.Sel.Name
		return false
	})
	if why != "" {
		return nil, why
	}
	sort.Strings(pkgs)
	return pkgs, ""
}
