// Incremental growth. Go: runtime/map.go hashGrow, growWork, evacuate, advanceEvacuationMark.
import { assert } from '../assert.ts';
import { GoFatalError } from '../errors.ts';
import { H_HI, H_LO, reg } from '../hash/uint64.ts';
import { types } from '../types/constructors.ts';
import { hashKey } from './access.ts';
import {
  type BucketArray,
  type Hmap,
  MapExtra,
  evacuated,
  evacuatedEmpty,
  evacuatedX,
  isEmpty,
  iterator,
  minTopHash,
  oldIterator,
  overLoadFactor,
  sameSizeGrow,
  tophash,
  nextArray,
} from './hmap.ts';
import {
  clearBucket,
  makeBucketArray,
  maxModelB,
  newBucket,
  newoverflow,
  storeSlot,
  writeBarrier,
} from './make.ts';

/**
 * Starts growing: twice the buckets past the load factor, else (too many overflow buckets) the
 * same number, to compact. Only allocates; entries move later, in growWork.
 * Go: runtime/map.go hashGrow.
 */
export function hashGrow(h: Hmap): void {
  let bigger = 1;
  if (!overLoadFactor(h.count + 1, h.B)) {
    bigger = 0;
    h.flags |= sameSizeGrow;
  }
  if (h.B + bigger > maxModelB) {
    throw new GoFatalError(`runtime: out of memory: a map of 2^${h.B + bigger} buckets`);
  }
  const oldbuckets = h.buckets;
  const [newbuckets, nextOverflow] = makeBucketArray(h, h.B + bigger, null);
  let flags = h.flags & ~(iterator | oldIterator);
  if ((h.flags & iterator) !== 0) {
    flags |= oldIterator;
  }
  // Commit the grow.
  h.B += bigger;
  h.flags = flags;
  writeBarrier(h.rt, h.home, types.unsafePointer, h.oldbuckets, oldbuckets);
  h.oldbuckets = oldbuckets;
  writeBarrier(h.rt, h.home, types.unsafePointer, h.buckets, newbuckets);
  h.buckets = newbuckets;
  h.nevacuate = 0;
  h.noverflow = 0;
  if (h.extra?.overflow) {
    // Promote current overflow buckets to the old generation.
    assert(h.extra.oldoverflow === null, 'oldoverflow is not nil');
    h.extra.oldoverflow = h.extra.overflow;
    h.extra.overflow = null;
  }
  if (nextOverflow >= 0) {
    h.extra ??= new MapExtra();
    h.extra.nextOverflow = nextOverflow;
  }
}

/**
 * Evacuates the old bucket feeding `bucket`, plus one more (the lowest not yet evacuated), so
 * growth finishes after at most as many writes as there are old buckets.
 * Go: runtime/map.go growWork.
 */
export function growWork(h: Hmap, bucket: number): void {
  evacuate(h, bucket & h.oldbucketmask());
  if (h.growing()) {
    evacuate(h, h.nevacuate);
  }
}

/** An evacuation destination: the bucket (array, index) being filled, its next free slot. */
interface EvacDst {
  a: BucketArray | null;
  b: number;
  i: number;
}

// Go: evacuate's xy [2]evacDst — X (same index) and Y (index + newbit); reused, not allocated.
const xy: [EvacDst, EvacDst] = [
  { a: null, b: 0, i: 0 },
  { a: null, b: 0, i: 0 },
];

/**
 * Moves the entries of one old bucket (and its overflow chain) into the new table, in slot
 * order, marking each old slot evacuatedX/evacuatedY/evacuatedEmpty. Go: runtime/map.go evacuate.
 */
export function evacuate(h: Hmap, oldbucket: number): void {
  const old = h.oldbuckets!;
  const newbit = h.noldbuckets();
  if (!evacuated(old, oldbucket)) {
    xy[0].a = h.buckets;
    xy[0].b = oldbucket;
    xy[0].i = 0;
    xy[1].a = h.isSameSizeGrow() ? null : h.buckets;
    xy[1].b = oldbucket + newbit;
    xy[1].i = 0;
    for (let a: BucketArray | null = old, i = oldbucket; a !== null;) {
      for (let s = i * 8, end = s + 8; s < end; s++) {
        evacuateSlot(h, a, s, newbit);
      }
      const next = nextArray(a, i);
      i = a.ovfIdx[i]!;
      a = next;
    }
    if ((h.flags & oldIterator) === 0 && !h.t.bucketPointerFree) {
      // Unlink the overflow buckets and clear keys and elems to help the collector; the
      // tophash keeps the evacuation state.
      clearBucket(h, old, oldbucket);
    }
  }
  if (oldbucket === h.nevacuate) {
    advanceEvacuationMark(h, newbit);
  }
}

function evacuateSlot(h: Hmap, a: BucketArray, s: number, newbit: number): void {
  const t = h.t;
  let top = a.tophash[s]!;
  if (isEmpty(top)) {
    a.tophash[s] = evacuatedEmpty;
    return;
  }
  assert(top >= minTopHash, 'bad map state');
  const k = a.keys[s];
  let useY = 0;
  if (!h.isSameSizeGrow()) {
    // Compute the hash to decide whether the entry goes to X or Y.
    hashKey(h, k);
    if ((h.flags & iterator) !== 0 && !t.reflexivekey && !t.keyEqual(k, k)) {
      // A NaN-like key hashes differently every time. An iterator must find it again, so the
      // choice follows the low bit of the old tophash, and it gets a fresh tophash.
      useY = top & 1;
      top = tophash(reg[H_HI]!);
    } else if ((reg[H_LO]! & newbit) !== 0) {
      useY = 1;
    }
  }
  a.tophash[s] = evacuatedX + useY;
  const dst = xy[useY as 0 | 1];
  if (dst.i === 8) {
    newoverflow(h, dst.a!, dst.b);
    dst.a = newBucket.a;
    dst.b = newBucket.i;
    dst.i = 0;
  }
  const ds = dst.b * 8 + dst.i++;
  dst.a!.tophash[ds] = top;
  // Go: typedmemmove of the key and the elem.
  storeSlot(h, dst.a!, dst.a!.keys, ds, h.t.key, h.t.keyHasPointers, a.keys[s]);
  storeSlot(h, dst.a!, dst.a!.elems, ds, h.t.elem, h.t.elemHasPointers, a.elems[s]);
}

/**
 * Advances nevacuate past evacuated old buckets (looking at most 1024 ahead); when all are
 * done, drops the old table. Go: runtime/map.go advanceEvacuationMark.
 */
function advanceEvacuationMark(h: Hmap, newbit: number): void {
  h.nevacuate++;
  // Bound the scan: there may be a very long run of already-evacuated buckets.
  const stop = Math.min(h.nevacuate + 1024, newbit);
  while (h.nevacuate !== stop && evacuated(h.oldbuckets!, h.nevacuate)) {
    h.nevacuate++;
  }
  if (h.nevacuate === newbit) {
    // Growing is all done. Free old main bucket array.
    writeBarrier(h.rt, h.home, types.unsafePointer, h.oldbuckets, null);
    h.oldbuckets = null;
    if (h.extra !== null) {
      h.extra.oldoverflow = null;
    }
    h.flags &= ~sameSizeGrow;
  }
}
