// Map lookups. Go: runtime/map.go mapaccess1, mapaccess2, mapaccessK (and the _fast32/_fast64/
// _faststr variants, which differ only in speed).
import type { GoRuntime } from '../go-runtime.ts';
import { GoFatalError } from '../errors.ts';
import { out64 } from '../hash/uint64.ts';
import { MapOp, MapPoint } from '../sched-hook.ts';
import {
  Bmap,
  type Hmap,
  type MapType,
  bucketShift,
  emptyRest,
  evacuated,
  hashWriting,
  tophash,
} from './hmap.ts';

/** Where the last successful {@link findSlot} found its key. Read it before the next map call. */
export const found: { b: Bmap | null; i: number } = { b: null, i: 0 };

/**
 * Finds `key` in a non-empty map, reading the old bucket while it is not yet evacuated, and
 * sets {@link found}. Hashes with the map's seed. Go: the body shared by mapaccess1/2/K.
 */
export function findSlot(h: Hmap, key: unknown): boolean {
  const t = h.t;
  t.hasher(h.rt, key, 0, h.hash0);
  let m = bucketShift(h.B) - 1;
  const lo = out64.lo;
  let b = h.buckets![lo & m]!;
  const old = h.oldbuckets;
  if (old !== null) {
    if (!h.isSameSizeGrow()) {
      // There used to be half as many buckets; mask down one more power of two.
      m >>>= 1;
    }
    const oldb = old[lo & m]!;
    if (!evacuated(oldb)) {
      b = oldb;
    }
  }
  return searchChain(t, b, tophash(out64.hi), key);
}

function searchChain(t: MapType, first: Bmap, top: number, key: unknown): boolean {
  const strict = t.keyStrict;
  for (let b: Bmap | null = first; b !== null; b = b.overflow) {
    const th = b.tophash;
    for (let i = 0; i < 8; i++) {
      const x = th[i];
      if (x !== top) {
        if (x === emptyRest) {
          return false;
        }
        continue;
      }
      const k = b.keys[i];
      if (strict ? k === key : t.keyEqual(key, k)) {
        found.b = b;
        found.i = i;
        return true;
      }
    }
  }
  return false;
}

/** The shared prologue of reads: nil/empty maps (hashing only for its panic), the race check. */
function readable(rt: GoRuntime, t: MapType, h: Hmap | null, key: unknown): h is Hmap {
  if (h === null || h.count === 0) {
    if (t.hashMightPanic) {
      t.hasher(rt, key, 0, 0); // an unhashable key panics even here (Go issue 23734)
    }
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
  return found.b!.elems[found.i];
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
