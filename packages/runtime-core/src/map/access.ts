// Map lookups. Go: runtime/map.go mapaccess1, mapaccess2, mapaccessK (and the _fast32/_fast64/
// _faststr variants, which differ only in speed).
import { GoFatalError } from '../errors.ts';
import type { GoRuntime } from '../go-runtime.ts';
import { H_HI, H_LO, reg } from '../hash/uint64.ts';
import { MapOp, MapPoint } from '../sched-hook.ts';
import {
  type BucketArray,
  type Hmap,
  type MapType,
  bucketShift,
  emptyRest,
  evacuated,
  hashWriting,
  tophash,
  nextArray,
} from './hmap.ts';

/**
 * Where the last successful {@link findSlot} found its key: the bucket array and the slot's
 * index in it (bucket * 8 + slot). Read it before the next map call.
 */
export const found: { a: BucketArray | null; slot: number } = { a: null, slot: 0 };

/** Hashes `key` with the map's seed into the hash register. */
export function hashKey(h: Hmap, key: unknown): void {
  reg[H_HI] = 0;
  reg[H_LO] = h.hash0;
  h.t.hasher(h.rt, key);
}

/**
 * Finds `key` in a non-empty map, reading the old bucket while it is not yet evacuated, and
 * sets {@link found}. Go: the body shared by mapaccess1/2/K.
 */
export function findSlot(h: Hmap, key: unknown): boolean {
  hashKey(h, key);
  const lo = reg[H_LO]!;
  let m = bucketShift(h.B) - 1;
  let a = h.buckets!;
  let i = lo & m;
  const old = h.oldbuckets;
  if (old !== null) {
    if (!h.isSameSizeGrow()) {
      // There used to be half as many buckets; mask down one more power of two.
      m >>>= 1;
    }
    if (!evacuated(old, lo & m)) {
      a = old;
      i = lo & m;
    }
  }
  return searchChain(h.t, a, i, tophash(reg[H_HI]!), key);
}

function searchChain(
  t: MapType,
  a: BucketArray | null,
  i: number,
  top: number,
  key: unknown,
): boolean {
  const strict = t.keyStrict;
  while (a !== null) {
    const th = a.tophash,
      keys = a.keys;
    for (let s = i * 8, end = s + 8; s < end; s++) {
      const x = th[s];
      if (x !== top) {
        if (x === emptyRest) {
          return false;
        }
        continue;
      }
      const k = keys[s];
      if (strict ? k === key : t.keyEqual(key, k)) {
        found.a = a;
        found.slot = s;
        return true;
      }
    }
    const next = nextArray(a, i);
    i = a.ovfIdx[i]!;
    a = next;
  }
  return false;
}

/**
 * An operation on a nil or empty map still hashes a key that may be unhashable, for the panic
 * (Go issue 23734: `m[k]` with k holding a slice panics even when m is nil).
 */
export function checkHashable(rt: GoRuntime, t: MapType, key: unknown): void {
  if (t.hashMightPanic) {
    reg[H_HI] = 0;
    reg[H_LO] = 0;
    t.hasher(rt, key);
  }
}

/** The shared prologue of reads: nil/empty maps (hashing only for its panic), the race check. */
function readable(rt: GoRuntime, t: MapType, h: Hmap | null, key: unknown): h is Hmap {
  if (h === null || h.count === 0) {
    checkHashable(rt, t, key);
    return false;
  }
  rt.hook.mapStep(h, MapOp.Access, MapPoint.Enter);
  if ((h.flags & hashWriting) !== 0) {
    throw new GoFatalError('concurrent map read and map write');
  }
  return true;
}

/**
 * `v, ok := m[key]`: the element, or `undefined` when the key is absent (no Go value is
 * `undefined`). Allocates nothing. Go: runtime/map.go mapaccess2.
 */
export function mapaccess2(rt: GoRuntime, t: MapType, h: Hmap | null, key: unknown): unknown {
  if (!readable(rt, t, h, key) || !findSlot(h, key)) {
    return undefined;
  }
  return found.a!.elems[found.slot];
}

/** `m[key]`: the element or the elem type's zero value. Go: runtime/map.go mapaccess1. */
export function mapaccess1(rt: GoRuntime, t: MapType, h: Hmap | null, key: unknown): unknown {
  const v = mapaccess2(rt, t, h, key);
  return v === undefined ? t.zeroElem : v;
}

/**
 * The iterator's re-lookup of a moved key: no flag check; sets {@link found} and returns
 * whether the key is still present. Go: runtime/map.go mapaccessK.
 */
export function mapaccessK(h: Hmap, key: unknown): boolean {
  return h.count !== 0 && findSlot(h, key);
}
