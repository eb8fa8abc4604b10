import type { GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFiles } from './analyze.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/** Findings of a function body holding one nil-map write, as `line:rule message`. */
function findings(body: string): string[] {
  const source = `package p\n\nfunc f() {\n\tvar m map[string]int\n${body}\n}\n`;
  const result = analyzeFiles(parser, [{ path: 'x.go', source }], { moduleVersion: 'go1.21' });
  return result.diagnostics.map((d) => `${d.start.line}:${d.rule} ${d.message}`);
}

describe('//mapscope:ignore', () => {
  it('hides a finding on its own line or the line below', () => {
    expect(findings('\tm["a"] = 1 //mapscope:ignore MH003 on purpose')).toEqual([]);
    expect(findings('\t//mapscope:ignore MH003 on purpose\n\tm["a"] = 1')).toEqual([]);
    expect(findings('\t//mapscope:ignore MH004, MH003 on purpose\n\tm["a"] = 1')).toEqual([]);
  });

  it('hides only the rules it names, only on its line', () => {
    expect(findings('\tm["a"] = 1 //mapscope:ignore MH004 not this one')).toEqual([
      expect.stringMatching(/^5:MH003 /),
    ]);
    expect(findings('\t//mapscope:ignore MH003 too far\n\n\tm["a"] = 1')).toEqual([
      expect.stringMatching(/^7:MH003 /),
    ]);
  });

  it('reports a suppression without a reason, and suppresses nothing', () => {
    expect(findings('\t//mapscope:ignore MH003\n\tm["a"] = 1')).toEqual([
      '5:MH000 //mapscope:ignore MH003 needs a reason after the rule id',
      expect.stringMatching(/^6:MH003 /),
    ]);
  });

  it('reports unknown rule ids and a missing id', () => {
    expect(
      findings('\t//mapscope:ignore MH999 why\n\t//mapscope:ignore because\n\tm["a"] = 1'),
    ).toEqual([
      '5:MH000 //mapscope:ignore names unknown rule MH999',
      '6:MH000 malformed //mapscope:ignore: write //mapscope:ignore MHxxx followed by the reason',
      expect.stringMatching(/^7:MH003 /),
    ]);
  });

  it('ignores the directive inside a string literal', () => {
    expect(findings('\t_ = "//mapscope:ignore"\n\tm["a"] = 1')).toEqual([
      expect.stringMatching(/^6:MH003 /),
    ]);
  });
});
