// The classic Go map's data structures and constants, as Go 1.19–1.23 lay them out.
// Go: runtime/map.go (hmap, mapextra, bmap, the tophash sentinels and flags).
import type { GoRuntime } from '../go-runtime.ts';
import type { HeapObject, Traceable } from '../heap.ts';
import { forEachPointer } from '../types/pointers.ts';
import type { HashFn } from '../types/alg.ts';
import { structOf, types, arrayOf, pointerTo } from '../types/constructors.ts';
import type { GoType } from '../types/go-type.ts';
import { Kind } from '../types/kind.ts';
import type { Addressed } from '../types/values.ts';
import { isAggregate, zeroValue } from '../types/zero.ts';
import { assert } from '../assert.ts';

/** Slots per bucket (Go: bucketCnt). */
export const bucketCnt = 8;
/** Go: loadFactorNum / loadFactorDen = 6.5 entries per bucket on average. */
export const loadFactorNum = 13;
export const loadFactorDen = 2;
/** Keys and elems larger than this are stored indirectly. Go: maxKeySize, maxElemSize. */
export const maxKeySize = 128;
export const maxElemSize = 128;

// Possible tophash values. Go: runtime/map.go.
/** This slot and every higher slot (and overflow bucket) is empty. */
export const emptyRest = 0;
/** This slot is empty. */
export const emptyOne = 1;
/** Entry evacuated to the first half of the larger table. */
export const evacuatedX = 2;
/** Entry evacuated to the second half of the larger table. */
export const evacuatedY = 3;
/** Slot empty, bucket evacuated. */
export const evacuatedEmpty = 4;
/** Smallest tophash of a filled slot. */
export const minTopHash = 5;

// Flags. Go: runtime/map.go.
/** There may be an iterator using buckets. */
export const iterator = 1;
/** There may be an iterator using oldbuckets. */
export const oldIterator = 2;
/** A goroutine is writing to the map. */
export const hashWriting = 4;
/** The current map growth is to a new map of the same size. */
export const sameSizeGrow = 8;

/**
 * The compiler's view of a map type (Go: runtime/type.go maptype, built by
 * cmd/compile/internal/reflectdata MapBucketType).
 */
export class MapType {
  readonly bucket: GoType;
  readonly hasher: HashFn;
  readonly keyEqual: (a: unknown, b: unknown) => boolean;
  /** `===` is the key type's == (integers, strings, floats, bools). */
  readonly keyStrict: boolean;
  readonly indirectkey: boolean;
  readonly indirectelem: boolean;
  readonly reflexivekey: boolean;
  readonly needkeyupdate: boolean;
  readonly hashMightPanic: boolean;
  readonly zeroKey: unknown;
  readonly zeroElem: unknown;
  /** Keys / elems are arrays or structs, copied on the way in. */
  readonly copyKey: boolean;
  readonly copyElem: boolean;
  /** Whether keys / elems hold pointers (deletes clear them; evacuation clears old buckets). */
  readonly keyHasPointers: boolean;
  readonly elemHasPointers: boolean;
  readonly key: GoType;
  readonly elem: GoType;

  constructor(key: GoType, elem: GoType) {
    this.key = key;
    this.elem = elem;
    const alg = key.alg;
    assert(alg !== null, `invalid map key type ${key.name}`);
    this.indirectkey = key.size > maxKeySize;
    this.indirectelem = elem.size > maxElemSize;
    const slotKey = this.indirectkey ? pointerTo(key) : key;
    const slotElem = this.indirectelem ? pointerTo(elem) : elem;
    const ovf =
      slotKey.ptrdata === 0 && slotElem.ptrdata === 0 ? types.uintptr : types.unsafePointer;
    this.bucket = structOf([
      { name: 'topbits', type: arrayOf(bucketCnt, types.uint8) },
      { name: 'keys', type: arrayOf(bucketCnt, slotKey) },
      { name: 'elems', type: arrayOf(bucketCnt, slotElem) },
      { name: 'overflow', type: ovf },
    ]);
    this.hasher = alg.hash;
    this.keyEqual = alg.equal;
    this.keyStrict = alg.strictEqual;
    this.reflexivekey = alg.reflexive;
    this.needkeyupdate = alg.needKeyUpdate;
    this.hashMightPanic = alg.hashMightPanic;
    this.zeroKey = zeroValue(key);
    this.zeroElem = zeroValue(elem);
    this.copyKey = isAggregate(key);
    this.copyElem = isAggregate(elem);
    this.keyHasPointers = slotKey.ptrdata !== 0;
    this.elemHasPointers = slotElem.ptrdata !== 0;
  }

