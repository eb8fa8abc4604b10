// What code compiled for a race build (`mapscope run --race`) calls: the memory accesses Go's
// -race instrumentation reports to the detector (racereadpc / racewritepc and the range
// variants), and a shadow call stack per goroutine (Go's racefuncenter / racefuncexit) so that
// each access and each go statement can be reported with its stack. Only race builds call
// these; a normal build's code has none of it.
import type { GoType, Hmap } from '@mapscope/runtime-core';
import {
  AccessKind,
  goStatement,
  point,
  type GoStart,
  type Op,
  type RaceFrame,
  type RaceStack,
  type Scheduler,
} from '@mapscope/scheduler';
import { deferreturnFunc, goexitFunc, gopanicFunc, type RaceFunc } from '../compile/race.ts';
import type { GoFunc, Pointer, Slice } from '../values.ts';
import { G, nilDeref, type Frame, type Support } from './support.ts';

/** A caller's frame as a stack remembers it: the function and the line of the call. */
class Caller {
  readonly fn: RaceFunc;
  readonly line: number;
  readonly up: Caller | null;
  constructor(fn: RaceFunc, line: number, up: Caller | null) {
    this.fn = fn;
    this.line = line;
    this.up = up;
  }
}

/** A frame of a goroutine's shadow call stack. */
export class ShadowFrame {
  /** The calling frame (null for the goroutine's first). */
  readonly p: ShadowFrame | null;
  readonly fn: RaceFunc;
  /** The line of the call this frame is making (set before each call). */
  l = 0;
  /** The callers as accesses remember them; made at the frame's first access. */
  callers: Caller | null | undefined = undefined;
  /** The last access site of this frame, reused while accesses stay on one line. */
  site: Site | null = null;
  constructor(p: ShadowFrame | null, fn: RaceFunc) {
    this.p = p;
    this.fn = fn;
  }
}

/** A goroutine's state in a race build: with the top of its shadow call stack. */
export class RaceG extends G {
  f: ShadowFrame | null = null;
}

/** The goroutine's callers as of now (they do not change while the frame is running). */
function callersOf(f: ShadowFrame): Caller | null {
  if (f.callers !== undefined) {
    return f.callers;
  }
  // Iteratively, for deep recursion: find the nearest frame that knows its callers.
  const pending: ShadowFrame[] = [];
  let x: ShadowFrame | null = f;
  while (x !== null && x.callers === undefined) {
    pending.push(x);
    x = x.p;
  }
  let callers: Caller | null = null;
  for (const fr of pending.reverse()) {
    const p = fr.p;
    callers = p === null ? null : new Caller(p.fn, p.l, p.callers ?? null);
    fr.callers = callers;
  }
  return callers;
}

/** Function entry: the function's frame on top of the goroutine's shadow stack. */
function enterFrame(g: RaceG, fn: RaceFunc): ShadowFrame {
  const f = new ShadowFrame(g.f ?? null, fn);
  g.f = f;
  return f;
}

/** The frame's stack at `line` (frames do not move while they run: a site is reused). */
function siteOf(sf: ShadowFrame, line: number): Site {
  const last = sf.site;
  if (last !== null && last.line === line) {
    return last;
  }
  const s = new Site(sf.fn, line, callersOf(sf));
  sf.site = s;
  return s;
}

/** Where an access or go statement happened: the goroutine's stack then. */
class Site implements RaceStack {
  readonly #fn: RaceFunc;
  readonly line: number;
  readonly #up: Caller | null;
  constructor(fn: RaceFunc, line: number, up: Caller | null) {
    this.#fn = fn;
    this.line = line;
    this.#up = up;
  }

