// Equality and hashing of Go types: the functions the gc compiler generates for map keys
// (cmd/compile/internal/reflectdata/alg.go genhash, types.AlgType) and the runtime's own
// typehash for values inside interfaces (runtime/alg.go). Seeds come from and hashes go to
// the hash register (hash/uint64.ts).
import { GoPanic, RuntimeError } from '../errors.ts';
import type { HashEnv } from '../hash/hash-env.ts';
import { memhash32, memhash64, memhashFallback, strhash } from '../hash/memhash.ts';
import {
  A_HI,
  A_LO,
  B_HI,
  B_LO,
  H_HI,
  H_LO,
  V_HI,
  V_LO,
  mulLo,
  reg,
  split64,
} from '../hash/uint64.ts';
import type { GoType, StructField } from './go-type.ts';
import { Kind, integerKinds } from './kind.ts';
import type { Addressed, Complex, Iface } from './values.ts';

/** Hashes a value: the seed is the hash register's content, the hash replaces it. */
export type HashFn = (env: HashEnv, v: unknown) => void;

/** Go's == on two values of one type; may panic (interfaces holding uncomparable types). */
export type EqualFn = (a: unknown, b: unknown) => boolean;

/** The equality and hashing of a comparable type. */
export interface TypeAlg {
  readonly equal: EqualFn;
  /** The compiler-generated hasher, which maps with this key type use. */
  readonly hash: HashFn;
  /** JavaScript `===` is exactly Go's `==` (bool, integers, floats, strings). */
  readonly strictEqual: boolean;
  /** Plain memory: no padding, no floats, strings or interfaces (tflagRegularMemory). */
  readonly regularMemory: boolean;
  /** k == k for every k (false with floats and interfaces). Go: runtime/type.go isReflexive. */
  readonly reflexive: boolean;
  /** An equal key may differ in representation (±0, strings). Go: runtime needkeyupdate. */
  readonly needKeyUpdate: boolean;
  /** Hashing can panic (an interface may hold an unhashable type). Go: hashMightPanic. */
  readonly hashMightPanic: boolean;
}

// Go: runtime/alg.go c0, c1 (64-bit).
const C0H = 0x0075_6ea1,
  C0L = 0x6a56_a621;
const C1H = 0x0052_ef6b,
  C1L = 0xbb8f_63bf;

/** The TypeAlg of an unnamed type, or null when the type is not comparable. */
export function buildAlg(t: GoType): TypeAlg | null {
  const k = t.kind;
  if (integerKinds.has(k) || k === Kind.Bool) {
    return memAlg(t, strictEq, scalarHash(t));
  }
  switch (k) {
    case Kind.Pointer:
    case Kind.Chan:
    case Kind.UnsafePointer:
      return memAlg(t, addrEq, addrHash);
    case Kind.Float32:
    case Kind.Float64:
      return leafAlg(strictEq, k === Kind.Float32 ? f32hash : f64hash, {
        strict: true,
        reflexive: false,
      });
    case Kind.Complex64:
    case Kind.Complex128:
      return leafAlg(complexEq, k === Kind.Complex64 ? c64hash : c128hash, {
        strict: false,
        reflexive: false,
      });
    case Kind.String:
      return leafAlg(strictEq, stringHash, { strict: true, reflexive: true });
    case Kind.Interface:
      return {
        ...leafAlg(ifaceEq, nilinterhash, { strict: false, reflexive: false }),
        hashMightPanic: true,
      };
    case Kind.Array:
      return arrayAlg(t);
    case Kind.Struct:
      return structAlg(t);
    default: // slices, maps, funcs
      return null;
  }
}

function memAlg(t: GoType, equal: EqualFn, scalar: HashFn | null): TypeAlg {
  const hash: HashFn = scalar ?? (t.size === 0 ? memhash0 : memoryHash(t));
  return {
    equal,
    hash,
    strictEqual: equal === strictEq,
    regularMemory: true,
    reflexive: true,
    needKeyUpdate: false,
    hashMightPanic: false,
  };
}

