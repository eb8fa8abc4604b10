// Incremental growth. Go: runtime/map.go hashGrow, growWork, evacuate, advanceEvacuationMark.
import { assert } from '../assert.ts';
import { out64 } from '../hash/uint64.ts';
import { types } from '../types/constructors.ts';
import {
  type Bmap,
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
} from './hmap.ts';
import { makeBucketArray, newoverflow, writeBarrier } from './make.ts';

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
  assert(h.B + bigger <= 30, 'map too large for the model');
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

// Evacuation destination: current bucket and next free slot, for the X (same index) and
// Y (index + newbit) halves.
let xb: Bmap | null = null,
  xi = 0,
  yb: Bmap | null = null,
  yi = 0;

/**
 * Moves the entries of one old bucket (and its overflow chain) into the new table, in slot
 * order, marking each old slot evacuatedX/evacuatedY/evacuatedEmpty. Go: runtime/map.go evacuate.
 */
export function evacuate(h: Hmap, oldbucket: number): void {
  const old = h.oldbuckets!;
  const newbit = h.noldbuckets();
  const first = old[oldbucket]!;
  if (!evacuated(first)) {
    xb = h.buckets![oldbucket]!;
    xi = 0;
    yb = h.isSameSizeGrow() ? null : h.buckets![oldbucket + newbit]!;
    yi = 0;
    for (let b: Bmap | null = first; b !== null; b = b.overflow) {
      for (let i = 0; i < 8; i++) {
        evacuateSlot(h, b, i, newbit);
      }
    }
    if ((h.flags & oldIterator) === 0 && !h.t.bucketPointerFree) {
      // Unlink the overflow buckets and clear keys and elems to help the collector; the
      // tophash keeps the evacuation state.
      first.keys.fill(h.t.zeroKey);
      first.elems.fill(h.t.zeroElem);
      first.overflow = null;
    }
  }
  if (oldbucket === h.nevacuate) {
    advanceEvacuationMark(h, newbit);
  }
}

function evacuateSlot(h: Hmap, b: Bmap, i: number, newbit: number): void {
  const t = h.t;
  let top = b.tophash[i]!;
  if (isEmpty(top)) {
    b.tophash[i] = evacuatedEmpty;
    return;
  }
  assert(top >= minTopHash, 'bad map state');
  const k = b.keys[i];
  let useY = 0;
  if (!h.isSameSizeGrow()) {
    // Compute the hash to decide whether the entry goes to X or Y.
    t.hasher(h.rt, k, 0, h.hash0);
    if ((h.flags & iterator) !== 0 && !t.reflexivekey && !t.keyEqual(k, k)) {
      // A NaN-like key hashes differently every time. An iterator must find it again, so the
      // choice follows the low bit of the old tophash, and it gets a fresh tophash.
      useY = top & 1;
      top = tophash(out64.hi);
    } else if ((out64.lo & newbit) !== 0) {
      useY = 1;
    }
  }
  b.tophash[i] = evacuatedX + useY;
  if (useY === 0) {
    if (xi === 8) {
      xb = newoverflow(h, xb!);
      xi = 0;
    }
    moveTo(h, xb!, xi++, top, b, i);
  } else {
    if (yi === 8) {
      yb = newoverflow(h, yb!);
      yi = 0;
    }
    moveTo(h, yb!, yi++, top, b, i);
  }
}

// Go: typedmemmove of the key and elem into the destination slot (with its write barrier).
function moveTo(h: Hmap, dst: Bmap, di: number, top: number, src: Bmap, si: number): void {
  const t = h.t;
  dst.tophash[di] = top;
  if (t.keyHasPointers) {
    writeBarrier(h.rt, dst.home, t.key, dst.keys[di], src.keys[si]);
  }
  dst.keys[di] = src.keys[si];
  if (t.elemHasPointers) {
    writeBarrier(h.rt, dst.home, t.elem, dst.elems[di], src.elems[si]);
  }
  dst.elems[di] = src.elems[si];
}

/**
 * Advances nevacuate past evacuated old buckets (looking at most 1024 ahead); when all are
 * done, drops the old table. Go: runtime/map.go advanceEvacuationMark.
 */
function advanceEvacuationMark(h: Hmap, newbit: number): void {
  h.nevacuate++;
  // Bound the scan: there may be a very long run of already-evacuated buckets.
  const stop = Math.min(h.nevacuate + 1024, newbit);
  while (h.nevacuate !== stop && evacuated(h.oldbuckets![h.nevacuate]!)) {
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