  frames(): RaceFrame[] {
    const out: RaceFrame[] = [{ func: this.#fn.name, file: this.#fn.file, line: this.line }];
    for (let c = this.#up; c !== null; c = c.up) {
      out.push({ func: c.fn.name, file: c.fn.file, line: c.line });
    }
    return out;
  }
}

const growsliceFunc: RaceFunc = {
  name: 'runtime.growslice',
  file: '$GOROOT/src/runtime/slice.go',
  line: 178,
};
const slicecopyFunc: RaceFunc = {
  name: 'runtime.slicecopy',
  file: '$GOROOT/src/runtime/slice.go',
  line: 307,
};
const slicebytetostringFunc: RaceFunc = {
  name: 'runtime.slicebytetostring',
  file: '$GOROOT/src/runtime/string.go',
  line: 81,
};

/**
 * Race addresses: each JavaScript array holding Go memory (a variable's box, a struct, an
 * array, a slice's backing array) gets a range of its own, word by element, below the heap's
 * addresses (maps are reported at their heap address, from 0xc000010000), where they are
 * small integers, quick to look up.
 */
const firstAddr = 0x10000000;

/**
 * The race build's runtime calls (`$race` in the generated code). An exploration build calls
 * the generator variants (`pr`, `pw` …): each first yields its access as a scheduling point,
 * then does what the plain call does.
 */
export class RaceRuntime {
  readonly #s: Scheduler;
  readonly #rt: Support;
  readonly #spawn: (fn: GoFunc, args: readonly unknown[]) => GoStart;
  readonly #addrs = new WeakMap<object, number>();
  #next = firstAddr;
  /** What the program's writes to stderr touch (an exploration build's println points). */
  readonly #stderr: object;

  constructor(
    s: Scheduler,
    rt: Support,
    spawn: (fn: GoFunc, args: readonly unknown[]) => GoStart,
    stderr: object = {},
  ) {
    this.#s = s;
    this.#rt = rt;
    this.#spawn = spawn;
    this.#stderr = stderr;
  }

  // ---- the shadow call stack ----

  /** Function entry (racefuncenter): the function's frame on top of the goroutine's stack. */
  enter(g: RaceG, fn: RaceFunc): ShadowFrame {
    return enterFrame(g, fn);
  }

  /** `return v` (racefuncexit after the results are computed). */
  ret<T>(g: RaceG, sf: ShadowFrame, v: T): T {
    g.f = sf.p;
    return v;
  }

  /** A call's argument list's last value, once the arguments are computed: the call's line. */
  c<T>(sf: ShadowFrame, line: number, v: T): T {
    sf.l = line;
    return v;
  }

  /**
   * Before a frame runs its deferred calls: as in Go, they are called by the runtime
   * (deferreturn, or gopanic / Goexit while unwinding), which takes the place of the deferring
   * frame — or of the frame that panicked — on the stack.
   */
  defers(g: RaceG, fr: Frame): void {
    const top = g.f ?? null;
    const p = fr.panic;
    const fn = p === null ? deferreturnFunc : p.goexit ? goexitFunc : gopanicFunc;
    const f = new ShadowFrame(top === null ? null : top.p, fn);
    f.l = fn.line;
    g.f = f;
  }

  /**
   * The closure Go 1.19 wraps a go or defer statement's call in (`main.main.func2` calling
   * `main.main.func1` at the call's line), as a frame of its own.
   */
  wrap(fn: GoFunc, w: RaceFunc, line: number): GoFunc {
    const wrapper = function* (g: RaceG, ...args: unknown[]): Op<unknown> {
      // recover() in the wrapped function works as in the deferred call itself.
      const d = g.deferring;
      if (d !== null && d.fn === wrapper) {
        g.deferring = { fn, frame: d.frame };
      }
      const sf = enterFrame(g, w);
      sf.l = line;
      try {
        const r = yield* fn(g, ...args);
        g.f = sf.p;
        return r;
      } finally {
        g.deferring = d;
      }
    };
    return wrapper as GoFunc;
  }

  /** A method value `x.M`: its receiver bound, called through Go's `M-fm` function. */
  fm(fn: GoFunc, w: RaceFunc, recv: unknown): GoFunc {
    return function* (g: RaceG, ...args: unknown[]): Op<unknown> {
      const sf = enterFrame(g, w);
      sf.l = w.line;
      const r = yield* fn(g, recv, ...args);
      g.f = sf.p;
      return r;
    } as GoFunc;
  }

  /** `go f(args)`: the new goroutine, created at this frame's line `line`. */
  *go(sf: ShadowFrame, line: number, fn: GoFunc, args: readonly unknown[]): Op {
    yield* goStatement(this.#s, this.#spawn(fn, args), '', this.pos(sf, line));
  }

  /** The stack at `line` of the frame. */
  pos(sf: ShadowFrame, line: number): RaceStack {
    return siteOf(sf, line);
  }

  /** The stack of a runtime function `rt` called at `line` of the frame (map operations). */
  at(sf: ShadowFrame, line: number, rt: RaceFunc): RaceStack {
    return new Site(rt, rt.line, new Caller(sf.fn, line, callersOf(sf)));
  }

  // ---- memory ----

  /** The race address of element `idx` of a JavaScript array holding Go memory. */
  addr(arr: object, idx: number): number {
    let a = this.#addrs.get(arr);
    if (a === undefined) {
      a = this.#next;
      const n = Array.isArray(arr) ? arr.length : 1;
      this.#next += Math.ceil((n + 1) / 2) * 16;
      this.#addrs.set(arr, a);
    }
    return a + idx * 8;
  }

  /** A read of a non-aggregate cell: arr[idx]. */
  r(sf: ShadowFrame, arr: unknown[], idx: number, line: number): unknown {
    this.#s.memRead(this.addr(arr, idx), siteOf(sf, line));
    return arr[idx];
  }

  /** `*p` of a non-aggregate: the read, with Go's nil dereference panic. */
  load(sf: ShadowFrame, p: Pointer | null, line: number): unknown {
    if (p === null) {
      throw nilDeref();
    }
    return this.r(sf, p.arr, p.idx, line);
  }

  /** A write of arr[idx] (after the value `v` was computed; returns it). */
  w<T>(sf: ShadowFrame, arr: unknown[], idx: number, line: number, v: T): T {
    this.#mark(arr, idx, true, siteOf(sf, line));
    return v;
  }

  /** `x op= v`: the read and the write of arr[idx] (after `v` was computed; returns it). */
  rw<T>(sf: ShadowFrame, arr: unknown[], idx: number, line: number, v: T): T {
    const at = siteOf(sf, line);
    this.#mark(arr, idx, false, at);
    this.#mark(arr, idx, true, at);
    return v;
  }

  /** A read of a whole aggregate value (a struct or array being copied); returns it. */
  ra<T>(sf: ShadowFrame, v: T, line: number): T {
    if (Array.isArray(v)) {
      this.#leaves(v, false, siteOf(sf, line));
    }
    return v;
  }

  /** len(m): a read of the map's header (its count), as Go's instrumentation reports it. */
  mapLen(sf: ShadowFrame, h: Hmap | null, line: number): number {
    if (h === null) {
      return 0;
    }
    this.#s.memRead(h.addr, siteOf(sf, line));
    return h.count;
  }

  /** append(s, vs...): writes of the new elements; reads of the old ones when it grows. */
  append(sf: ShadowFrame, line: number, t: GoType, s: Slice | null, vs: unknown[]): Slice | null {
    const r = this.#rt.append(t, s, vs);
    if (r === null || vs.length === 0) {
      return r;
    }
    const len = s === null ? 0 : s.len;
    if (s !== null && r.arr !== s.arr) {
      const at = this.at(sf, line, growsliceFunc);
      for (let i = 0; i < len; i++) {
        this.#mark(s.arr, s.off + i, false, at);
      }
    }
    const at = siteOf(sf, line);
    for (let i = len; i < r.len; i++) {
      this.#mark(r.arr, r.off + i, true, at);
    }
    return r;
  }

  /** copy(dst, src): reads of the source, writes of the destination (runtime.slicecopy). */
  copy(
    sf: ShadowFrame,
    line: number,
    t: GoType,
    dst: Slice | null,
    src: Slice | null | string,
  ): number {
    if (dst !== null && src !== null) {
      const at = this.at(sf, line, slicecopyFunc);
      const n = Math.min(dst.len, typeof src === 'string' ? src.length : src.len);
      if (typeof src !== 'string') {
        for (let i = 0; i < n; i++) {
          this.#mark(src.arr, src.off + i, false, at);
        }
      }
      for (let i = 0; i < n; i++) {
        this.#mark(dst.arr, dst.off + i, true, at);
      }
    }
    return this.#rt.copySlice(t, dst, src);
  }

  /** string(b): a read of the bytes (runtime.slicebytetostring). */
  bytesToString(sf: ShadowFrame, line: number, s: Slice | null): string {
    if (s !== null) {
      const at = this.at(sf, line, slicebytetostringFunc);
      for (let i = 0; i < s.len; i++) {
        this.#s.memRead(this.addr(s.arr, s.off + i), at);
      }
    }
    return this.#rt.bytesToString(s);
  }

  // ---- an exploration build's accesses: a scheduling point each, then the access ----

  *pr(sf: ShadowFrame, arr: unknown[], idx: number, line: number, what = ''): Op<unknown> {
    yield* cellPoint(`read ${what}`, arr, idx, AccessKind.Read, sf, line);
    return this.r(sf, arr, idx, line);
  }

  *pload(sf: ShadowFrame, p: Pointer | null, line: number, what = ''): Op<unknown> {
    if (p === null) {
      throw nilDeref();
    }
    return yield* this.pr(sf, p.arr, p.idx, line, what);
  }

  *pw<T>(sf: ShadowFrame, arr: unknown[], idx: number, line: number, v: T, what = ''): Op<T> {
    yield* cellPoint(`write ${what}`, arr, idx, AccessKind.Write, sf, line);
    return this.w(sf, arr, idx, line, v);
  }

  /** The read of `x op= v`, before `v` is computed (its write is {@link prw}). */
  *pread(sf: ShadowFrame, arr: unknown[], idx: number, line: number, what = ''): Op {
    yield* cellPoint(`read ${what}`, arr, idx, AccessKind.Read, sf, line);
  }

  *prw<T>(sf: ShadowFrame, arr: unknown[], idx: number, line: number, v: T, what = ''): Op<T> {
    yield* cellPoint(`write ${what}`, arr, idx, AccessKind.Write, sf, line);
    return this.rw(sf, arr, idx, line, v);
  }

  *pra<T>(sf: ShadowFrame, v: T, line: number): Op<T> {
    if (Array.isArray(v)) {
      yield* point({ name: 'read', object: v, access: AccessKind.Read, at: siteOf(sf, line) });
    }
    return this.ra(sf, v, line);
  }

  *pmapLen(sf: ShadowFrame, h: Hmap | null, line: number): Op<number> {
    if (h !== null) {
      yield* point({ name: 'map len', object: h, access: AccessKind.Read, at: siteOf(sf, line) });
    }
    return this.mapLen(sf, h, line);
  }

  *pappend(
    sf: ShadowFrame,
    line: number,
    t: GoType,
    s: Slice | null,
    vs: unknown[],
  ): Op<Slice | null> {
    if (s !== null && vs.length > 0) {
      yield* point({
        name: 'append',
        object: s.arr,
        access: AccessKind.Write,
        at: siteOf(sf, line),
      });
    }
    return this.append(sf, line, t, s, vs);
  }

  *pcopy(
    sf: ShadowFrame,
    line: number,
    t: GoType,
    dst: Slice | null,
    src: Slice | null | string,
  ): Op<number> {
    if (dst !== null && src !== null) {
      yield* point({
        name: 'copy',
        object: dst.arr,
        access: AccessKind.Write,
        at: siteOf(sf, line),
      });
    }
    return this.copy(sf, line, t, dst, src);
  }

  *pbytesToString(sf: ShadowFrame, line: number, s: Slice | null): Op<string> {
    if (s !== null) {
      yield* point({ name: 'read', object: s.arr, access: AccessKind.Read, at: siteOf(sf, line) });
    }
    return this.bytesToString(sf, line, s);
  }

  /** println's write to stderr. */
  *pout(sf: ShadowFrame, line: number): Op {
    yield* point({
      name: 'write stderr',
      object: this.#stderr,
      access: AccessKind.Write,
      at: siteOf(sf, line),
    });
  }

  // A cell: the leaves of the aggregate it holds, or the cell itself.
  #mark(arr: unknown[], idx: number, write: boolean, at: RaceStack): void {
    const v = arr[idx];
    if (Array.isArray(v)) {
      this.#leaves(v, write, at);
    } else if (write) {
      this.#s.memWrite(this.addr(arr, idx), at);
    } else {
      this.#s.memRead(this.addr(arr, idx), at);
    }
  }

  // An aggregate's memory is its non-aggregate cells (a nested struct or array is a nested
  // JavaScript array; no other Go value is one).
  #leaves(v: unknown[], write: boolean, at: RaceStack): void {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (Array.isArray(x)) {
        this.#leaves(x, write, at);
      } else if (write) {
        this.#s.memWrite(this.addr(v, i), at);
      } else {
        this.#s.memRead(this.addr(v, i), at);
      }
    }
  }
}

/** The scheduling point of an exploration build's access to one cell of Go memory. */
function* cellPoint(
  name: string,
  arr: unknown[],
  index: number,
  access: AccessKind,
  sf: ShadowFrame,
  line: number,
): Op {
  yield* point({ name: name.trimEnd(), object: arr, index, access, at: siteOf(sf, line) });
}
