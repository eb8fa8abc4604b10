// strconv's conversions against Go 1.19 (golden/fmt.json, recorded by record.sh).
import { readFileSync } from 'node:fs';
import { canonical64 } from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import {
  atoi,
  canBackquote,
  formatFloat,
  formatInt,
  formatUint,
  isPrint,
  itoa,
  parseBool,
  parseFloat,
  parseInt,
  parseUint,
  quote,
  quoteRune,
  quoteRuneToASCII,
  quoteToASCII,
  quoteToGraphic,
  unquote,
  type NumError,
} from '../../src/fmt/index.ts';
import { bitsOfFloat, floatFromBits } from './golden-values.ts';

interface StrconvCase {
  fn: string;
  in: unknown[];
  out: unknown[];
}

const golden = JSON.parse(readFileSync(new URL('golden/fmt.json', import.meta.url), 'utf8')) as {
  strconv: StrconvCase[];
};

const errText = (e: NumError | null): string | null => (e === null ? null : e.error());
const int = (s: unknown): number | bigint => canonical64(BigInt(s as string));
const str = (v: unknown): string => v as string;
const num = (v: unknown): number => v as number;

/** The float's bits, every NaN as "NaN" (JavaScript does not keep NaN payloads). */
function bits(f: number): string {
  return Number.isNaN(f) ? 'NaN' : bitsOfFloat(f);
}

/** A golden's expected results with NaN bit patterns as "NaN". */
function expected(c: StrconvCase): unknown[] {
  if (c.fn !== 'ParseFloat') {
    return c.out;
  }
  return [bits(floatFromBits(str(c.out[0]))), c.out[1]];
}

const run: Record<string, (a: unknown[]) => unknown[]> = {
  FormatInt: (a) => [formatInt(int(a[0]), num(a[1]))],
  FormatUint: (a) => [formatUint(int(a[0]), num(a[1]))],
  Itoa: (a) => [itoa(int(a[0]))],
  FormatFloat: (a) => {
    const f = floatFromBits(str(a[0]));
    const size = a[3] === 32 ? 32 : 64;
    return [formatFloat(size === 32 ? Math.fround(f) : f, str(a[1]), num(a[2]), size)];
  },
  Quote: (a) => [quote(str(a[0]))],
  QuoteToASCII: (a) => [quoteToASCII(str(a[0]))],
  QuoteToGraphic: (a) => [quoteToGraphic(str(a[0]))],
  CanBackquote: (a) => [canBackquote(str(a[0]))],
  QuoteRune: (a) => [quoteRune(num(a[0]))],
  QuoteRuneToASCII: (a) => [quoteRuneToASCII(num(a[0]))],
  IsPrint: (a) => [isPrint(num(a[0]))],
  Unquote: (a) => {
    const s = unquote(str(a[0]));
    return s === null ? ['', 'invalid syntax'] : [s, null];
  },
  ParseInt: (a) => {
    const r = parseInt(str(a[0]), num(a[1]), num(a[2]));
    return [String(r.value), errText(r.err)];
  },
  ParseUint: (a) => {
    const r = parseUint(str(a[0]), num(a[1]), num(a[2]));
    return [String(r.value), errText(r.err)];
  },
  Atoi: (a) => {
    const r = atoi(str(a[0]));
    return [String(r.value), errText(r.err)];
  },
  ParseFloat: (a) => {
    const r = parseFloat(str(a[0]), num(a[1]));
    return [bits(r.value), errText(r.err)];
  },
  ParseBool: (a) => {
    const r = parseBool(str(a[0]));
    return [r.value, errText(r.err)];
  },
};

describe('strconv matches Go 1.19', () => {
  it.each(golden.strconv.map((c, i) => [`${i} ${c.fn}(${JSON.stringify(c.in)})`, c] as const))(
    '%s',
    (_name, c) => {
      const fn = run[c.fn];
      expect(fn).toBeDefined();
      expect(fn!(c.in)).toEqual(expected(c));
    },
  );
});
