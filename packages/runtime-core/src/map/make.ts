// Creating maps and buckets. Go: runtime/map.go makemap, makemap_small, makeBucketArray,
// newoverflow, incrnoverflow, createOverflow.
import type { GoRuntime } from '../go-runtime.ts';
import type { HeapObject } from '../heap.ts';
import { roundupsize } from '../size-classes.ts';
import { types } from '../types/constructors.ts';
import type { GoType } from '../types/go-type.ts';
import {
  Bmap,
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

/**
 * `make(map[K]V, hint)`: a map sized for `hint` entries. Negative hints and hints whose
 * buckets would not fit in memory are treated as 0, as Go does. Go: runtime/map.go makemap.
 */
export function makemap(rt: GoRuntime, t: GoType | MapType, hint: number | bigint = 0): Hmap {
  const mt = t instanceof MapType ? t : mapType(t);
  let n = typeof hint === 'bigint' ? hintFrom64(hint) : hint;
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

// Go: runtime/map.go makemap64 — a hint that does not fit an int is treated as 0.
function hintFrom64(hint: bigint): number {
  return hint < 0n || hint > BigInt(maxAlloc) ? -1 : Number(hint);
}

/**
 * `make(map[K]V)` or a hint known to be at most 8: the header only. Go: runtime/map.go
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
export function makeBucketArray(h: Hmap, b: number, dirty: Bmap[] | null): [Bmap[], number] {
  const t = h.t;
  const base = bucketShift(b);
  let nbuckets = base;
  if (b >= 4) {
    nbuckets += bucketShift(b - 4);
    const sz = t.bucketsize * nbuckets;
    const up = roundupsize(sz);
    if (up !== sz) {
      nbuckets = Math.floor(up / t.bucketsize);
    }
  }
  let buckets: Bmap[];
  if (dirty === null) {
    const home = h.rt.heap.alloc(t.bucket, nbuckets);
    buckets = Array.from(
      { length: nbuckets },
      (_, i) => new Bmap(t, home, home.addr + i * t.bucketsize),
    );
  } else {
    buckets = dirty;
    for (const bk of buckets) {
      clearBucket(t, bk);
    }
  }
  if (base === nbuckets) {
    return [buckets, -1];
  }
  // A preallocated overflow bucket with a nil overflow pointer means "more follow"; the last
  // one points back at the array start as a non-nil sentinel.
  buckets[nbuckets - 1]!.overflow = buckets[0]!;
  return [buckets, base];
}

function clearBucket(t: MapType, b: Bmap): void {
  b.tophash.fill(0);
  b.keys.fill(t.zeroKey);
  b.elems.fill(t.zeroElem);
  b.overflow = null;
}

/** A new overflow bucket chained after `b`. Go: runtime/map.go hmap.newoverflow. */
export function newoverflow(h: Hmap, b: Bmap): Bmap {
  const t = h.t;
  let ovf: Bmap;
  const next = h.extra?.nextOverflow ?? -1;
  if (h.extra && next >= 0) {
    ovf = h.buckets![next]!;
    if (ovf.overflow === null) {
      h.extra.nextOverflow = next + 1;
    } else {
      // The last preallocated bucket: clear its sentinel.
      ovf.overflow = null;
      h.extra.nextOverflow = -1;
    }
  } else {
    const home: HeapObject = h.rt.heap.alloc(t.bucket, 1);
    ovf = new Bmap(t, home, home.addr);
  }
  incrnoverflow(h);
  if (t.bucketPointerFree) {
    createOverflow(h).overflow!.push(ovf);
  }
  if (!t.bucketPointerFree) {
    writeBarrier(h.rt, b.home, types.unsafePointer, b.overflow, ovf);
  }
  b.overflow = ovf;
  return ovf;
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
  const mask = 2 ** (h.B - 15) - 1;
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
