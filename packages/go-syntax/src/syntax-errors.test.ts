import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeGoParser } from './node/index.ts';
import type { GoParser } from './parser.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

function errors(source: string): string[] {
  const file = parser.parse('x.go', source);
  const out = file.syntaxErrors.map((e) => `${e.position.line}:${e.position.column}: ${e.message}`);
  return out;
}

describe('syntax errors', () => {
  it('reports a missing operand where Go does, in Go words', () => {
    // go build: ./broken.go:10:1: syntax error: unexpected }, expecting expression
    expect(errors('package p\n\nfunc f() {\n\tx :=\n}\n')).toEqual([
      '5:1: syntax error: unexpected }, expecting expression',
    ]);
  });

  it('phrases unexpected tokens', () => {
    const got = errors('package p\n\nfunc g( {}\n');
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]).toMatch(/^3:\d+: syntax error: unexpected /);
  });

  it('says Go 1.26 new(expr) is not supported where the grammar cannot read it', () => {
    const source = [
      'package p',
      '',
      'func f(a bool) {',
      '\tif a {',
      '\t\tg(errors.New("x"), new(int64(400)), h)',
      '\t}',
      '}',
      '',
    ].join('\n');
    expect(errors(source)).toEqual([
      '5:22: not supported yet: new with an expression argument (Go 1.26 new(expr)); ' +
        "mapscope's Go grammar reads new(T) with a type only",
    ]);
  });

  it('keeps its own words for other errors inside parentheses', () => {
    expect(errors('package p\n\nfunc f() {\n\tg(x y)\n}\n')).toEqual([
      '4:6: syntax error: unexpected name y',
    ]);
  });

  it('finds nothing wrong in valid Go', () => {
    const valid = [
      'package p',
      'type S[T any] struct{ m map[string]chan T }',
      'func (s *S[T]) f(k string) (v T, ok bool) {',
      '\tselect {',
      '\tcase v, ok = <-s.m[k]:',
      '\tdefault:',
      '\t}',
      '\tfor i := range 10 { _ = i }',
      '\treturn',
      '}',
    ].join('\n');
    expect(errors(valid)).toEqual([]);
  });
});
