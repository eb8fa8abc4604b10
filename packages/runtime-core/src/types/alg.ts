// Equality and hashing of Go types: which algorithm each comparable type gets, as the gc
// compiler decides it (cmd/compile/internal/types.AlgType, reflectdata/alg.go genhash).
import type { GoType } from './go-type.ts';
import { Kind, integerKinds } from './kind.ts';
import {
  type EqualFn,
  addrEq,
  complexEq,
  elementsEq,
  fieldsEq,
  ifaceEq,
  strictEq,
} from './type-equal.ts';
import {
  type HashFn,
  addrHash,
  c128hash,
  c64hash,
  f32hash,
  f64hash,
  memhash0,
  memoryHash,
  memoryRunHash,
  nilinterhash,
  scalarHash,
  stringHash,
} from './type-hash.ts';

export type { EqualFn, HashFn };

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
        memoryRunHash(env, fs, a, s.first, s.next, s.size);
      } else {
        s.hash(env, a[s.index]);
      }
    }
  };
}
