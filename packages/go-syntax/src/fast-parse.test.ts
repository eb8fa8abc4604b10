import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGoFast, parseGoFastDetailed } from './fast-parse.ts';
import type { GoNode } from './go-node.ts';
import { createNodeGoParser } from './node/index.ts';
import type { GoParser } from './parser.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/** tree-sitter's tree for `src`, or undefined if it has a syntax error. */
function oracle(src: string): GoNode | undefined {
  const file = parser.parseWithTreeSitter('x.go', src);
  return file.hasError ? undefined : file.tree;
}

/** The first difference between two trees, as a readable line; undefined if identical. */
function difference(expected: GoNode, actual: GoNode): string | undefined {
  const show = (n: GoNode | undefined): string =>
    n === undefined
      ? '(none)'
      : `${n.field === undefined ? '' : `${n.field}: `}${n.named ? n.type : JSON.stringify(n.type)} [${n.start},${n.end})`;
  const stack: [GoNode, GoNode][] = [[expected, actual]];
  for (let pair = stack.pop(); pair !== undefined; pair = stack.pop()) {
    const [a, b] = pair;
    const same =
      a.type === b.type &&
      a.named === b.named &&
      a.field === b.field &&
      a.start === b.start &&
      a.end === b.end &&
      a.missing === b.missing &&
      a.children.length === b.children.length;
    if (!same)
      return `in ${show(a.parent)}: tree-sitter ${show(a)} (${a.children.length} children), fast ${show(b)} (${b.children.length} children)`;
    for (let i = b.children.length - 1; i >= 0; i--) {
      const x = a.children[i];
      const y = b.children[i];
      if (x === undefined || y === undefined) return 'missing child';
      if (y.parent !== b) return `wrong parent link at ${show(y)}`;
      stack.push([x, y]);
    }
  }
  return undefined;
}

/**
 * How the fast parser fares on the file `src` against tree-sitter: `identical`, or what went
 * wrong (a tree-sitter rejection, a decline, the first differing node).
 */
function compare(src: string): string {
  const expected = oracle(src);
  if (expected === undefined) return 'tree-sitter rejects the file';
  const result = parseGoFastDetailed(src);
  if (!('root' in result)) {
    const { reason, offset } = result.failure;
    return `declined (${reason}) at ${offset}: ${JSON.stringify(src.slice(offset, offset + 40))}`;
  }
  return difference(expected, result.root) ?? 'identical';
}

/** A file with `body` as the body of a function. */
const inFunc = (body: string): string => `package p\n\nfunc f() {\n${body}\n}\n`;

