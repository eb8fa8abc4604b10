// Creating maps and buckets. Go: runtime/map.go makemap, makemap_small, makeBucketArray,
// newoverflow, incrnoverflow, createOverflow.
import { GoFatalError } from '../errors.ts';
import type { GoRuntime } from '../go-runtime.ts';
import type { HeapObject } from '../heap.ts';
import { roundupsize } from '../size-classes.ts';
import { types } from '../types/constructors.ts';
import type { GoType } from '../types/go-type.ts';
import {
  BucketArray,
  Hmap,
  MapExtra,
  MapType,
  bucketShift,
  hmapType,
  mapType,
  overLoadFactor,
} from './hmap.ts';

/** The largest allocation Go allows on 64-bit Linux (Go: runtime/malloc.go maxAlloc). */
const maxAlloc = 2 ** 48;

/** The largest B the model builds: 2^30 buckets would not fit in any JavaScript heap. */
export const maxModelB = 30;

/**
 * `make(map[K]V, hint)`: a map sized for `hint` entries. Negative hints and hints whose
 * buckets would not fit in memory are treated as 0, as Go does. Go: runtime/map.go makemap
 * (and makemap64 for a hint that does not fit an int).
 */
export function makemap(rt: GoRuntime, t: GoType | MapType, hint: number | bigint = 0): Hmap {
  const mt = t instanceof MapType ? t : mapType(t);
  let n =
    typeof hint === 'bigint' ? (hint < 0n || hint > BigInt(maxAlloc) ? 0 : Number(hint)) : hint;
  // mem, overflow := math.MulUintptr(uintptr(hint), t.bucket.size): negative hints overflow.
  if (n < 0 || n * mt.bucketsize > maxAlloc) {
    n = 0;
  }
  const h = new Hmap(mt, rt, rt.heap.alloc(hmapType, 1));
  h.hash0 = rt.fastrand();
  let B = 0;
  while (overLoadFactor(n, B)) {
    B++;
  }
  if (B > maxModelB) {
    throw new GoFatalError(
      `runtime: out of memory: make(map) with ${n} entries needs 2^${B} buckets`,
    );
  }
  h.B = B;
  // With B == 0 the buckets are allocated lazily, by the first mapassign.
  if (B !== 0) {
    const [buckets, nextOverflow] = makeBucketArray(h, B, null);
    h.buckets = buckets;
    if (nextOverflow >= 0) {
      h.extra = new MapExtra();
      h.extra.nextOverflow = nextOverflow;
    }
  }
  return h;
}

/**
 * `make(map[K]V)`, or a hint known to be at most 8: the header only. Go: runtime/map.go
 * makemap_small.
 */
export function makemapSmall(rt: GoRuntime, t: GoType | MapType): Hmap {
  const mt = t instanceof MapType ? t : mapType(t);
  const h = new Hmap(mt, rt, rt.heap.alloc(hmapType, 1));
  h.hash0 = rt.fastrand();
  return h;
}

/**
 * A bucket array for 2^b buckets, plus, from b = 4 on, preallocated overflow buckets filling
 * the allocation's size class. Reuses (and clears) `dirty` when given. Returns the array and
 * the index of the first preallocated overflow bucket (-1 when there is none).
 * Go: runtime/map.go makeBucketArray.
 */
export function makeBucketArray(
  h: Hmap,
  b: number,
  dirty: BucketArray | null,
): [BucketArray, number] {
  const t = h.t;
  const base = bucketShift(b);
  let nbuckets = base;
  if (b >= 4) {
    // Add on the estimated number of overflow buckets required to insert the median number
    // of elements used with this value of b.
    nbuckets += bucketShift(b - 4);
    const sz = t.bucketsize * nbuckets;
    const up = roundupsize(sz);
    if (up !== sz) {
      nbuckets = Math.floor(up / t.bucketsize);
    }
  }
  let buckets: BucketArray;
  if (dirty === null) {
    buckets = new BucketArray(t, h.rt.heap.alloc(t.bucket, nbuckets), nbuckets);
  } else {
    buckets = dirty;
    for (let i = 0; i < nbuckets; i++) {
      clearBucket(h, buckets, i);
    }
    buckets.tophash.fill(0);
    buckets.ovfIdx.fill(0);
  }
  if (base === nbuckets) {
    return [buckets, -1];
  }
  // A preallocated overflow bucket with a nil overflow pointer means "more follow"; the last
  // one points back at the array start as a non-nil sentinel.
  buckets.ovf[nbuckets - 1] = buckets;
  buckets.ovfIdx[nbuckets - 1] = 0;
  return [buckets, base];
}

