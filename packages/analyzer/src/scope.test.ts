import type { GoNode, GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scopes } from './scope.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/** Parses a whole file and resolves its scopes. */
function scopesOf(source: string): Scopes {
  const file = parser.parse('x.go', source);
  const root = file.tree;
  return new Scopes(root);
}

/**
 * Resolves every identifier in a function body and describes each use as
 * `name@line -> declared at line (kind)`, or `-> outside` for package-level names.
 */
function resolve(body: string): string[] {
  const file = parser.parse('x.go', `package p\n\nfunc f(a int) (r int) {\n${body}\n}\n`);
  const root = file.tree;
  const line = (n: GoNode): number => file.position(n.start).line;
  const scopes = new Scopes(root);
  const out: string[] = [];
  root.walk((n) => {
    if (n.type === 'identifier' && n.text !== '_' && n.parent?.type !== 'function_declaration') {
      const b = scopes.resolve(n);
      if (b?.ident !== n) {
        out.push(
          `${n.text}@${line(n)} -> ${b === undefined ? 'outside' : `${line(b.ident)} (${b.kind})`}`,
        );
      }
    }
    return true;
  });
  return out;
}

describe('Scopes', () => {
  it('starts a variable scope after its declaration: v := v reads the outer v', () => {
    expect(resolve('\tv := a\n\t{\n\t\tv := v\n\t\t_ = v\n\t}')).toEqual([
      'a@4 -> 3 (param)',
      'v@6 -> 4 (var)',
      'v@7 -> 6 (var)',
    ]);
  });

  it('redeclares with := only names new to the block', () => {
    expect(resolve('\tx, err := 1, 2\n\ty, err := x, err\n\t_ = y')).toEqual([
      'err@5 -> 4 (var)',
      'x@5 -> 4 (var)',
      'err@5 -> 4 (var)',
      'y@6 -> 5 (var)',
    ]);
  });

  it('gives for and range clauses their own scope and marks loop variables', () => {
    const scopes = scopesOf(
      'package p\nfunc f(xs []int) {\n\tfor i, x := range xs { _ = i + x }\n\tvar i int\n\tfor i = range xs {}\n}\n',
    );
    const loopVars = scopes.bindings.filter((b) => b.loop !== undefined).map((b) => b.name);
    expect(loopVars).toEqual(['i', 'x']);
    const rangeOf = scopes.bindings.find((b) => b.name === 'x')?.rangeOf;
    expect([rangeOf?.expr.text, rangeOf?.index]).toEqual(['xs', 1]);
  });

  it('scopes if initializers, switch cases and select receives', () => {
    expect(
      resolve(
        '\tif r := a; r > 0 {\n\t\t_ = r\n\t}\n\t_ = r\n\tselect {\n\tcase v := <-c:\n\t\t_ = v\n\t}',
      ),
    ).toEqual([
      'a@4 -> 3 (param)',
      'r@4 -> 4 (var)',
      'r@5 -> 4 (var)',
      'r@7 -> 3 (result)',
      'c@9 -> outside',
      'v@10 -> 9 (var)',
    ]);
  });

  it('gives each type switch clause its own variable', () => {
    const scopes = scopesOf(
      'package p\nfunc f(x any) {\n\tswitch v := x.(type) {\n\tcase int:\n\t\t_ = v\n\tcase string:\n\t\t_ = v\n\t}\n}\n',
    );
    const vs = scopes.bindings.filter((b) => b.name === 'v');
    expect(vs.map((b) => [b.typeSyntax?.text, b.uses.length])).toEqual([
      ['int', 1],
      ['string', 1],
    ]);
  });

  it('resolves a closure body against the enclosing function', () => {
    expect(resolve('\tm := 1\n\tgo func(m int) { _ = m }(m)\n\tfunc() { _ = m }()')).toEqual([
      'm@5 -> 5 (param)',
      'm@5 -> 4 (var)',
      'm@6 -> 4 (var)',
    ]);
  });
});
