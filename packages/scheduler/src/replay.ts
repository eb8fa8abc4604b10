// Schedules as data: every decision of a run (which goroutine runs, which ready select case
// fires) is an index among its alternatives. A replay token lists them; feeding them back
// reproduces the run exactly, whatever strategy first made them.
import { assert } from '@mapscope/runtime-core';
import type { Goroutine } from './goroutine.ts';
import { candidates, type PickRequest, type Strategy } from './strategy.ts';

/** Records the decisions of another strategy (those with more than one alternative). */
export class Recording implements Strategy {
  readonly decisions: number[] = [];
  readonly #inner: Strategy;

  constructor(inner: Strategy) {
    this.#inner = inner;
  }

  pick(req: PickRequest): Goroutine {
    const g = this.#inner.pick(req);
    const all = candidates(req);
    if (all.length > 1) {
      this.decisions.push(all.indexOf(g));
    }
    return g;
  }

  choose(n: number, what: string): number {
    const c = this.#inner.choose(n, what);
    if (n > 1) {
      this.decisions.push(c);
    }
    return c;
  }

  end(g: number, runnable: readonly Goroutine[]): void {
    this.#inner.end?.(g, runnable);
  }
}

/** The error of a token that does not fit the program it is replayed on. */
export class ReplayMismatch extends Error {
  override name = 'ReplayMismatch';
}

/** Makes the recorded decisions again. */
export class Replay implements Strategy {
  readonly #decisions: readonly number[];
  #next = 0;

  constructor(decisions: readonly number[]) {
    this.#decisions = decisions;
  }

  pick(req: PickRequest): Goroutine {
    const all = candidates(req);
    const g = all.length === 1 ? all[0] : all[this.#take(all.length)];
    assert(g !== undefined, 'no runnable goroutine');
    return g;
  }

  choose(n: number): number {
    return n === 1 ? 0 : this.#take(n);
  }

  /** Whether every recorded decision was used. */
  get finished(): boolean {
    return this.#next === this.#decisions.length;
  }

  #take(n: number): number {
    const d = this.#decisions[this.#next++];
    if (d === undefined || d >= n) {
      throw new ReplayMismatch(
        'the replay token does not match this program: its schedule diverged',
      );
    }
    return d;
  }
}

/** Tokens of the first format: one varint per decision. */
const TOKEN_V1 = 'ms1.';
/** The current format: runs of equal decisions as (decision, length) varints. */
const TOKEN_V2 = 'ms2.';
const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A compact, URL-safe token for a list of decisions: base64url of unsigned varints, a run of
 * r equal decisions d as 2d (r = 1) or 2d+1 followed by r-2 (long runs are common: a
 * goroutine that keeps running is the same decision step after step).
 */
export function encodeToken(decisions: readonly number[]): string {
  const bytes: number[] = [];
  const varint = (n: number): void => {
    while (n >= 0x80) {
      bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    bytes.push(n);
  };
  for (let i = 0; i < decisions.length;) {
    const d = decisions[i] ?? 0;
    let r = 1;
    while (decisions[i + r] === d) {
      r++;
    }
    if (r === 1) {
      varint(d * 2);
    } else {
      varint(d * 2 + 1);
      varint(r - 2);
    }
    i += r;
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let c = 0; c < chars; c++) {
      out += b64.charAt((n >>> (18 - 6 * c)) & 63);
    }
  }
  return TOKEN_V2 + out;
}

/** The decisions of a token made by {@link encodeToken} (or by its first format). */
export function decodeToken(token: string): number[] {
  const v2 = token.startsWith(TOKEN_V2);
  if (!v2 && !token.startsWith(TOKEN_V1)) {
    throw new ReplayMismatch(`not a mapscope replay token: ${token}`);
  }
  const body = token.slice(TOKEN_V2.length);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i += 4) {
    const chunk = body.slice(i, i + 4);
    let n = 0;
    for (let c = 0; c < 4; c++) {
      const v = c < chunk.length ? b64.indexOf(chunk.charAt(c)) : 0;
      if (v < 0) {
        throw new ReplayMismatch(`not a mapscope replay token: ${token}`);
      }
      n = (n << 6) | v;
    }
    bytes.push((n >>> 16) & 255);
    if (chunk.length > 2) {
      bytes.push((n >>> 8) & 255);
    }
    if (chunk.length > 3) {
      bytes.push(n & 255);
    }
  }
  const values: number[] = [];
  for (let i = 0; i < bytes.length;) {
    let d = 0,
      scale = 1,
      b: number;
    do {
      b = bytes[i++] ?? 0;
      d += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80 && i < bytes.length);
    values.push(d);
  }
  if (!v2) {
    return values;
  }
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    const d = Math.floor(v / 2);
    if (v % 2 === 0) {
      out.push(d);
      continue;
    }
    const r = (values[++i] ?? 0) + 2;
    if (r > 100_000_000) {
      throw new ReplayMismatch(`not a mapscope replay token: ${token}`);
    }
    for (let k = 0; k < r; k++) {
      out.push(d);
    }
  }
  return out;
}
