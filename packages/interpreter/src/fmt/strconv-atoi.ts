// String to integer, with Go's errors and out-of-range results. Go: strconv/atoi.go.
import { canonical64 } from '@mapscope/runtime-core';
import { quote } from './strconv-quote.ts';
import type { Int64 } from './strconv-itoa.ts';

/** Go: strconv.ErrSyntax's text. */
export const errSyntax = 'invalid syntax';
/** Go: strconv.ErrRange's text. */
export const errRange = 'value out of range';

/** A failed conversion. Go: strconv.NumError. */
export class NumError {
  /** The failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex, Atoi). */
  func: string;
  /** The input. */
  num: string;
  /** The reason: errSyntax, errRange, or e.g. "invalid base 1". */
  readonly err: string;

  constructor(func: string, num: string, err: string) {
    this.func = func;
    this.num = num;
    this.err = err;
  }

  /** Go: (*NumError).Error. */
  error(): string {
    return `strconv.${this.func}: parsing ${quote(this.num)}: ${this.err}`;
  }
}

/** A conversion's value and error (null on success), as Go returns both. */
export interface Parsed<T> {
  readonly value: T;
  readonly err: NumError | null;
}

const lower = (c: number): number => c | 0x20;

/** Go: strconv/atoi.go underscoreOK. */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s.startsWith('-') || s.startsWith('+'))) {
    s = s.slice(1);
  }
  let hex = false;
  if (
    s.length >= 2 &&
    s.startsWith('0') &&
    'box'.includes(String.fromCharCode(lower(s.charCodeAt(1))))
  ) {
    i = 2;
    saw = '0'; // the base prefix counts as a digit for "underscore as digit separator"
    hex = lower(s.charCodeAt(1)) === 0x78;
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (hex && lower(c) >= 0x61 && lower(c) <= 0x66)) {
      saw = '0';
      continue;
    }
    if (c === 0x5f) {
      if (saw !== '0') {
        return false;
      }
      saw = '_';
      continue;
    }
    if (saw === '_') {
      return false;
    }
    saw = '!';
  }
  return saw !== '_';
}

/**
 * s as an unsigned integer in the base (0: from its prefix) fitting bitSize bits (0: 64).
 * Go: strconv.ParseUint.
 */
export function parseUint(s: string, base: number, bitSize: number): Parsed<Int64> {
  const fn = 'ParseUint';
  if (s === '') {
    return { value: 0, err: new NumError(fn, s, errSyntax) };
  }
  const base0 = base === 0;
  const s0 = s;
  if (base === 0) {
    base = 10;
    if (s.startsWith('0')) {
      const p = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      [base, s] =
        p === 0x62
          ? [2, s.slice(2)]
          : p === 0x6f
            ? [8, s.slice(2)]
            : p === 0x78
              ? [16, s.slice(2)]
              : [8, s.slice(1)];
    }
  } else if (base < 2 || base > 36) {
    return { value: 0, err: new NumError(fn, s0, `invalid base ${base}`) };
  }
  if (bitSize === 0) {
    bitSize = 64;
  } else if (bitSize < 0 || bitSize > 64) {
    return { value: 0, err: new NumError(fn, s0, `invalid bit size ${bitSize}`) };
  }
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const b = BigInt(base);
  let underscores = false;
  let n = 0n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    } else if (c >= 0x30 && c <= 0x39) {
      d = c - 0x30;
    } else if (lower(c) >= 0x61 && lower(c) <= 0x7a) {
      d = lower(c) - 0x61 + 10;
    } else {
      return { value: 0, err: new NumError(fn, s0, errSyntax) };
    }
    if (d >= base) {
      return { value: 0, err: new NumError(fn, s0, errSyntax) };
    }
    // Go stops at the first digit that overflows: a later syntax error goes unseen.
    n = n * b + BigInt(d);
    if (n > maxVal) {
      return { value: canonical64(maxVal), err: new NumError(fn, s0, errRange) };
    }
  }
  if (underscores && !underscoreOK(s0)) {
    return { value: 0, err: new NumError(fn, s0, errSyntax) };
  }
  return { value: canonical64(n), err: null };
}

/** s as a signed integer of bitSize bits (0: 64). Go: strconv.ParseInt. */
export function parseInt(s: string, base: number, bitSize: number): Parsed<Int64> {
  const fn = 'ParseInt';
  if (s === '') {
    return { value: 0, err: new NumError(fn, s, errSyntax) };
  }
  const s0 = s;
  let neg = false;
  if (s.startsWith('+')) {
    s = s.slice(1);
  } else if (s.startsWith('-')) {
    neg = true;
    s = s.slice(1);
  }
  const u = parseUint(s, base, bitSize);
  if (u.err !== null && u.err.err !== errRange) {
    u.err.func = fn;
    u.err.num = s0;
    return { value: 0, err: u.err };
  }
  const cutoff = 1n << BigInt((bitSize === 0 ? 64 : bitSize) - 1);
  const un = BigInt(u.value);
  if (!neg && un >= cutoff) {
    return { value: canonical64(cutoff - 1n), err: new NumError(fn, s0, errRange) };
  }
  if (neg && un > cutoff) {
    return { value: canonical64(-cutoff), err: new NumError(fn, s0, errRange) };
  }
  return { value: canonical64(neg ? -un : un), err: null };
}

/** s as an int (64 bits). Go: strconv.Atoi. */
export function atoi(s: string): Parsed<Int64> {
  const r = parseInt(s, 10, 0);
  if (r.err !== null) {
    r.err.func = 'Atoi';
    // Go's fast path for short inputs reports any failure as a syntax error of the whole input.
    if (s.length > 0 && s.length < 19) {
      return { value: 0, err: new NumError('Atoi', s, errSyntax) };
    }
  }
  return r;
}

/** Go: strconv.ParseBool. */
export function parseBool(s: string): Parsed<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) {
    return { value: true, err: null };
  }
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) {
    return { value: false, err: null };
  }
  return { value: false, err: new NumError('ParseBool', s, errSyntax) };
}

/** Go: strconv.FormatBool. */
export function formatBool(b: boolean): string {
  return b ? 'true' : 'false';
}
