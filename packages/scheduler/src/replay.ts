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

const TOKEN_PREFIX = 'ms1.';
const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A compact, URL-safe token for a list of decisions: unsigned varints in base64url. */
export function encodeToken(decisions: readonly number[]): string {
  const bytes: number[] = [];
  for (let d of decisions) {
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let c = 0; c < chars; c++) {
      out += b64.charAt((n >>> (18 - 6 * c)) & 63);
    }
  }
  return TOKEN_PREFIX + out;
}

/** The decisions of a token made by {@link encodeToken}. */
export function decodeToken(token: string): number[] {
  if (!token.startsWith(TOKEN_PREFIX)) {
    throw new ReplayMismatch(`not a mapscope replay token: ${token}`);
  }
  const body = token.slice(TOKEN_PREFIX.length);
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
  const out: number[] = [];
  for (let i = 0; i < bytes.length;) {
    let d = 0,
      shift = 0,
      b: number;
    do {
      b = bytes[i++] ?? 0;
      d |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80 && i < bytes.length);
    out.push(d >>> 0);
  }
  return out;
}