function leafAlg(
  equal: EqualFn,
  hash: HashFn,
  o: { strict: boolean; reflexive: boolean },
): TypeAlg {
  return {
    equal,
    hash,
    strictEqual: o.strict,
    regularMemory: false,
    reflexive: o.reflexive,
    needKeyUpdate: true,
    hashMightPanic: false,
  };
}

function arrayAlg(t: GoType): TypeAlg | null {
  const e = t.elem!.alg;
  if (e === null) {
    return null;
  }
  if (e.regularMemory || t.len === 0) {
    return memAlg(t, elementsEq(t.len, e.equal), null);
  }
  if (t.len === 1) {
    // Go: types.AlgType — a one-element array is its element.
    return {
      ...e,
      equal: elementsEq(1, e.equal),
      hash: (env, v) => {
        e.hash(env, (v as unknown[])[0]);
      },
    };
  }
  const n = t.len;
  const hash: HashFn = (env, v) => {
    const a = v as unknown[];
    for (let i = 0; i < n; i++) {
      e.hash(env, a[i]);
    }
  };
  return { ...e, equal: elementsEq(n, e.equal), hash, strictEqual: false };
}

function structAlg(t: GoType): TypeAlg | null {
  const fs = t.fields;
  const algs: TypeAlg[] = [];
  for (const f of fs) {
    if (f.type.alg === null) {
      return null;
    }
    algs.push(f.type.alg);
  }
  const equal = fieldsEq(fs);
  const only = fs.length === 1 && fs[0]!.name !== '_' ? algs[0] : undefined;
  if (only) {
    return {
      ...only,
      equal,
      hash: (env, v) => {
        only.hash(env, (v as unknown[])[0]);
      },
      strictEqual: false,
    };
  }
  const regular = fs.every(
    (f, i) => algs[i]!.regularMemory && f.name !== '_' && !isPaddedField(t, i),
  );
  if (regular) {
    return memAlg(t, equal, null);
  }
  return {
    equal,
    hash: specialStructHash(t),
    strictEqual: false,
    regularMemory: false,
    reflexive: algs.every((a) => a.reflexive),
    needKeyUpdate: algs.some((a) => a.needKeyUpdate),
    hashMightPanic: algs.some((a) => a.hashMightPanic),
  };
}

/** Go: cmd/compile/internal/types.IsPaddedField. */
function isPaddedField(t: GoType, i: number): boolean {
  const f = t.fields[i]!;
  const end = i + 1 < t.fields.length ? t.fields[i + 1]!.offset : t.size;
  return f.offset + f.type.size !== end;
}

/**
 * The compiler's hash for a struct that is not plain memory: runs of memory fields hashed as
 * one block, other fields with their own hash, blank fields skipped.
 * Go: cmd/compile/internal/reflectdata/alg.go genhash (TSTRUCT), compare.Memrun on amd64.
 */
function specialStructHash(t: GoType): HashFn {
  type Step =
    | { run: true; first: number; next: number; size: number }
    | { run: false; index: number; hash: HashFn };
  const steps: Step[] = [];
  const fs = t.fields;
  for (let i = 0; i < fs.length;) {
    const f = fs[i]!;
    if (f.name === '_') {
      i++;
    } else if (!f.type.alg!.regularMemory) {
      steps.push({ run: false, index: i, hash: f.type.alg!.hash });
      i++;
    } else {
      let next = i + 1;
      while (
        next < fs.length &&
        !isPaddedField(t, next - 1) &&
        fs[next]!.name !== '_' &&
        fs[next]!.type.alg!.regularMemory
      ) {
        next++;
      }
      const last = fs[next - 1]!;
      steps.push({ run: true, first: i, next, size: last.offset + last.type.size - f.offset });
      i = next;
    }
  }
  return (env, v) => {
    const a = v as unknown[];
    for (const s of steps) {
      if (s.run) {
        const base = fs[s.first]!.offset;
        for (let j = s.first; j < s.next; j++) {
          writeMem(fs[j]!.type, a[j], fs[j]!.offset - base);
        }
        memhashFallback(env, mem, 0, s.size);
      } else {
        s.hash(env, a[s.index]);
      }
    }
  };
}

