// What compiled Go code calls at run time: integer arithmetic with Go's widths, slices,
// strings, pointers, interfaces and method tables, defer/panic/recover, goroutines, and the
// runtime errors Go panics with.
import {
  GoPanic,
  Kind,
  Iface,
  RuntimeError,
  copyValue,
  isAggregate,
  namedType,
  types,
  wrapInt,
  type GoType,
  type Heap,
  type HeapObject,
} from '@mapscope/runtime-core';
import { GoexitSignal, probed, type Op, type Scheduler } from '@mapscope/scheduler';
import {
  Pointer,
  Slice,
  UnsafePointer,
  bytesToString,
  type GState,
  type GoFunc,
} from '../values.ts';

/** A goroutine's state as compiled code sees it. */
export class G implements GState {
  readonly id: number;
  depth = 0;
  /** The deferred call being run by a panicking frame, for recover. */
  deferring: { readonly fn: unknown; readonly frame: Frame } | null = null;
  constructor(id: number) {
    this.id = id;
  }
}

/** A panic in flight in one frame: Go's _panic record. */
export interface PanicRecord {
  readonly value: unknown;
  recovered: boolean;
  /** The panic it replaced (a panic during deferred calls), printed first. */
  readonly link: PanicRecord | null;
  /** runtime.Goexit, not a panic. */
  readonly goexit: boolean;
  /** The JavaScript stack where the panic started (its traceback's frames). */
  readonly stack?: string;
}

/** A function frame that has deferred calls. */
export interface Frame {
  readonly defers: { readonly fn: GoFunc; readonly args: readonly unknown[] }[];
  panic: PanicRecord | null;
}

/** The operation of a time slice's scheduling point. */
const preemptOp = { name: 'preempt', object: null, access: 'read' } as const;

/** Loop iterations and calls between two budget ticks. */
const stepsPerTick = 1000;

/** A goroutine went past the call-depth limit, or the JavaScript stack ran out first. */
export class StackOverflow extends Error {
  override name = 'StackOverflow';
  /** The Go call depth reached. */
  readonly depth: number;
  constructor(depth: number) {
    super('goroutine stack exceeds the limit');
    this.depth = depth;
  }
}

/** A panic that ended a goroutine, with its chain (what `panic:` lines print). */
export class UnrecoveredPanic extends GoPanic {
  readonly record: PanicRecord;
  constructor(record: PanicRecord) {
    super(record.value);
    this.record = record;
  }
}

/** Go's runtime.boundsError: a failed index or slice bounds check. */
export class BoundsError extends RuntimeError {}

/** Go's *runtime.TypeAssertionError: a failed x.(T); its text has no "runtime error: ". */
export class TypeAssertionError extends RuntimeError {
  constructor(text: string) {
    super(text, true);
  }
}

export function runtimeError(text: string): GoPanic {
  return new GoPanic(new RuntimeError(text));
}

/** The bounds checks whose failures Go reports (runtime/error.go boundsErrorCode). */
type BoundsKind =
  | 'index'
  | 'sliceAlen'
  | 'sliceAcap'
  | 'sliceB'
  | 'slice3Alen'
  | 'slice3Acap'
  | 'slice3B'
  | 'slice3C';

// runtime/error.go boundsErrorFmt, and boundsNegErrorFmt for a negative x (y is then left out).
const boundsFormats: Record<BoundsKind, readonly [string, string]> = {
  index: ['index out of range [%x] with length %y', 'index out of range [%x]'],
  sliceAlen: ['slice bounds out of range [:%x] with length %y', 'slice bounds out of range [:%x]'],
  sliceAcap: [
    'slice bounds out of range [:%x] with capacity %y',
    'slice bounds out of range [:%x]',
  ],
  sliceB: ['slice bounds out of range [%x:%y]', 'slice bounds out of range [%x:]'],
  slice3Alen: [
    'slice bounds out of range [::%x] with length %y',
    'slice bounds out of range [::%x]',
  ],
  slice3Acap: [
    'slice bounds out of range [::%x] with capacity %y',
    'slice bounds out of range [::%x]',
  ],
  slice3B: ['slice bounds out of range [:%x:%y]', 'slice bounds out of range [:%x:]'],
  slice3C: ['slice bounds out of range [%x:%y:]', 'slice bounds out of range [%x::]'],
};

/** The runtime error of a failed bounds check: x is the offending value, y its bound. */
export function boundsError(kind: BoundsKind, x: number | bigint, y: number): GoPanic {
  const [fmt, neg] = boundsFormats[kind];
  return new GoPanic(
    new BoundsError((x < 0 ? neg : fmt).replace('%x', String(x)).replace('%y', String(y))),
  );
}