  /** The bucket type holds no pointers, so overflow buckets are kept alive via mapextra. */
  get bucketPointerFree(): boolean {
    return this.bucket.ptrdata === 0;
  }

  /** Size of one bucket in bytes (Go: maptype.bucketsize). */
  get bucketsize(): number {
    return this.bucket.size;
  }
}

const mapTypes = new WeakMap<GoType, MapType>();

/** The MapType of a Go map type (`map[K]V`). */
export function mapType(t: GoType): MapType {
  assert(t.kind === Kind.Map, `${t.name} is not a map type`);
  let mt = mapTypes.get(t);
  if (!mt) {
    mt = new MapType(t.key!, t.elem!);
    mapTypes.set(t, mt);
  }
  return mt;
}

/**
 * A bucket array: `n` buckets of 8 slots, stored flat (slot j of bucket i is at i*8+j) so a
 * lookup touches as few cache lines as Go's does. Go allocates the array in one piece
 * (newarray(t.bucket, n)); an overflow bucket allocated on its own is an array of one.
 * A bucket is named by its array and index; Go: runtime/map.go bmap.
 */
export class BucketArray implements Traceable {
  /** tophash bytes of every slot. */
  readonly tophash: Uint8Array;
  readonly keys: unknown[];
  readonly elems: unknown[];
  /** Overflow pointer of each bucket: the array holding the next bucket (or null) … */
  readonly ovf: (BucketArray | null)[];
  /** … and its index there. */
  readonly ovfIdx: Int32Array;
  /** The allocation (Go: the bucket array's memory). */
  readonly home: HeapObject;
  readonly n: number;

  readonly #t: MapType;

  constructor(t: MapType, home: HeapObject, n: number) {
    this.#t = t;
    this.home = home;
    home.content = this;
    this.n = n;
    this.tophash = new Uint8Array(n * bucketCnt);
    this.keys = filled(n * bucketCnt, t.zeroKey);
    this.elems = filled(n * bucketCnt, t.zeroElem);
    this.ovf = filled(n, null);
    this.ovfIdx = new Int32Array(n);
  }

  /**
   * What the collector finds in this memory: the overflow links (only when the bucket type
   * holds pointers: otherwise they are uintptrs, kept alive through mapextra) and the pointers
   * in every key and elem slot, stale ones included. Go: the bucket type's gcdata.
   */
  trace(visit: (target: HeapObject) => void): void {
    const t = this.#t;
    if (t.bucketPointerFree) {
      return;
    }
    for (const o of this.ovf) {
      if (o !== null) {
        visit(o.home);
      }
    }
    if (t.keyHasPointers) {
      for (const k of this.keys) {
        forEachPointer(t.key, k, visit);
      }
    }
    if (t.elemHasPointers) {
      for (const e of this.elems) {
        forEachPointer(t.elem, e, visit);
      }
    }
  }

  /** The address of bucket i. */
  addr(t: MapType, i: number): number {
    return this.home.addr + i * t.bucketsize;
  }
}

/** The array holding the bucket after bucket i of a in its chain, or null (Go: b.overflow). */
export function nextArray(a: BucketArray, i: number): BucketArray | null {
  return a.ovf[i] as BucketArray | null;
}

// A packed (not holey) array: V8 reads those faster than `new Array(n).fill(v)`.
function filled<T>(n: number, v: T): T[] {
  const a: T[] = [];
  for (let i = 0; i < n; i++) {
    a.push(v);
  }
  return a;
}