/** Where {@link newoverflow} put the new bucket: its array and index. */
export const newBucket: { a: BucketArray | null; i: number } = { a: null, i: 0 };

/**
 * A new overflow bucket chained after bucket i of a, into {@link newBucket}: the next
 * preallocated one if any, else a new allocation. Go: runtime/map.go hmap.newoverflow.
 */
export function newoverflow(h: Hmap, a: BucketArray, i: number): void {
  const t = h.t;
  const next = h.extra?.nextOverflow ?? -1;
  let oa: BucketArray, oi: number;
  if (next >= 0) {
    oa = h.buckets!;
    oi = next;
    if (oa.ovf[oi] === null) {
      h.extra!.nextOverflow = next + 1;
    } else {
      // The last preallocated bucket: clear its sentinel.
      oa.ovf[oi] = null;
      h.extra!.nextOverflow = -1;
    }
  } else {
    const home: HeapObject = h.rt.heap.alloc(t.bucket, 1);
    oa = new BucketArray(t, home, 1);
    oi = 0;
  }
  incrnoverflow(h);
  if (t.bucketPointerFree) {
    createOverflow(h).overflow!.push(oa);
  } else {
    writeBarrier(h.rt, a.home, types.unsafePointer, a.ovf[i], oa);
  }
  a.ovf[i] = oa;
  a.ovfIdx[i] = oi;
  newBucket.a = oa;
  newBucket.i = oi;
}

/**
 * Counts an overflow bucket: exactly below B = 16, then with probability 1/2^(B-15), so the
 * uint16 stays meaningful for huge maps. Go: runtime/map.go hmap.incrnoverflow.
 */
export function incrnoverflow(h: Hmap): void {
  if (h.B < 16) {
    h.noverflow = (h.noverflow + 1) & 0xffff;
    return;
  }
  const mask = bucketShift(h.B - 15) - 1;
  if ((h.rt.fastrand() & mask) === 0) {
    h.noverflow = (h.noverflow + 1) & 0xffff;
  }
}

/** Go: runtime/map.go hmap.createOverflow. */
export function createOverflow(h: Hmap): MapExtra {
  h.extra ??= new MapExtra();
  h.extra.overflow ??= [];
  return h.extra;
}

/** Reports a store into a slot holding pointers to the heap's write barrier, if it is on. */
export function writeBarrier(
  rt: GoRuntime,
  holder: HeapObject,
  type: GoType,
  old: unknown,
  nw: unknown,
): void {
  const wb = rt.heap.writeBarrier;
  if (wb !== null) {
    wb(holder, type, old, nw);
  }
}

/**
 * Stores a key or elem into slot s of a bucket array (Go: typedmemmove into the slot), telling
 * the write barrier when the slot's type holds pointers.
 */
export function storeSlot(
  h: Hmap,
  a: BucketArray,
  slots: unknown[],
  s: number,
  type: GoType,
  pointers: boolean,
  v: unknown,
): void {
  if (pointers) {
    writeBarrier(h.rt, a.home, type, slots[s], v);
  }
  slots[s] = v;
}

/**
 * Clears bucket i's keys, elems and overflow link (the tophash stays). Go: memclrHasPointers,
 * whose bulk barrier shades every pointer it removes while a collection is marking.
 */
export function clearBucket(h: Hmap, a: BucketArray, i: number): void {
  const t = h.t;
  const barrier = h.rt.heap.writeBarrier !== null && !t.bucketPointerFree;
  for (let s = i * 8; s < i * 8 + 8; s++) {
    if (barrier) {
      storeSlot(h, a, a.keys, s, t.key, t.keyHasPointers, t.zeroKey);
      storeSlot(h, a, a.elems, s, t.elem, t.elemHasPointers, t.zeroElem);
    } else {
      a.keys[s] = t.zeroKey;
      a.elems[s] = t.zeroElem;
    }
  }
  if (barrier) {
    writeBarrier(h.rt, a.home, types.unsafePointer, a.ovf[i], null);
  }
  a.ovf[i] = null;
}