export function indexError(i: number | bigint, len: number): GoPanic {
  return boundsError('index', i, len);
}

/** A slice of a fresh backing array. */
export function makeSlice(
  arr: unknown[],
  len: number,
  cap: number,
  home: HeapObject | null,
): Slice {
  return new Slice(arr, 0, len, cap, home);
}

/**
 * The remainder of integers a and b (b ≠ 0, both safe integers) as Go computes it: truncated
 * division's. JavaScript's % is an integer operation on int32 values, but a slow fmod on other
 * numbers; there a - trunc(a/b)*b is exact, since the rounding error of a/b (under 1/|b| for
 * |a| < 2^53) cannot carry the quotient across an integer. Never -0.
 */
function remainder(a: number, b: number): number {
  return (a | 0) === a && (b | 0) === b ? (a % b) + 0 : a - Math.trunc(a / b) * b;
}

export class Support {
  readonly sched: Scheduler;
  readonly heap: Heap;
  /** Method tables: runtime type → method name → function taking the receiver first. */
  readonly methods: Map<GoType, Map<string, GoFunc>> = new Map<GoType, Map<string, GoFunc>>();
  readonly #homes = new WeakMap<object, HeapObject>();
  #fakeAddr = 0xc000100000;

  constructor(sched: Scheduler, heap: Heap) {
    this.sched = sched;
    this.heap = heap;
    // The runtime's error types: a recovered runtime error is a runtime.Error whose Error
    // method gives the panic text.
    for (const t of [runtimeErrorType, plainErrorType, boundsErrorType, typeAssertionErrorType]) {
      this.addMethod(t, 'Error', errorMethod, 'func() string');
      this.addMethod(t, 'RuntimeError', noMethod, 'func()');
    }
  }

  // ---- integers ----

  /** Wraps a 64-bit result (number or bigint) to Go's int64/uint64. */
  wrap64(v: number | bigint, signed: boolean): number | bigint {
    return wrapInt(v, 64, signed);
  }