/** Go: runtime/map.go mapextra. `nextOverflow` is an index into hmap.buckets, or -1 for nil. */
export class MapExtra {
  /** Overflow buckets of h.buckets / h.oldbuckets, kept alive when buckets hold no pointers. */
  overflow: BucketArray[] | null = null;
  oldoverflow: BucketArray[] | null = null;
  nextOverflow = -1;
}

/** A Go map header. Go: runtime/map.go hmap. A nil map is `null`, never an Hmap. */
export class Hmap implements Addressed, Traceable {
  count = 0;
  flags = 0;
  B = 0;
  noverflow = 0;
  hash0 = 0;
  buckets: BucketArray | null = null;
  oldbuckets: BucketArray | null = null;
  nevacuate = 0;
  extra: MapExtra | null = null;
  readonly t: MapType;
  readonly rt: GoRuntime;
  /** The hmap's own allocation. */
  readonly home: HeapObject;

  constructor(t: MapType, rt: GoRuntime, home: HeapObject) {
    this.t = t;
    this.rt = rt;
    this.home = home;
    home.content = this;
  }

  /**
   * What the collector finds in the header: buckets, oldbuckets and (through mapextra) the
   * overflow buckets of pointer-free bucket types. Go: hmap's gcdata (buckets, oldbuckets,
   * extra are pointers; nevacuate is not).
   */
  trace(visit: (target: HeapObject) => void): void {
    if (this.buckets !== null) {
      visit(this.buckets.home);
    }
    if (this.oldbuckets !== null) {
      visit(this.oldbuckets.home);
    }
    for (const a of [...(this.extra?.overflow ?? []), ...(this.extra?.oldoverflow ?? [])]) {
      visit(a.home);
    }
  }

  get addr(): number {
    return this.home.addr;
  }

  /** Go: hmap.growing. */
  growing(): boolean {
    return this.oldbuckets !== null;
  }

  /** Go: hmap.sameSizeGrow. */
  isSameSizeGrow(): boolean {
    return (this.flags & sameSizeGrow) !== 0;
  }

  /** Number of buckets before the current growth began. Go: hmap.noldbuckets. */
  noldbuckets(): number {
    let oldB = this.B;
    if (!this.isSameSizeGrow()) {
      oldB--;
    }
    return bucketShift(oldB);
  }

  /** Go: hmap.oldbucketmask. */
  oldbucketmask(): number {
    return this.noldbuckets() - 1;
  }
}

/** The type of the hmap header allocation (48 bytes). */
export const hmapType: GoType = structOf([
  { name: 'count', type: types.int },
  { name: 'flags', type: types.uint8 },
  { name: 'B', type: types.uint8 },
  { name: 'noverflow', type: types.uint16 },
  { name: 'hash0', type: types.uint32 },
  { name: 'buckets', type: types.unsafePointer },
  { name: 'oldbuckets', type: types.unsafePointer },
  { name: 'nevacuate', type: types.uintptr },
  { name: 'extra', type: types.unsafePointer },
]);

/** 1<<b. Go: bucketShift. B stays below 31: no map that large fits in the model's heap. */
export function bucketShift(b: number): number {
  return 1 << b;
}

/** Go: isEmpty. */
export function isEmpty(x: number): boolean {
  return x <= emptyOne;
}

/** Whether bucket i of a has been evacuated. Go: evacuated. */
export function evacuated(a: BucketArray, i: number): boolean {
  const h = a.tophash[i * bucketCnt]!;
  return h > emptyOne && h < minTopHash;
}

/** Whether count entries in 2^B buckets exceed the load factor. Go: overLoadFactor. */
export function overLoadFactor(count: number, B: number): boolean {
  return count > bucketCnt && count > loadFactorNum * Math.floor(bucketShift(B) / loadFactorDen);
}

/** Go: tooManyOverflowBuckets. */
export function tooManyOverflowBuckets(noverflow: number, B: number): boolean {
  return noverflow >= bucketShift(Math.min(B, 15));
}

/** The top byte of a 64-bit hash (its high half here), lifted above the sentinels. Go: tophash. */
export function tophash(hashHi: number): number {
  const top = hashHi >>> 24;
  return top < minTopHash ? top + minTopHash : top;
}
