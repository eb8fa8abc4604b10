// print / println and the panic value's text against Go 1.19 (golden/fmt.json).
import { readFileSync } from 'node:fs';
import { GoFatalError, GoRuntime } from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import { panicValueText, runtimePrint, runtimePrintln } from '../../src/fmt/index.ts';
import { type ValDesc, buildIface, normAddrs, run, testHost } from './golden-values.ts';

const golden = JSON.parse(readFileSync(new URL('golden/fmt.json', import.meta.url), 'utf8')) as {
  panic: { args: (ValDesc | null)[]; out: string }[];
  print: { args: ValDesc[]; ln: boolean; out: string }[];
};

const rt = new GoRuntime();
const host = testHost(rt);

function panicText(d: ValDesc | null): string {
  try {
    return run(panicValueText(host, buildIface(rt, d)));
  } catch (e) {
    if (e instanceof GoFatalError) {
      return e.message;
    }
    throw e;
  }
}

describe('panic values print as Go 1.19 prints them', () => {
  it.each(golden.panic.map((c, i) => [`${i} panic(${c.args[0]?.t.name ?? 'nil'})`, c] as const))(
    '%s',
    (_name, c) => {
      const text = normAddrs(panicText(c.args[0] ?? null)).split('\n')[0];
      expect(text).toBe(c.out);
    },
  );
});

describe('print and println as Go 1.19', () => {
  it.each(
    golden.print.map(
      (c, i) =>
        [
          `${i} ${c.ln ? 'println' : 'print'}(${c.args.map((a) => a.t.name).join(', ')})`,
          c,
        ] as const,
    ),
  )('%s', (_name, c) => {
    const args = c.args.map((d) => {
      const i = buildIface(rt, d)!;
      return { type: i.type, value: i.value };
    });
    const out = c.ln ? runtimePrintln(args) : runtimePrint(args);
    expect(normAddrs(out)).toBe(c.out);
  });
});