describe('parseGoFast on constructs of the grammar', () => {
  const files: Record<string, string> = {
    'package, imports and comments': `// Package p does things.
package p // trailing

/* block */
import "fmt"
import (
	"os"
	_ "embed"
	. "strings"
	f2 "fmt" // named
	"errors";
)

// Doc comment.
func main() { fmt.Println(os.Args, f2.Sprint(), errors.New("x")) } // after
// end
`,
    'var, const and type declarations': `package p

var a int
var b, c = 1, "two"
var d []string = nil
var (
	e    = 1.5
	g, h int
	// inside
)
const k = iota
const (
	A, B = iota, iota * 2
	C
	D int = 7
)
type T struct {
	a, b int
	*Embedded
	pkg.Other
	Generic[int]
	c    string \`json:"c"\`
	d    func(int) error "tag"
	e    struct{ x int }
	f    map[string][]*T
	g    chan<- int
	h    <-chan int
	i    chan int
	j    [4]byte
	k    interface{}
}
type (
	I interface {
		M(a int) (string, error)
		N()
		fmt.Stringer
		~int | ~string
		int
	}
	F  func(...int) bool
	Al = map[string]int
	Ar [N * 2]int
)
type G[K comparable, V any] struct{ m map[K]V }
type C[T interface{ ~int }, U ~string | int] int
type L[T any] = []T
`,
    'functions and methods': `package p

func a()
func b(int, string) (bool, error)
func c(x, y int, z ...string) (n int, err error) { return }
func d[T any, U comparable](t T) U { var u U; return u }
func (r *R) m() {}
func (R) n(a []int, b map[int]int) int { return 0 }
func (r R[T]) o() T { return r.t }
func e(f func(int) (int, error), g func()) func() int { return nil }
func h(a, b, c, d, e, f, g, h, i, j, k, l int) {}
func v(args ...interface{}) {}
`,
    statements: inFunc(`	x := 1
	x = 2
	x += 3
	x <<= 1
	x &^= 4
	x++
	x--
	a, b := f(), g()
	a, b = b, a
	ch <- x
	<-ch
	go f()
	defer g()
	if x > 0 {
	} else if y := x; y < 0 {
	} else {
	}
	for {
		break
	}
	for x < 10 {
		continue
	}
	for i := 0; i < 10; i++ {
	}
	for ; ; {
	}
	for i := range s {
		_ = i
	}
	for k, v := range m {
	}
	for k = range m {
	}
	for range ch {
	}
	switch {
	case x > 1, x < -1:
		fallthrough
	case x == 0:
	default:
	}
	switch y := f(); y {
	case 1:
	}
	switch t := v.(type) {
	case int, string:
	case nil:
	case *T, []byte, map[string]int, func(), chan int:
	default:
		_ = t
	}
	switch v.(type) {
	}
	select {
	case v := <-ch:
	case v, ok := <-ch:
	case ch <- 1:
	case <-ch:
	default:
	}
outer:
	for {
		break outer
	}
	goto outer
	{
		var z = 1
		_ = z
	}
	return`),
    expressions: inFunc(`	_ = a + b*c - d/e%f<<g>>h&i&^j|k^l
	_ = a == b && c != d || e < f && g <= h || i > j && k >= l
	_ = -a + +b - !c ^ ^d
	_ = *p + &v
	_ = a.b.c(d)[e][f:g][:h][i:][j:k:l]
	_ = x.(T)
	_ = x.(*pkg.T)
	_ = f(a, b...)
	_ = f(a, b,)
	_ = f[int](x)
	_ = m[k](x)
	_ = fns[i](x, y)
	_ = dec[b.field](b, m)
	_ = semi[label[v]]
	_ = a.b[c.d[e.f]]
	_ = T{}
	_ = T{1, 2}
	_ = pkg.T{A: 1, B: "x"}
	_ = G[int]{}
	_ = pkg.G[int, string]{}
	_ = []int{1, 2, 3}
	_ = [...]string{"a", "b"}
	_ = [2][]int{{1}, {2, 3}}
	_ = map[string]int{"a": 1}
	_ = struct{ a int }{a: 1}
	_ = &T{}
	_ = []byte("s")
	_ = map[string]int(m)
	_ = interface{}(x)
	_ = (*T)(p)
	_ = (*[4]byte)(p)
	_ = *(*[4]byte)(p)
	_ = (func())(x)
	_ = ([]int)(x)
	_ = (<-chan int)(c)
	_ = (x)
	_ = func(a int) int { return a }(1)
	_ = new(T)
	_ = new(pkg.T)
	_ = make([]int, 0, 10)
	_ = make(map[string]int)
	_ = make(chan struct{}, 1)
	_ = nil == true || false != iota
	_ = 1 + 0x1F + 0o17 + 017 + 0b101 + 1_000 + 1.5 + .5 + 1e9 + 1.5e-3 + 0x1p-2 + 2i + 1.5i
	_ = 'a' + '\\n' + '\\'' + '\\x41' + '\\u00e9' + '\\U0001F600' + '\\101' + 'é'
	_ = "plain" + "esc\\n\\t\\"\\\\" + "\\x41\\101\\u00e9\\U0001F600" + "" + "é😀"
	_ = \`raw\` + \`\` + \`multi
line\`
	var f = new
	_ = f
	_ = (*S[K, V])(nil)
	_ = (*S[K])(nil)
	_ = (*S[K, V]).M
	_ = *S[K, V]
	_ = redundant[last.Ident][next.Ident]
	_ = rows[rc.posSet][rc.posRow].cols
	_ = Converters[extMap[ext]](test, data)
	var c1 chan<- chan int
	var c2 chan <- chan <- int
	var c3 chan<- <-chan int
	switch e := recover(); e := e.(type) {
	}`),
    'comments in odd places': `package p

func f( /* a */ x int /* b */, y int) /* c */ {
	a := /* d */ b + /* e */ c // f
	// g

	/* h */ g( /* i */ )
	if /* j */ x /* k */ {
		// only a comment
	}
	switch x {
	case 1: // l
		// m
	// n
	case 2:
	}
	// last
}

var v = T{
	// o
	A: 1, // p
	/* q */ B: 2,
}
`,
    'labels and empty statements': inFunc(`L1:
	for {
	}
L2:
	;
	a();
	b();;
	{ L3: }
end:`),
    'end of file without a newline': 'package p\n\nfunc f() {}',
    'end of file after a comment': 'package p\n\nimport "x" // c',
    'package clause only': 'package p',
    'newlines and semicolons':
      'package p; import "fmt"; func f() { fmt.Println(); return }; var x = 1\r\nfunc g() { // c\r\n\ta()\r\n\r\n}\n\n\n',
  };

  it.each(Object.entries(files))('%s', (_name, src) => {
    expect(compare(src)).toBe('identical');
  });

  it('reads simple statements alone in a function', () => {
    const simple = /^\t([a-z_]+ (:?=|\+=|<<=|&\^=)|x(\+\+|--)$)/;
    const lines = (files['statements'] ?? '').split('\n').filter((line) => simple.test(line));
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.map((line) => compare(inFunc(line)))).toEqual(lines.map(() => 'identical'));
  });
});

