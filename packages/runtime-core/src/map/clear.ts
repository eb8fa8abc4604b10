// clear(m), and the `for k := range m { delete(m, k) }` idiom the compiler turns into it.
// Go: runtime/map.go mapclear.
import type { GoRuntime } from '../go-runtime.ts';
import { MapOp } from '../sched-hook.ts';
import {
  type BucketArray,
  type Hmap,
  MapExtra,
  bucketShift,
  emptyRest,
  sameSizeGrow,
  nextArray,
} from './hmap.ts';
import { makeBucketArray } from './make.ts';
import { checkNotWriting, closeWindow, openWindow } from './write-window.ts';

/**
 * Removes every entry, keeping the bucket array (a map never shrinks) and drawing a new seed.
 * From Go 1.21 every bucket, overflow bucket and old bucket is first marked emptyRest so live
 * iterators stop (Go issue 59411); Go 1.19 and 1.20 only zero the current array, and an
 * iterator walking overflow or old buckets goes on producing entries.
 */
export function mapclear(rt: GoRuntime, h: Hmap | null): void {
  if (h === null || h.count === 0) {
    return;
  }
  checkNotWriting(rt, h, MapOp.Clear);
  openWindow(rt, h, MapOp.Clear);
  clearInWindow(rt, h);
  closeWindow(rt, h, MapOp.Clear);
}

/** The part of mapclear inside the hashWriting window. */
export function clearInWindow(rt: GoRuntime, h: Hmap): void {
  if (rt.goMinor >= 21) {
    markBucketsEmpty(h.buckets, bucketShift(h.B));
    markBucketsEmpty(h.oldbuckets, h.growing() ? h.noldbuckets() : 0);
  }
  h.flags &= ~sameSizeGrow;
  h.oldbuckets = null;
  h.nevacuate = 0;
  h.noverflow = 0;
  h.count = 0;
  // Reset the hash seed to make it more difficult for attackers to repeatedly trigger hash
  // collisions (Go issue 25237).
  h.hash0 = rt.fastrand();
  // Keep the mapextra allocation but clear any extra information.
  if (h.extra !== null) {
    Object.assign(h.extra, new MapExtra());
  }
  // makeBucketArray clears the memory of h.buckets and recovers its preallocated overflow
  // buckets as if the array were new.
  const [, nextOverflow] = makeBucketArray(h, h.B, h.buckets);
  if (nextOverflow >= 0) {
    h.extra!.nextOverflow = nextOverflow;
  }
}

function markBucketsEmpty(buckets: BucketArray | null, n: number): void {
  for (let b = 0; b < n; b++) {
    for (let a: BucketArray | null = buckets, i = b; a !== null;) {
      a.tophash.fill(emptyRest, i * 8, i * 8 + 8);
      const next = nextArray(a, i);
      i = a.ovfIdx[i]!;
      a = next;
    }
  }
}
