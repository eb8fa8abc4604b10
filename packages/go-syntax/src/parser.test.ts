import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeGoParser } from './node/index.ts';
import type { GoNode } from './go-node.ts';
import type { GoParser } from './parser.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

describe('GoParser', () => {
  it('parses a file and reads its package clause and build constraint', () => {
    const file = parser.parse('x.go', '//go:build go1.21\n\npackage demo\n\nfunc f() {}\n');
    expect(file.packageName).toBe('demo');
    expect(file.buildConstraint).toBe('go1.21');
    expect(file.syntaxErrors).toEqual([]);
  });

  it('copies a subtree into GoNodes with fields, tokens and parents', () => {
    const src = 'package p\n\nfunc f() { m[k] = &v }\n';
    const file = parser.parse('x.go', src);
    const root = file.tree;
    const assign = findType(root, 'assignment_statement');
    expect(assign?.child('left')?.text).toBe('m[k]');
    const unary = findType(root, 'unary_expression');
    expect(unary?.hasToken('&')).toBe(true);
    expect(unary?.child('operand')?.text).toBe('v');
    expect(unary?.ancestor('function_declaration')?.child('name')?.text).toBe('f');
  });

  it('reports syntax errors as Go-style diagnostics instead of throwing', () => {
    const file = parser.parse('bad.go', 'package p\n\nfunc f() {\n\tx := \n}\n\nfunc g( {}\n');
    const errors = file.syntaxErrors;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.message).toMatch(/^syntax error: (unexpected|missing) /);
      expect(e.file).toBe('bad.go');
    }
    expect(errors[0]?.position.line).toBeGreaterThanOrEqual(4);
  });

  it('survives arbitrary bytes', () => {
    const file = parser.parse('junk.go', '\u0000}}}{{{ package ( "');
    expect(file.syntaxErrors.length).toBeGreaterThan(0);
  });
});

function findType(root: GoNode, type: string): GoNode | undefined {
  let found: GoNode | undefined;
  root.walk((n) => {
    if (found === undefined && n.type === type) {
      found = n;
    }
    return found === undefined;
  });
  return found;
}

describe('Go 1.26 new(expr)', () => {
  it('parses new with an expression as it parses new with a type', () => {
    const src =
      'package p\n\nfunc f() (*uint64, *[]int) {\n\treturn new(uint64(1)), new([]int)\n}\n';
    const file = parser.parse('x.go', src);
    expect(file.syntaxErrors).toEqual([]);
    const calls: string[] = [];
    file.tree.walk((n) => {
      if (n.type === 'call_expression' && n.child('function')?.text === 'new') {
        calls.push(n.text);
      }
      return true;
    });
    expect(calls).toEqual(['new(uint64(1))', 'new([]int)']);
  });

  it('handles new(expr) as an assignment value and keeps real errors', () => {
    const ok = parser.parse('x.go', 'package p\n\nfunc f() {\n\tr.Crc = new(e.crc.Sum32())\n}\n');
    expect(ok.syntaxErrors).toEqual([]);
    const bad = parser.parse('y.go', 'package p\n\nfunc f() {\n\tp := new(int)\n\tx :=\n}\n');
    expect(bad.syntaxErrors.map((e) => e.message)).toEqual([
      'syntax error: unexpected }, expecting expression',
    ]);
  });
});
