// Map iteration (for range). Go: runtime/map.go hiter, mapiterinit, mapiternext.
import { GoFatalError } from '../errors.ts';
import type { GoRuntime } from '../go-runtime.ts';
import { H_LO, reg } from '../hash/uint64.ts';
import { MapOp, MapPoint } from '../sched-hook.ts';
import { found, hashKey, mapaccessK } from './access.ts';
import {
  type BucketArray,
  type Hmap,
  type MapType,
  bucketShift,
  evacuated,
  evacuatedEmpty,
  evacuatedX,
  evacuatedY,
  hashWriting,
  isEmpty,
  iterator,
  oldIterator,
  nextArray,
} from './hmap.ts';
import { createOverflow } from './make.ts';

/** Go's checkBucket sentinel "no bucket to check" (1<<64-1 in Go). */
const noCheck = -1;

/** A map iteration in progress. Go: runtime/map.go hiter. */
export class Hiter {
  /** Whether the last mapiternext produced an entry (Go: it.key != nil). */
  ok = false;
  key: unknown = undefined;
  elem: unknown = undefined;
  h: Hmap | null = null;
  /** The bucket array when the iteration started. */
  buckets: BucketArray | null = null;
  /** The bucket being walked: its array (null: none yet) and index. Go: it.bptr. */
  bptr: BucketArray | null = null;
  bidx = 0;
  /** Keep the overflow buckets alive for pointer-free buckets (Go: it.overflow, it.oldoverflow). */
  overflow: BucketArray[] | null = null;
  oldoverflow: BucketArray[] | null = null;
  startBucket = 0;
  /** Intra-bucket offset to start from, the same for every bucket. */
  offset = 0;
  wrapped = false;
  B = 0;
  i = 0;
  bucket = 0;
  checkBucket: number = noCheck;
  readonly t: MapType;

  constructor(t: MapType) {
    this.t = t;
  }
}

/**
 * Starts an iteration at a random bucket and slot offset and advances to the first entry;
 * `start`, when given, picks them instead (given B) — a search enumerating the orders Go's
 * randomization can give. Go: runtime/map.go mapiterinit.
 */
export function mapiterinit(
  rt: GoRuntime,
  h: Hmap | null,
  it: Hiter,
  start?: (B: number) => readonly [bucket: number, offset: number],
): void {
  if (h === null || h.count === 0) {
    it.ok = false;
    return;
  }
  rt.hook.mapStep(h, MapOp.IterInit, MapPoint.Enter);
  it.h = h;
  // Grab snapshot of bucket state.
  it.B = h.B;
  it.buckets = h.buckets;
  if (h.t.bucketPointerFree) {
    const extra = createOverflow(h);
    it.overflow = extra.overflow;
    it.oldoverflow = extra.oldoverflow;
  }
  // Decide where to start (or let the caller decide: a search trying every start).
  if (start !== undefined) {
    [it.startBucket, it.offset] = start(h.B);
  } else if (h.B > 31 - 3) {
    const r = rt.fastrand64();
    it.startBucket = Number(r & BigInt(bucketShift(h.B) - 1));
    it.offset = Number((r >> BigInt(h.B)) & 7n);
  } else {
    const r = rt.fastrand();
    it.startBucket = r & (bucketShift(h.B) - 1);
    it.offset = (r >>> h.B) & 7;
  }
  it.bucket = it.startBucket;
  // Remember we have an iterator.
  h.flags |= iterator | oldIterator;
  mapiternext(rt, it);
}

/**
 * Advances to the next entry, or sets `it.ok = false` at the end. During growth it walks the
 * old bucket that feeds the current new bucket when that one is not yet evacuated, keeping
 * only the entries that will land in it; entries that moved are looked up again so the value
 * is current and deleted keys are skipped. Go: runtime/map.go mapiternext.
 */
export function mapiternext(rt: GoRuntime, it: Hiter): void {
  const h = it.h!;
  rt.hook.mapStep(h, MapOp.IterNext, MapPoint.Enter);
  if ((h.flags & hashWriting) !== 0) {
    throw new GoFatalError('concurrent map iteration and map write');
  }
  let bucket = it.bucket,
    ba = it.bptr,
    bi = it.bidx,
    i = it.i,
    checkBucket = it.checkBucket;
  for (;;) {
    if (ba === null) {
      if (bucket === it.startBucket && it.wrapped) {
        it.ok = false;
        it.key = it.elem = undefined;
        return;
      }
      ba = it.buckets;
      bi = bucket;
      checkBucket = noCheck;
      if (h.growing() && it.B === h.B) {
        // The iterator started during this growth. If the old bucket feeding this one is not
        // yet evacuated, walk it instead, keeping only the keys that go to this new bucket.
        const oldbucket = bucket & h.oldbucketmask();
        if (!evacuated(h.oldbuckets!, oldbucket)) {
          ba = h.oldbuckets;
          bi = oldbucket;
          checkBucket = bucket;
        }
      }
      bucket++;
      if (bucket === bucketShift(it.B)) {
        bucket = 0;
        it.wrapped = true;
      }
      i = 0;
    }
    for (; i < 8; i++) {
      const offi = (i + it.offset) & 7;
      if (yieldSlot(h, it, ba!, bi * 8 + offi, checkBucket)) {
        it.bucket = bucket;
        it.bptr = ba;
        it.bidx = bi;
        it.i = i + 1;
        it.checkBucket = checkBucket;
        return;
      }
    }
    const next = nextArray(ba!, bi);
    bi = ba!.ovfIdx[bi]!;
    ba = next;
    i = 0;
  }
}

// Whether slot s of a yields an entry; if so it is in it.key / it.elem.
function yieldSlot(h: Hmap, it: Hiter, a: BucketArray, s: number, checkBucket: number): boolean {
  const t = it.t;
  const th = a.tophash[s]!;
  if (isEmpty(th) || th === evacuatedEmpty) {
    return false;
  }
  const k = a.keys[s];
  const reflexive = t.reflexivekey || t.keyEqual(k, k);
  if (checkBucket !== noCheck && !h.isSameSizeGrow()) {
    if (reflexive) {
      // If the item in the old bucket is not destined for the current new bucket, skip it.
      hashKey(h, k);
      if ((reg[H_LO]! & (bucketShift(it.B) - 1)) !== checkBucket) {
        return false;
      }
    } else if (checkBucket >>> (it.B - 1) !== (th & 1)) {
      // NaN-like keys: the low tophash bit decides X or Y, as in evacuate.
      return false;
    }
  }
  if ((th !== evacuatedX && th !== evacuatedY) || !reflexive) {
    // The golden data, or a key that cannot be looked up again (NaN): use it as is.
    it.key = k;
    it.elem = a.elems[s];
    it.ok = true;
    return true;
  }
  // The hash table has grown since the iterator was started; the key may have been updated,
  // deleted, or reinserted: look it up again.
  if (!mapaccessK(h, k)) {
    return false;
  }
  it.key = found.a!.keys[found.slot];
  it.elem = found.a!.elems[found.slot];
  it.ok = true;
  return true;
}
