// The analyzer's types from Go's type checker (go-types): what a package's own declarations
// cannot show (results of calls into other packages, inference), by the node of each file,
// and nothing wrong where the checker knows nothing.
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import {
  Bail,
  Checker,
  Package,
  convertFile,
  makeUniverse,
  sourceFile,
  type Package as CheckedGo,
} from '@mapscope/go-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckedPackage, type PackageImporter } from '../src/checked.ts';
import { asMap, typeString, underlying } from '../src/go-types.ts';

type Parser = Awaited<ReturnType<typeof createNodeGoParser>>;
let parser: Parser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

const universe = makeUniverse();

/** A stand-in for an imported package, checked from source. */
function library(path: string, source: string): CheckedGo {
  const f = parser.parse(`${path}/lib.go`, source);
  const file = convertFile(sourceFile(`${path}/lib.go`, source), f.tree);
  const pkg = new Package(path, file.packageName.name, [file], universe, true);
  const c = new Checker(pkg, { goMinor: 21 });
  try {
    c.checkPackage();
  } catch (e) {
    if (!(e instanceof Bail)) {
      throw e;
    }
  }
  return pkg;
}

const libs = (): Map<string, CheckedGo> =>
  new Map([
    [
      'example.com/registry',
      library(
        'example.com/registry',
        `package registry

type Table map[string][]int

func Open() (Table, error) { return Table{}, nil }

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }
`,
      ),
    ],
  ]);

function importer(): PackageImporter {
  const have = libs();
  return { universe, importPackage: (p) => have.get(p) ?? null };
}

/** Checks files as package example.com/p, every function body included (as rules read them). */
function check(files: readonly ParsedFile[]): CheckedPackage | null {
  const c = CheckedPackage.check(files, 'example.com/p', importer(), 21, () => true);
  for (const f of files) {
    for (const top of f.topLevel()) {
      c?.checkBodyOf(top);
    }
  }
  return c;
}

function parse(path: string, source: string): ParsedFile {
  return parser.parse(path, source);
}

/** The first node of `file` whose text is `text` (outermost first). */
function node(file: ParsedFile, text: string): GoNode {
  let found: GoNode | undefined;
  for (const top of file.topLevel()) {
    top.walk((n) => {
      if (found === undefined && n.text === text) {
        found = n;
      }
      return found === undefined;
    });
  }
  if (found === undefined) {
    throw new Error(`no node ${text}`);
  }
  return found;
}

describe('types from the checker', () => {
  it('gives what calls into another package return, inferred types included', () => {
    const a = parse(
      'p/a.go',
      `package p

import "example.com/registry"

func load() []string {
	t, err := registry.Open()
	if err != nil {
		return nil
	}
	t["x"] = append(t["x"], 1)
	return registry.Keys(t)
}
`,
    );
    const c = check([a]);
    expect(c).not.toBeNull();
    const typeOf = (text: string): string => {
      const t = c?.typeOf(node(a, text));
      return t === undefined ? 'none' : typeString(t);
    };
    // The package's own declarations say nothing of these; the checker does.
    expect(typeOf('registry.Open()')).toBe('registry.Table');
    expect(typeOf('t["x"]')).toBe('[]int');
    expect(typeOf('registry.Keys(t)')).toBe('[]string');
    expect(typeOf('err')).toBe('error');
  });

  it("sees through another package's named types to their structure", () => {
    const a = parse(
      'p/a.go',
      `package p

import "example.com/registry"

func load() {
	t, _ := registry.Open()
	t["x"] = nil
}
`,
    );
    const c = check([a]);
    const table = c?.typeOf(node(a, 't'));
    // Still named as written, for messages and for rules that know types by name…
    expect(table === undefined ? 'none' : typeString(table)).toBe('registry.Table');
    // …and a map to the rules, as registry declares it.
    const m = table === undefined ? undefined : asMap(table);
    expect(m === undefined ? 'none' : typeString(m)).toBe('map[string][]int');
    // underlying() stops at the other package's name (sync.Mutex stays sync.Mutex to it).
    expect(table === undefined ? 'none' : typeString(underlying(table))).toBe('registry.Table');
  });

  it("reads each file's nodes from that file (offsets repeat across files)", () => {
    // Both files put a different expression at the same offsets.
    const a = parse('p/a.go', 'package p\n\nvar A = map[string]int{}\n');
    const b = parse('p/b.go', 'package p\n\nvar B = []string{"abcd"}\n');
    const c = check([a, b]);
    const ta = c?.typeOf(node(a, 'map[string]int{}'));
    const tb = c?.typeOf(node(b, '[]string{"abcd"}'));
    expect(ta === undefined ? 'none' : typeString(ta)).toBe('map[string]int');
    expect(tb === undefined ? 'none' : typeString(tb)).toBe('[]string');
  });

  it('knows nothing, and says nothing wrong, where an import is missing or code does not compile', () => {
    const a = parse(
      'p/a.go',
      `package p

import "example.com/missing"

func f() int {
	m := missing.Table()
	var s []int = "not a slice"
	n := len(s)
	_ = m
	return n
}
`,
    );
    const c = check([a]);
    expect(c).not.toBeNull();
    expect(c?.typeOf(node(a, 'missing.Table()'))).toBeUndefined();
    const s = c?.typeOf(node(a, 'len(s)'));
    expect(s === undefined ? 'none' : typeString(s)).toBe('int');
  });

  it("checks one build's files: linux/amd64, cgo off", () => {
    // Each variant declares the table; a checker seeing them all would find it declared twice.
    const amd64 = parse('p/table_amd64.go', 'package p\n\nvar table = map[string]int{}\n');
    const arm64 = parse('p/table_arm64.go', 'package p\n\nvar table = []string{}\n');
    const windows = parse('p/use_windows.go', 'package p\n\nvar size = len(table)\n');
    const tagged = parse('p/tagged.go', '//go:build !linux\n\npackage p\n\nvar other = []int{}\n');
    const cgo = parse('p/cgo.go', 'package p\n\n// int f();\nimport "C"\n\nvar fromC = C.f()\n');
    const use = parse('p/use.go', 'package p\n\nfunc get(k string) int { return table[k] }\n');
    const c = check([amd64, arm64, windows, tagged, cgo, use]);
    const t = c?.typeOf(node(use, 'table[k]'));
    expect(t === undefined ? 'none' : typeString(t)).toBe('int');
    const m = c?.typeOf(node(amd64, 'map[string]int{}'));
    expect(m === undefined ? 'none' : typeString(m)).toBe('map[string]int');
    // The other builds' files are not checked: no types from them, none wrong.
    expect(c?.typeOf(node(arm64, '[]string{}'))).toBeUndefined();
    expect(c?.typeOf(node(tagged, '[]int{}'))).toBeUndefined();
    expect(c?.typeOf(node(cgo, 'C.f()'))).toBeUndefined();
  });
});
