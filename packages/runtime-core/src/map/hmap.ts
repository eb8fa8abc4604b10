// The classic Go map's data structures and constants, as Go 1.19–1.23 lay them out.
// Go: runtime/map.go (hmap, mapextra, bmap, the tophash sentinels and flags).
import type { GoRuntime } from '../go-runtime.ts';
import type { HeapObject } from '../heap.ts';
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

/** A bucket: 8 tophash bytes, 8 keys, 8 elems, the overflow pointer. Go: runtime/map.go bmap. */
export class Bmap implements Addressed {
  readonly tophash: Uint8Array = new Uint8Array(bucketCnt);
  readonly keys: unknown[];
  readonly elems: unknown[];
  overflow: Bmap | null = null;
  /** The allocation this bucket lives in (a bucket array, or itself for an overflow bucket). */
  readonly home: HeapObject;
  readonly addr: number;

  constructor(t: MapType, home: HeapObject, addr: number) {
    this.home = home;
    this.addr = addr;
    // Array literals, not new Array(8): V8 keeps them packed, which makes slot reads cheaper.
    const k = t.zeroKey,
      e = t.zeroElem;
    this.keys = [k, k, k, k, k, k, k, k];
    this.elems = [e, e, e, e, e, e, e, e];
  }
}

/** Go: runtime/map.go mapextra. `nextOverflow` is an index into hmap.buckets, or -1 for nil. */
export class MapExtra {
  overflow: Bmap[] | null = null;
  oldoverflow: Bmap[] | null = null;
  nextOverflow = -1;
}

/** A Go map header. Go: runtime/map.go hmap. A nil map is `null`, never an Hmap. */
export class Hmap implements Addressed {
  count = 0;
  flags = 0;
  B = 0;
  noverflow = 0;
  hash0 = 0;
  buckets: Bmap[] | null = null;
  oldbuckets: Bmap[] | null = null;
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

/** Whether the bucket has been evacuated. Go: evacuated. */
export function evacuated(b: Bmap): boolean {
  const h = b.tophash[0]!;
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
