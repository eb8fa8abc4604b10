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
  file.dispose();
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