// ---- memory ---------------------------------------------------------------------------------

// Scratch memory into which plain-memory values are laid out for hashing.
let mem = new Uint8Array(256);

function memoryHash(t: GoType): HashFn {
  return (env, v) => {
    writeMem(t, v, 0);
    memhashFallback(env, mem, 0, t.size);
  };
}

/** Lays a plain-memory value out little-endian at `off` in the scratch memory. */
function writeMem(t: GoType, v: unknown, off: number): void {
  if (off + t.size > mem.length) {
    const bigger = new Uint8Array(Math.max(off + t.size, mem.length * 2));
    bigger.set(mem);
    mem = bigger;
  }
  const k = t.kind;
  if (k === Kind.Array) {
    const a = v as unknown[];
    for (let i = 0; i < t.len; i++) {
      writeMem(t.elem!, a[i], off + i * t.elem!.size);
    }
  } else if (k === Kind.Struct) {
    const a = v as unknown[];
    t.fields.forEach((f, i) => {
      writeMem(f.type, a[i], off + f.offset);
    });
  } else {
    writeWord(t, v, off);
  }
}

function writeWord(t: GoType, v: unknown, off: number): void {
  let lo: number, hi: number;
  if (t.kind === Kind.Bool) {
    lo = v === true ? 1 : 0;
    hi = 0;
  } else if (t.size === 8) {
    const pointerShaped =
      t.kind === Kind.Pointer || t.kind === Kind.Chan || t.kind === Kind.UnsafePointer;
    split64(pointerShaped ? addrOf(v) : (v as number | bigint));
    lo = reg[V_LO]!;
    hi = reg[V_HI]!;
  } else {
    lo = (v as number) >>> 0;
    hi = 0;
  }
  for (let i = 0; i < t.size; i++) {
    mem[off + i] = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >>> (8 * (i - 4))) & 0xff;
  }
}

function addrOf(v: unknown): number {
  return v === null ? 0 : (v as Addressed).addr;
}

// ---- leaf hashes ----------------------------------------------------------------------------

/** Go: runtime/alg.go memhash0: the seed, unchanged. */
const memhash0: HashFn = () => {
  // The hash register already holds the seed.
};

function scalarHash(t: GoType): HashFn | null {
  if (t.size === 8) {
    return (env, v) => {
      split64(v as number | bigint);
      memhash64(env);
    };
  }
  if (t.size === 4) {
    return (env, v) => {
      reg[V_LO] = v as number;
      memhash32(env);
    };
  }
  return null; // one and two bytes: memhash over the bytes
}

const addrHash: HashFn = (env, v) => {
  split64(addrOf(v));
  memhash64(env);
};

const stringHash: HashFn = (env, v) => {
  strhash(env, v as string);
};

const f64bits = new DataView(new ArrayBuffer(8));

/** H = c1 * (c0 ^ H): the hash of ±0. */
function zeroHash(): void {
  timesC1(C0H ^ reg[H_HI]!, C0L ^ reg[H_LO]!);
}

/**
 * H = c1 * (c0 ^ H ^ fastrand()): a NaN hashes randomly. The seed is read before the draw,
 * which may use the register file itself.
 */
function nanHash(env: HashEnv): void {
  const sh = reg[H_HI]!,
    sl = reg[H_LO]!;
  const r = env.fastrand();
  timesC1(C0H ^ sh, C0L ^ sl ^ r);
}

/** H = c1 * x (mod 2^64). */
function timesC1(xh: number, xl: number): void {
  reg[A_HI] = C1H;
  reg[A_LO] = C1L;
  reg[B_HI] = xh;
  reg[B_LO] = xl;
  mulLo();
}

/**
 * Go: runtime/alg.go f32hash and f64hash: ±0 hash alike, a NaN randomly, any other value by
 * its bits.
 */
function floatHash(bits: 32 | 64): HashFn {
  return (env, v) => {
    const f = v as number;
    if (f === 0) {
      zeroHash();
    } else if (f !== f) {
      nanHash(env);
    } else if (bits === 64) {
      f64bits.setFloat64(0, f, true);
      reg[V_HI] = f64bits.getUint32(4, true);
      reg[V_LO] = f64bits.getUint32(0, true);
      memhash64(env);
    } else {
      f64bits.setFloat32(0, f, true);
      reg[V_LO] = f64bits.getUint32(0, true);
      memhash32(env);
    }
  };
}