describe('parseGoFast on invalid code', () => {
  const invalid = [
    'package p\n\nfunc f() {\n\tx := \n}\n',
    'package p\n\nfunc f( {}\n',
    'package p\n\nvar x = [...]byte("s")\n',
    'package p\n\nfunc f() {\n_:\n_:\n}\n',
    'package p\n\nfunc f() {\n\ta() /* x\n\t*/ b()\n}\n',
    'package p\n\nvar s = "unterminated\n',
    "package p\n\nvar r = 'ab'\n",
    'package p\n\nvar x = 08\n',
    'package p\n\nfunc f() {\n\tif x := 1 {\n\t}\n}\n',
    'package p\n\nfunc f() {\n\tfor x == T{} {\n\t}\n}\n',
    'package p\n\ntype T struct {\n\ta int,\n}\n',
    'package p\n\nimport fmt\n',
    'package p\n\nfunc f() {\n\tswitch x.(type) + 1 {\n\t}\n}\n',
    'package p\n\nvar x = a.(type)\n',
    'package p\n\nfunc f() {\n\treturn 1,\n}\n',
    'package p\n\nvar (a int)\n',
  ];
  it.each(invalid)('rejects %j', (src) => {
    expect(oracle(src)).toBeUndefined();
    expect(parseGoFast(src)).toBeUndefined();
  });
});

/** GOROOT/src, if there is one to compare on. */
function gorootSource(): string | undefined {
  const roots = [process.env['MAPSCOPE_GOROOT'], '/usr/lib/go-1.19'];
  for (const root of roots) {
    if (root !== undefined && existsSync(join(root, 'src'))) return join(root, 'src');
  }
  return undefined;
}

function goFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) goFiles(path, out);
    else if (st?.isFile() === true && name.endsWith('.go')) out.push(path);
  }
  return out;
}

const goroot = gorootSource();

describe.runIf(goroot !== undefined)('parseGoFast on a sample of GOROOT/src', () => {
  it('gives tree-sitter’s tree for every 20th file, and rejects what tree-sitter rejects', () => {
    const files = goFiles(goroot ?? '').filter((_, i) => i % 20 === 0);
    const problems: string[] = [];
    let identical = 0;
    let declined = 0;
    for (const path of files) {
      const src = readFileSync(path, 'utf8');
      const expected = oracle(src);
      const actual = parseGoFast(src);
      if (expected === undefined) {
        if (actual !== undefined) problems.push(`${path}: accepted though tree-sitter rejects it`);
      } else if (actual === undefined) {
        declined++;
      } else {
        const d = difference(expected, actual);
        if (d === undefined) identical++;
        else problems.push(`${path}: ${d}`);
      }
    }
    expect(problems).toEqual([]);
    expect(declined).toBeLessThanOrEqual(files.length / 50);
    expect(identical).toBeGreaterThan(files.length * 0.9);
  }, 60_000);
});
