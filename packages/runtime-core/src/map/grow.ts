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
import { makeBucketArray, maxModelB, newBucket, newoverflow, writeBarrier } from './make.ts';

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

// Evacuation destinations (Go: evacDst): the bucket (array, index) being filled and the next
// free slot in it, for the X (same index) and Y (index + newbit) halves.
let xa: BucketArray | null = null,
  xb = 0,
  xi = 0;
let ya: BucketArray | null = null,
  yb = 0,
  yi = 0;

/**
 * Moves the entries of one old bucket (and its overflow chain) into the new table, in slot
 * order, marking each old slot evacuatedX/evacuatedY/evacuatedEmpty. Go: runtime/map.go evacuate.
 */
export function evacuate(h: Hmap, oldbucket: number): void {
  const old = h.oldbuckets!;
  const newbit = h.noldbuckets();
  if (!evacuated(old, oldbucket)) {
    xa = h.buckets;
    xb = oldbucket;
    xi = 0;
    ya = h.isSameSizeGrow() ? null : h.buckets;
    yb = oldbucket + newbit;
    yi = 0;
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
      old.keys.fill(h.t.zeroKey, oldbucket * 8, oldbucket * 8 + 8);
      old.elems.fill(h.t.zeroElem, oldbucket * 8, oldbucket * 8 + 8);
      old.ovf[oldbucket] = null;
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
  if (useY === 0) {
    if (xi === 8) {
      newoverflow(h, xa!, xb);
      xa = newBucket.a;
      xb = newBucket.i;
      xi = 0;
    }
    moveTo(h, xa!, xb * 8 + xi++, top, a, s);
  } else {
    if (yi === 8) {
      newoverflow(h, ya!, yb);
      ya = newBucket.a;
      yb = newBucket.i;
      yi = 0;
    }
    moveTo(h, ya!, yb * 8 + yi++, top, a, s);
  }
}

// Go: typedmemmove of the key and elem into the destination slot (with its write barrier).
function moveTo(
  h: Hmap,
  dst: BucketArray,
  ds: number,
  top: number,
  src: BucketArray,
  ss: number,
): void {
  const t = h.t;
  dst.tophash[ds] = top;
  if (t.keyHasPointers) {
    writeBarrier(h.rt, dst.home, t.key, dst.keys[ds], src.keys[ss]);
  }
  dst.keys[ds] = src.keys[ss];
  if (t.elemHasPointers) {
    writeBarrier(h.rt, dst.home, t.elem, dst.elems[ds], src.elems[ss]);
  }
  dst.elems[ds] = src.elems[ss];
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