const f32hash = floatHash(32);
const f64hash = floatHash(64);

const c64hash: HashFn = (env, v) => {
  f32hash(env, (v as Complex).re);
  f32hash(env, (v as Complex).im);
};

const c128hash: HashFn = (env, v) => {
  f64hash(env, (v as Complex).re);
  f64hash(env, (v as Complex).im);
};

/**
 * Go: runtime/alg.go nilinterhash (and interhash: they differ only in the header they read).
 * A nil interface hashes to the seed; an unhashable dynamic type panics naming it.
 */
export const nilinterhash: HashFn = (env, v) => {
  if (v === null) {
    return; // the seed
  }
  const { type, value } = v as Iface;
  if (type.alg === null) {
    throw new GoPanic(new RuntimeError(`hash of unhashable type ${type.name}`));
  }
  reg[H_HI] = reg[H_HI]! ^ C0H;
  reg[H_LO] = reg[H_LO]! ^ C0L;
  typehash(env, type, value);
  timesC1(reg[H_HI], reg[H_LO]);
};

/**
 * The runtime's generic hash of a value of type `t`, used for values inside interfaces. Unlike
 * the compiler's struct hash it hashes every field on its own. Go: runtime/alg.go typehash.
 */
export function typehash(env: HashEnv, t: GoType, v: unknown): void {
  const alg = t.alg;
  if (alg === null) {
    throw new GoPanic(new RuntimeError(`hash of unhashable type ${t.name}`));
  }
  if (alg.regularMemory) {
    writeMem(t, v, 0);
    memhashFallback(env, mem, 0, t.size);
    return;
  }
  switch (t.kind) {
    case Kind.Array:
      for (let i = 0; i < t.len; i++) {
        typehash(env, t.elem!, (v as unknown[])[i]);
      }
      return;
    case Kind.Struct:
      t.fields.forEach((f: StructField, i) => {
        if (f.name !== '_') {
          typehash(env, f.type, (v as unknown[])[i]);
        }
      });
      return;
    default:
      alg.hash(env, v);
  }
}

// ---- equality -------------------------------------------------------------------------------

const strictEq: EqualFn = (a, b) => a === b;

const addrEq: EqualFn = (a, b) =>
  a === b || (a !== null && b !== null && (a as Addressed).addr === (b as Addressed).addr);

const complexEq: EqualFn = (a, b) =>
  (a as Complex).re === (b as Complex).re && (a as Complex).im === (b as Complex).im;

/** Go: runtime/alg.go efaceeq — same dynamic type, then that type's ==. */
const ifaceEq: EqualFn = (a, b) => {
  if (a === null || b === null) {
    return a === b;
  }
  const x = a as Iface,
    y = b as Iface;
  if (x.type !== y.type) {
    return false;
  }
  if (x.type.alg === null) {
    throw new GoPanic(new RuntimeError(`comparing uncomparable type ${x.type.name}`));
  }
  return x.type.alg.equal(x.value, y.value);
};

function elementsEq(n: number, eq: EqualFn): EqualFn {
  return (a, b) => {
    const x = a as unknown[],
      y = b as unknown[];
    for (let i = 0; i < n; i++) {
      if (!eq(x[i], y[i])) {
        return false;
      }
    }
    return true;
  };
}

/** Go's struct ==: every non-blank field equal. */
function fieldsEq(fs: readonly StructField[]): EqualFn {
  const idx = fs.flatMap((f, i) => (f.name === '_' ? [] : [i]));
  const eqs = idx.map((i) => fs[i]!.type.alg!.equal);
  return (a, b) => {
    const x = a as unknown[],
      y = b as unknown[];
    for (let j = 0; j < idx.length; j++) {
      const i = idx[j]!;
      if (!eqs[j]!(x[i], y[i])) {
        return false;
      }
    }
    return true;
  };
}
