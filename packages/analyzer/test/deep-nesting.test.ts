/**
 * Generated Go nests expressions far deeper than hand-written code (time/tzdata's zipdata.go
 * is one 7000-term string concatenation). Analysis must not run out of call stack on them.
 */
import type { GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFiles } from '../src/index.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

describe('deeply nested code', () => {
  it('analyzes a 20,000-term expression and a 5,000-term condition', () => {
    const terms = Array.from({ length: 20_000 }, () => '"x"').join(' + ');
    const conds = Array.from({ length: 5_000 }, () => 'x > 0').join(' && ');
    const source = [
      'package deep',
      '',
      'func f(x int) string {',
      '\tvar m map[string]int',
      `\ts := ${terms}`,
      `\tif ${conds} {`,
      '\t\tm[s] = 1',
      '\t}',
      '\treturn s',
      '}',
      '',
    ].join('\n');
    const result = analyzeFiles(parser, [{ path: 'deep.go', source }], { moduleVersion: 'go1.21' });
    expect(result.syntaxErrors).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.start.line}:${d.rule}`)).toEqual(['7:MH003']);
  });
});