  add64(a: number | bigint, b: number | bigint, signed: boolean): number | bigint {
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a + b;
      if (Number.isSafeInteger(r) && (signed || r >= 0)) {
        return r;
      }
    }
    return wrapInt(BigInt(a) + BigInt(b), 64, signed);
  }

  sub64(a: number | bigint, b: number | bigint, signed: boolean): number | bigint {
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a - b;
      if (Number.isSafeInteger(r) && (signed || r >= 0)) {
        return r;
      }
    }
    return wrapInt(BigInt(a) - BigInt(b), 64, signed);
  }

  mul64(a: number | bigint, b: number | bigint, signed: boolean): number | bigint {
    if (typeof a === 'number' && typeof b === 'number') {
      const r = a * b;
      if (Number.isSafeInteger(r) && (signed || r >= 0)) {
        return r;
      }
    }
    return wrapInt(BigInt(a) * BigInt(b), 64, signed);
  }

  div64(a: number | bigint, b: number | bigint, signed: boolean): number | bigint {
    if (b === 0) {
      throw runtimeError('integer divide by zero');
    }
    if (typeof a === 'number' && typeof b === 'number') {
      return Math.trunc(a / b) + 0;
    }
    return wrapInt(BigInt(a) / BigInt(b), 64, signed);
  }

  rem64(a: number | bigint, b: number | bigint, signed: boolean): number | bigint {
    if (b === 0) {
      throw runtimeError('integer divide by zero');
    }
    if (typeof a === 'number' && typeof b === 'number') {
      return remainder(a, b);
    }
    return wrapInt(BigInt(a) % BigInt(b), 64, signed);
  }

  /** A binary bitwise operation on 64-bit integers. */
  bit64(op: string, a: number | bigint, b: number | bigint, signed: boolean): number | bigint {
    const x = BigInt(a);
    const y = BigInt(b);
    const r = op === '&' ? x & y : op === '|' ? x | y : op === '^' ? x ^ y : x & ~y;
    return wrapInt(r, 64, signed);
  }

  shl(a: number | bigint, n: number | bigint, bits: number, signed: boolean): number | bigint {
    this.#shiftCount(n);
    if (BigInt(n) >= BigInt(bits)) {
      return 0;
    }
    if (bits <= 32) {
      return wrapInt(Number(a) * 2 ** Number(n), bits, signed);
    }
    return wrapInt(BigInt(a) << BigInt(n), bits, signed);
  }

  shr(a: number | bigint, n: number | bigint, bits: number, signed: boolean): number | bigint {
    this.#shiftCount(n);
    const big = BigInt(n) >= BigInt(bits);
    if (bits <= 32) {
      const x = Number(a);
      if (big) {
        return signed && x < 0 ? -1 : 0;
      }
      return signed ? x >> Number(n) : Math.floor(x / 2 ** Number(n));
    }
    if (big) {
      return signed && BigInt(a) < 0n ? -1 : 0;
    }
    return wrapInt(BigInt(a) >> BigInt(n), bits, signed);
  }

  #shiftCount(n: number | bigint): void {
    if (n < 0) {
      throw runtimeError('negative shift amount');
    }
  }

  /** Integer division for widths up to 32 bits. */
  div32(a: number, b: number, bits: number, signed: boolean): number {
    if (b === 0) {
      throw runtimeError('integer divide by zero');
    }
    return wrapInt(Math.trunc(a / b), bits, signed) as number;
  }

  rem32(a: number, b: number): number {
    if (b === 0) {
      throw runtimeError('integer divide by zero');
    }
    return remainder(a, b);
  }

  /** Integer conversion of a float, as amd64 does (out-of-range values are undefined in Go). */
  /**
   * A float converted to an integer type as Go's amd64 code does it, out-of-range values
   * included (the spec leaves those to the implementation): CVTTSD2SL for 8-, 16- and signed
   * 32-bit results, CVTTSD2SQ for int64 and uint32, truncating the result to the type; an
   * out-of-range or NaN input gives the instruction's "integer indefinite" 0x80…0. uint64 uses
   * the compiler's two-range sequence. Go: ssagen fpConvOpToSSA, float64ToUint64.
   */
  floatToInt(f: number, bits: number, signed: boolean): number | bigint {
    if (bits === 64 && !signed) {
      if (f < 2 ** 63) {
        return wrapInt(cvttsd2sq(f), 64, false);
      }
      return BigInt.asUintN(64, BigInt(cvttsd2sq(f - 2 ** 63)) | (1n << 63n));
    }
    const v = bits < 32 || (bits === 32 && signed) ? cvttsd2sl(f) : cvttsd2sq(f);
    return wrapInt(v, bits, signed);
  }

  toNumber(v: number | bigint): number {
    return Number(v);
  }

  // ---- comparison ----

  /** Go's == for values of runtime type t. */
  equal(t: GoType, a: unknown, b: unknown): boolean {
    const alg = t.alg;
    if (alg === null) {
      throw runtimeError(`comparing uncomparable type ${t.name}`);
    }
    return alg.equal(a, b);
  }

  /** == on interface values (panics on uncomparable dynamic types). */
  ifaceEqual(a: Iface | null, b: Iface | null): boolean {
    if (a === null || b === null) {
      return a === b;
    }
    if (a.type !== b.type) {
      return false;
    }
    if (a.type.alg === null) {
      throw runtimeError(`comparing uncomparable type ${a.type.name}`);
    }
    return a.type.alg.equal(a.value, b.value);
  }

  // ---- memory ----

  /** Allocates `count` values of type t on the heap (accounting; the values live in JS). */
  alloc(t: GoType, count: number): HeapObject {
    return this.heap.alloc(t, count);
  }

  /** A pointer to arr[idx]. */
  ptr(arr: unknown[], idx: number, home: HeapObject | null = null): Pointer {
    const h = home ?? this.#home(arr);
    return new Pointer(arr, idx, (h?.addr ?? 0) + idx * 8, h);
  }

  /** `new(T)` / `&T{…}` / an escaping variable: a one-element box on the heap. */
  box(t: GoType, v: unknown): Pointer {
    const arr = [v];
    const home = this.heap.alloc(t, 1);
    this.#homes.set(arr, home);
    if (isAggregate(t) && Array.isArray(v)) {
      this.#homes.set(v, home);
    }
    return new Pointer(arr, 0, home.addr, home);
  }

  /**
   * `(*[n]T)(s)`: a pointer to the slice's first n elements. An array value is a JavaScript
   * array of its own, so the pointer can alias the slice's memory only when those n elements
   * are the whole backing array.
   */
  sliceToArrayPtr(s: Slice | null, n: number): Pointer | null {
    const len = s === null ? 0 : s.len;
    if (len < n) {
      throw new GoPanic(
        new BoundsError(
          `cannot convert slice with length ${len} to pointer to array with length ${n}`,
        ),
      );
    }
    if (s === null) {
      return null;
    }
    if (s.off !== 0 || s.arr.length !== n) {
      throw this.unsupported(
        'converting a slice to an array pointer that covers only part of its backing array',
      );
    }
    return new Pointer([s.arr], 0, s.home?.addr ?? 0, s.home);
  }

  #home(arr: object): HeapObject | null {
    let h = this.#homes.get(arr);
    if (h === undefined) {
      // Memory whose allocation was not recorded (a struct inside another value): give it a
      // stable address of its own, as one word (not a GcObject: the collector skips it).
      h = { addr: (this.#fakeAddr += 0x40), type: types.uintptr, count: 1 };
      this.#homes.set(arr, h);
    }
    return h;
  }

  /** Registers a JS array as the memory of a heap object. */
  registerHome(arr: object, home: HeapObject): void {
    this.#homes.set(arr, home);
  }

  /** *p, with Go's nil dereference panic. */
  load(p: Pointer | null): unknown {
    if (p === null) {
      throw nilDeref();
    }
    return p.arr[p.idx];
  }

  store(p: Pointer | null, v: unknown): void {
    if (p === null) {
      throw nilDeref();
    }
    p.arr[p.idx] = v;
  }

  /** Stores an aggregate into memory in place, so that pointers into it stay valid. */
  storeAgg(t: GoType, arr: unknown[], idx: number, v: unknown): void {
    const dst = arr[idx];
    if (Array.isArray(dst) && Array.isArray(v)) {
      copyInto(t, dst, v);
    } else {
      arr[idx] = copyValue(t, v);
    }
  }

  copy(t: GoType, v: unknown): unknown {
    return copyValue(t, v);
  }

  // ---- slices and strings ----

  index(s: Slice | null, i: number | bigint): number {
    if (s === null || typeof i !== 'number' || i < 0 || i >= s.len) {
      throw indexError(i, s === null ? 0 : s.len);
    }
    return s.off + i;
  }

  arrayIndex(i: number | bigint, len: number): number {
    if (typeof i !== 'number' || i < 0 || i >= len) {
      throw indexError(i, len);
    }
    return i;
  }

  strIndex(s: string, i: number | bigint): number {
    if (typeof i !== 'number' || i < 0 || i >= s.length) {
      throw indexError(i, s.length);
    }
    return s.charCodeAt(i);
  }

  /** s[lo:hi:max] of a slice (or of an array's memory when arr is given). */
  slice(
    s: Slice,
    lo: number | bigint,
    hi: number | bigint | null,
    max: number | bigint | null,
    array?: boolean,
  ): Slice;
  slice(
    s: Slice | null,
    lo: number | bigint,
    hi: number | bigint | null,
    max: number | bigint | null,
    array?: boolean,
  ): Slice | null;
  slice(
    s: Slice | null,
    lo: number | bigint,
    hi: number | bigint | null,
    max: number | bigint | null,
    array = false,
  ): Slice | null {
    const cap = s === null ? 0 : s.cap;
    const len = s === null ? 0 : s.len;
    const h = hi === null ? len : Number(hi);
    const l = Number(lo);
    // Checked in Go's order (ssagen's state.slice): the outermost bound first.
    if (max !== null) {
      const m = Number(max);
      if (m < 0 || m > cap) {
        throw boundsError(array ? 'slice3Alen' : 'slice3Acap', m, cap);
      }
      if (h < 0 || h > m) {
        throw boundsError('slice3B', h, m);
      }
      if (l < 0 || l > h) {
        throw boundsError('slice3C', l, h);
      }
      return s === null ? null : new Slice(s.arr, s.off + l, h - l, m - l, s.home);
    }
    if (h < 0 || h > cap) {
      throw boundsError(array ? 'sliceAlen' : 'sliceAcap', h, cap);
    }
    if (l < 0 || l > h) {
      throw boundsError('sliceB', l, h);
    }
    return s === null ? null : new Slice(s.arr, s.off + l, h - l, cap - l, s.home);
  }

  sliceArray(
    arr: unknown[],
    lo: number | bigint,
    hi: number | bigint | null,
    max: number | bigint | null,
  ): Slice {
    const whole = new Slice(arr, 0, arr.length, arr.length, this.#home(arr));
    return this.slice(whole, lo, hi, max, true);
  }

  sliceString(s: string, lo: number | bigint, hi: number | bigint | null): string {
    const h = hi === null ? s.length : Number(hi);
    const l = Number(lo);
    if (h < 0 || h > s.length) {
      throw boundsError('sliceAlen', h, s.length);
    }
    if (l < 0 || l > h) {
      throw boundsError('sliceB', l, h);
    }
    return s.slice(l, h);
  }

  makeSlice(t: GoType, len: number | bigint, cap: number | bigint | null): Slice {
    const n = Number(len);
    const c = cap === null ? n : Number(cap);
    if (n < 0 || !Number.isSafeInteger(n)) {
      throw runtimeError('makeslice: len out of range');
    }
    if (c < n || !Number.isSafeInteger(c)) {
      throw runtimeError('makeslice: cap out of range');
    }
    const home = c === 0 ? null : this.heap.alloc(t, c);
    const arr = fill(t, c);
    if (home !== null) {
      this.#homes.set(arr, home);
    }
    return new Slice(arr, 0, n, c, home);
  }

  /** append(s, vs...) with Go's growth (runtime/slice.go growslice, Go 1.19). */
  append(t: GoType, s: Slice | null, vs: readonly unknown[]): Slice | null {
    if (vs.length === 0) {
      return s;
    }
    const len = s === null ? 0 : s.len;
    const cap = s === null ? 0 : s.cap;
    const need = len + vs.length;
    // Go copies memory: a struct or array element must not stay shared with its source (the
    // spread slice of append(s, t...), or the old backing array when the slice grows).
    const agg = isAggregate(t);
    if (s !== null && need <= cap) {
      for (let i = 0; i < vs.length; i++) {
        s.arr[s.off + len + i] = agg ? copyValue(t, vs[i]) : vs[i];
      }
      return new Slice(s.arr, s.off, need, cap, s.home);
    }
    const newcap = growCap(cap, need, t.size);
    const home = this.heap.alloc(t, newcap);
    const arr = new Array<unknown>(newcap);
    if (s !== null) {
      for (let i = 0; i < len; i++) {
        const v = s.arr[s.off + i];
        arr[i] = agg ? copyValue(t, v) : v;
      }
    }
    for (let i = 0; i < vs.length; i++) {
      arr[len + i] = agg ? copyValue(t, vs[i]) : vs[i];
    }
    for (let i = need; i < newcap; i++) {
      arr[i] = zeroOf(t);
    }
    this.#homes.set(arr, home);
    return new Slice(arr, 0, need, newcap, home);
  }

  /** The elements of a slice as an array (for append(s, t...)). */
  elems(s: Slice | null): unknown[] {
    if (s === null) {
      return [];
    }
    return s.arr.slice(s.off, s.off + s.len);
  }

  copySlice(t: GoType, dst: Slice | null, src: Slice | null | string): number {
    if (dst === null || src === null) {
      return 0;
    }
    if (typeof src === 'string') {
      const n = Math.min(dst.len, src.length);
      for (let i = 0; i < n; i++) {
        dst.arr[dst.off + i] = src.charCodeAt(i);
      }
      return n;
    }
    const n = Math.min(dst.len, src.len);
    const tmp = src.arr.slice(src.off, src.off + n).map((v) => copyValue(t, v));
    for (let i = 0; i < n; i++) {
      dst.arr[dst.off + i] = tmp[i];
    }
    return n;
  }

  bytesToString(s: Slice | null): string {
    return bytesToString(s);
  }

  stringToBytes(t: GoType, s: string): Slice {
    const arr = new Array<unknown>(s.length);
    for (let i = 0; i < s.length; i++) {
      arr[i] = s.charCodeAt(i);
    }
    const home = s.length === 0 ? null : this.heap.alloc(t, s.length);
    return new Slice(arr, 0, s.length, s.length, home);
  }

  // ---- interfaces ----

  /** The method `name` of an interface value's dynamic type. */
  /** What a range-over-func iterator that calls yield after the loop ended gets (go1.23). */
  rangeDone(): GoPanic {
    return runtimeError(
      'range function continued iteration after function for loop body returned false',
    );
  }

  /** The function a call of a func value calls: a nil func value panics. */
  callee(f: GoFunc | null): GoFunc {
    if (f === null) {
      throw nilDeref();
    }
    return f;
  }

  imethod(x: Iface | null, name: string): GoFunc {
    if (x === null) {
      throw nilDeref();
    }
    const f = this.methods.get(x.type)?.get(name);
    if (f === undefined) {
      throw new Error(`internal: ${x.type.name} has no method ${name}`);
    }
    return f;
  }

  /**
   * Whether dynamic type t has all the methods: keys `Name sig` (an interface type's methods)
   * match a method of that name and type, plain names any method of that name.
   */
  implements(t: GoType, methods: readonly string[]): boolean {
    const table = this.methods.get(t);
    const sigs = this.#sigs.get(t);
    return methods.every((m) => (m.includes(' ') ? sigs?.has(m) === true : table?.has(m) === true));
  }

  /** x.(T) for a concrete T: the value, or Go's panic. */
  assertType(x: Iface | null, t: GoType, iface: GoType): unknown {
    if (x !== null && x.type === t) {
      return x.value;
    }
    throw new GoPanic(
      new TypeAssertionError(
        `interface conversion: ${iface.name} is ${x === null ? 'nil' : x.type.name}, not ${t.name}`,
      ),
    );
  }

  /** x.(I) for an interface I. */
  assertIface(x: Iface | null, methods: readonly string[], iface: GoType, target: GoType): Iface {
    if (x !== null && this.implements(x.type, methods)) {
      return x;
    }
    if (x === null) {
      throw new GoPanic(
        new TypeAssertionError(`interface conversion: interface is nil, not ${target.name}`),
      );
    }
    const missing = methods.find((m) => !this.implements(x.type, [m]))?.split(' ')[0] ?? '';
    throw new GoPanic(
      new TypeAssertionError(
        `interface conversion: ${x.type.name} is not ${target.name}: missing method ${missing}`,
      ),
    );
  }

  // ---- calls, defer, panic ----

  // ---- for the generated code ----

  /** Loop iterations and calls left before the next scheduling point (see tick). */
  budget: number = stepsPerTick;

  /** A scheduling point every stepsPerTick loop iterations and calls: long runs let others run. */
  *tick(): Op {
    this.budget = stepsPerTick;
    if (this.sched.pass()) {
      return;
    }
    try {
      yield { kind: 'point', op: preemptOp } as const;
    } catch (e) {
      throw probed(e);
    }
  }

  /** tick, in a plain function (see compile/sync.ts): its goroutine is alone, so it only counts. */
  spin(): void {
    this.budget = stepsPerTick;
    this.sched.spin();
  }

  /** Whether the running goroutine may run plain functions (Scheduler.alone). */
  alone(): boolean {
    return this.sched.alone();
  }

  /** The one-element box holding a variable whose address is taken. */
  boxArr(t: GoType, v: unknown): unknown[] {
    return this.box(t, v).arr;
  }

  /** Each dynamic type's methods as `Name sig` keys (interface satisfaction checks types). */
  readonly #sigs = new Map<GoType, Set<string>>();

  /** Adds a method, of signature type `sig` (`func(int) string`), to dynamic type t's method table. */
  addMethod(t: GoType, name: string, fn: GoFunc, sig: string): void {
    let tab = this.methods.get(t);
    if (tab === undefined) {
      tab = new Map<string, GoFunc>();
      this.methods.set(t, tab);
    }
    tab.set(name, fn);
    let sigs = this.#sigs.get(t);
    if (sigs === undefined) {
      sigs = new Set<string>();
      this.#sigs.set(t, sigs);
    }
    sigs.add(`${name} ${sig}`);
  }

  /** A nil pointer dereference (the generated code throws it in expressions). */
  nilPanic(): never {
    throw nilDeref();
  }

  // ---- unsafe.Pointer ----

  /** unsafe.Pointer(p) for p of type *elem. */
  toUnsafe(p: Pointer | null, elem: GoType): UnsafePointer | null {
    return p === null ? null : p instanceof UnsafePointer ? p : new UnsafePointer(p, elem);
  }

  /**
   * (*elem)(u): the pointer u was made from when elem has its layout; a conversion that would
   * reinterpret memory as another type is not modelled.
   */
  fromUnsafe(u: UnsafePointer | null, elem: GoType): Pointer | null {
    if (u === null) {
      return null;
    }
    if (!sameLayout(u.elem, elem)) {
      throw this.unsupported(
        `unsafe.Pointer conversion from *${u.elem.name} to *${elem.name} (memory reinterpreted as another type)`,
      );
    }
    return u.ptr;
  }

  /** Addresses of backing arrays that have no heap allocation, one range each. */
  readonly #arrayAddrs = new WeakMap<unknown[], number>();
  #nextArrayAddr = 0xc800000000;

  /**
   * uintptr(u): an address that only identifies (no memory is reached through it). Elements
   * of one array are ordered and spaced by the element's size, and different arrays do not
   * overlap, so that comparisons of addresses (crypto's overlap checks) answer as in Go.
   */
  unsafeToUintptr(u: UnsafePointer | null): number {
    if (u === null) {
      return 0;
    }
    const p = u.ptr;
    const size = Math.max(u.elem.size, 1);
    let base = this.#arrayAddrs.get(p.arr);
    if (base === undefined) {
      base = this.#nextArrayAddr;
      this.#nextArrayAddr += Math.ceil(((p.arr.length + 1) * 8 * size) / 4096) * 4096;
      this.#arrayAddrs.set(p.arr, base);
    }
    return base + p.idx * size;
  }

  /** unsafe.Pointer(x) of an integer: nil for 0; an address made from arithmetic is not modelled. */
  uintptrToUnsafe(x: number | bigint): UnsafePointer | null {
    if (Number(x) === 0) {
      return null;
    }
    throw this.unsupported('unsafe.Pointer made from a uintptr');
  }

  unsafeAdd(u: UnsafePointer | null, n: number | bigint): UnsafePointer | null {
    if (Number(n) === 0) {
      return u;
    }
    throw this.unsupported('unsafe.Add');
  }

  /** unsafe.Slice(p, n): the n elements from p, where p points into an array of them. */
  unsafeSlice(p: Pointer | null, n: number): Slice | null {
    if (p === null) {
      if (n === 0) {
        return null;
      }
      throw new GoPanic(new RuntimeError('unsafe.Slice: ptr is nil and len is not zero', true));
    }
    if (n < 0) {
      throw new GoPanic(new RuntimeError('unsafe.Slice: len out of range', true));
    }
    if (p.idx + n > p.arr.length) {
      throw this.unsupported('unsafe.Slice past the end of the memory its pointer points into');
    }
    return new Slice(p.arr, p.idx, n, n, p.home);
  }

  /** A standard-library function without an implementation, reported when it is called. */
  unsupported(name: string): Error {
    return new Error(`not supported yet: ${name}`);
  }

  /** The Go call-depth limit of a goroutine (Go's 1 GB stack limit, counted in frames). */
  maxDepth = 500_000;

  enter(g: G): void {
    if (++g.depth > this.maxDepth) {
      throw new StackOverflow(g.depth);
    }
  }

  /** Records a thrown error in a frame with deferred calls (non-Go errors propagate). */
  caught(f: Frame, e: unknown): void {
    if (e instanceof GoexitSignal) {
      f.panic = { value: null, recovered: false, link: f.panic, goexit: true };
      return;
    }
    if (e instanceof UnrecoveredPanic) {
      f.panic = e.record;
      return;
    }
    if (e instanceof GoPanic) {
      f.panic = {
        value: e.value,
        recovered: false,
        link: null,
        goexit: false,
        ...(e.stack === undefined ? {} : { stack: e.stack }),
      };
      return;
    }
    throw e;
  }

  /** Runs a frame's deferred calls in LIFO order; rethrows a panic nobody recovered. */
  *runDefers(g: G, f: Frame): Op {
    const depth = g.depth;
    while (f.defers.length > 0) {
      const d = f.defers.pop();
      if (d === undefined) {
        break;
      }
      const saved = g.deferring;
      g.deferring = { fn: d.fn, frame: f };
      try {
        yield* d.fn(g, ...d.args);
      } catch (e) {
        g.depth = depth;
        const prev = f.panic;
        if (e instanceof GoexitSignal) {
          f.panic = { value: null, recovered: false, link: prev, goexit: true };
        } else if (e instanceof UnrecoveredPanic) {
          f.panic = { ...e.record, link: prev !== null && !prev.goexit ? prev : e.record.link };
        } else if (e instanceof GoPanic) {
          f.panic = {
            value: e.value,
            recovered: false,
            link: prev !== null && !prev.goexit ? prev : null,
            goexit: false,
            ...(e.stack === undefined ? {} : { stack: e.stack }),
          };
        } else {
          throw e;
        }
      } finally {
        g.deferring = saved;
      }
      if (f.panic?.recovered === true) {
        f.panic = null;
      }
    }
    const p = f.panic;
    if (p !== null) {
      if (p.goexit) {
        throw new GoexitSignal();
      }
      throw new UnrecoveredPanic(p);
    }
  }

  /** recover(), called in function `self`. */
  recover(g: G, self: unknown): unknown {
    const d = g.deferring;
    if (d === null || d.fn !== self) {
      return null;
    }
    const p = d.frame.panic;
    if (p === null || p.recovered || p.goexit) {
      return null;
    }
    p.recovered = true;
    return asInterface(p.value);
  }

  panicValue(v: unknown): GoPanic {
    return new GoPanic(v);
  }
}

// Go: runtime.errorString and runtime.plainError (runtime/error.go).
const runtimeErrorType = namedType('runtime.errorString', types.string);
const plainErrorType = namedType('runtime.plainError', types.string);
// runtime.boundsError and *runtime.TypeAssertionError, by name only: their fields are not
// modelled, and a program cannot name *runtime.TypeAssertionError yet.
const boundsErrorType = namedType('runtime.boundsError', types.string);
const typeAssertionErrorType = namedType('*runtime.TypeAssertionError', types.string);

function* errorMethod(_g: GState, recv: unknown): Op<string> {
  yield* [];
  return (recv as RuntimeError).error();
}

function* noMethod(): Op {
  yield* [];
}

/** A panic value as the interface value recover() returns. */
export function asInterface(v: unknown): Iface | null {
  if (v instanceof RuntimeError) {
    const t =
      v instanceof BoundsError
        ? boundsErrorType
        : v instanceof TypeAssertionError
          ? typeAssertionErrorType
          : v.plain
            ? plainErrorType
            : runtimeErrorType;
    return new Iface(t, v);
  }
  if (typeof v === 'string') {
    return new Iface(types.string, v); // the runtime's and sync's panic("text")
  }
  return v === undefined ? null : (v as Iface | null);
}

/** CVTTSD2SL: f truncated to an int32, or -2^31 when it does not fit (or is NaN). */
function cvttsd2sl(f: number): number {
  const t = Math.trunc(f);
  return t >= -(2 ** 31) && t < 2 ** 31 ? t : -(2 ** 31);
}

/** CVTTSD2SQ: f truncated to an int64, or -2^63 when it does not fit (or is NaN). */
function cvttsd2sq(f: number): number | bigint {
  const t = Math.trunc(f);
  if (!(t >= -(2 ** 63) && t < 2 ** 63)) {
    return -(2n ** 63n);
  }
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

export function nilDeref(): GoPanic {
  return runtimeError('invalid memory address or nil pointer dereference');
}

function copyInto(t: GoType, dst: unknown[], src: unknown[]): void {
  const u = t.underlying;
  for (let i = 0; i < src.length; i++) {
    const et = u.kind === 'struct' ? u.fields[i]?.type : u.elem;
    const d = dst[i];
    const s = src[i];
    if (et !== undefined && Array.isArray(d) && Array.isArray(s) && isAggregate(et)) {
      copyInto(et, d, s);
    } else {
      dst[i] = s;
    }
  }
}

function zeroOf(t: GoType): unknown {
  return isAggregate(t) ? copyValue(t, zeroCache(t)) : zeroCache(t);
}

const zeros = new WeakMap<GoType, unknown>();
function zeroCache(t: GoType): unknown {
  if (zeros.has(t)) {
    return zeros.get(t);
  }
  const z = zeroFor(t);
  zeros.set(t, z);
  return z;
}

import { zeroValue } from '@mapscope/runtime-core';
function zeroFor(t: GoType): unknown {
  return zeroValue(t);
}

function fill(t: GoType, n: number): unknown[] {
  const arr = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    arr[i] = zeroOf(t);
  }
  return arr;
}

/** Go 1.19's growslice capacity, rounded up to a size class. */
function growCap(old: number, need: number, elemSize: number): number {
  let newcap = old;
  const doublecap = newcap + newcap;
  if (need > doublecap) {
    newcap = need;
  } else {
    const threshold = 256;
    if (old < threshold) {
      newcap = doublecap;
    } else {
      while (newcap > 0 && newcap < need) {
        newcap += (newcap + 3 * threshold) >> 2;
      }
      if (newcap <= 0) {
        newcap = need;
      }
    }
  }
  if (elemSize === 0) {
    return newcap;
  }
  return Math.floor(roundupsize(newcap * elemSize) / elemSize);
}

import { roundupsize } from '@mapscope/runtime-core';

export { Iface, Pointer, Slice };

/**
 * Whether values of types a and b are held alike, so that memory of one can be read as the
 * other: identical underlying types, or structs and arrays made of such.
 */
function sameLayout(a: GoType, b: GoType): boolean {
  const x = a.underlying;
  const y = b.underlying;
  if (x === y) {
    return true;
  }
  if (x.kind !== y.kind) {
    return false;
  }
  switch (x.kind) {
    case Kind.Struct:
      return (
        x.fields.length === y.fields.length &&
        x.fields.every((f, i) => {
          const g = y.fields[i];
          return f.offset === g?.offset && sameLayout(f.type, g.type);
        })
      );
    case Kind.Array:
      return (
        x.len === y.len &&
        x.elem !== undefined &&
        y.elem !== undefined &&
        sameLayout(x.elem, y.elem)
      );
    case Kind.Pointer:
    case Kind.UnsafePointer:
    case Kind.Map:
    case Kind.Chan:
    case Kind.Func:
      return true;
    default:
      return false;
  }
}
