// fmt.Sprintf / Sprint / Sprintln against Go 1.19 (golden/fmt.json, recorded by record.sh).
import { readFileSync } from 'node:fs';
import { GoRuntime } from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import { sprint, sprintf, sprintln } from '../../src/fmt/index.ts';
import { type ValDesc, buildIface, normAddrs, run, testHost } from './golden-values.ts';

interface FmtCase {
  fn: 'Sprintf' | 'Sprint' | 'Sprintln';
  format?: string;
  args: (ValDesc | null)[];
  out: string;
}

const golden = JSON.parse(readFileSync(new URL('golden/fmt.json', import.meta.url), 'utf8')) as {
  fmt: FmtCase[];
};

function label(c: FmtCase, i: number): string {
  const ts = c.args.map((a) => (a === null ? 'nil' : a.t.name)).join(', ');
  return `${i} ${c.fn}(${c.format === undefined ? '' : JSON.stringify(c.format) + ', '}${ts})`;
}

describe('fmt printing matches Go 1.19', () => {
  const rt = new GoRuntime();
  const host = testHost(rt);
  it.each(golden.fmt.map((c, i) => [label(c, i), c] as const))('%s', (_name, c) => {
    const args = c.args.map((a) => buildIface(rt, a));
    const op =
      c.fn === 'Sprintf'
        ? sprintf(host, c.format ?? '', args)
        : c.fn === 'Sprint'
          ? sprint(host, args)
          : sprintln(host, args);
    expect(normAddrs(run(op))).toBe(c.out);
  });
});
