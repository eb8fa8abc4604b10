// Go's hash functions per type: the runtime's leaf hashes (runtime/alg.go f32hash, f64hash,
// c64hash, c128hash, strhash, nilinterhash), its generic typehash for values inside
// interfaces, and plain memory laid out little-endian for memhash. Seeds come from and hashes
// go to the hash register (hash/uint64.ts).
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
import { Kind } from './kind.ts';
import type { Addressed, Complex, Iface } from './values.ts';

/** Hashes a value: the seed is the hash register's content, the hash replaces it. */
export type HashFn = (env: HashEnv, v: unknown) => void;

// Go: runtime/alg.go c0, c1 (64-bit).
const C0H = 0x0075_6ea1,
  C0L = 0x6a56_a621;
const C1H = 0x0052_ef6b,
  C1L = 0xbb8f_63bf;

// ---- memory ---------------------------------------------------------------------------------

// Scratch memory into which plain-memory values are laid out for hashing.
let mem = new Uint8Array(256);

export function memoryHash(t: GoType): HashFn {
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

/**
 * Hashes fields first..next-1 of a struct value as one block of memory (a run of plain-memory
 * fields with no padding between them). Go: genhash's memhash call per compare.Memrun.
 */
export function memoryRunHash(
  env: HashEnv,
  fs: readonly StructField[],
  values: readonly unknown[],
  first: number,
  next: number,
  size: number,
): void {
  const base = fs[first]!.offset;
  for (let j = first; j < next; j++) {
    writeMem(fs[j]!.type, values[j], fs[j]!.offset - base);
  }
  memhashFallback(env, mem, 0, size);
}

function addrOf(v: unknown): number {
  return v === null ? 0 : (v as Addressed).addr;
}

// ---- leaf hashes ----------------------------------------------------------------------------

/** Go: runtime/alg.go memhash0: the seed, unchanged. */
export const memhash0: HashFn = () => {
  // The hash register already holds the seed.
};

export function scalarHash(t: GoType): HashFn | null {
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

export const addrHash: HashFn = (env, v) => {
  split64(addrOf(v));
  memhash64(env);
};

export const stringHash: HashFn = (env, v) => {
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

/** Go: runtime/alg.go f32hash. */
export const f32hash: HashFn = floatHash(32);
/** Go: runtime/alg.go f64hash. */
export const f64hash: HashFn = floatHash(64);

export const c64hash: HashFn = (env, v) => {
  f32hash(env, (v as Complex).re);
  f32hash(env, (v as Complex).im);
};

export const c128hash: HashFn = (env, v) => {
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
