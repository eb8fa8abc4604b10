// Map writes. Go: runtime/map.go mapassign (and the _fast32/_fast64/_faststr variants).
import { nilMapWrite } from '../errors.ts';
import type { GoRuntime } from '../go-runtime.ts';
import { H_HI, H_LO, reg } from '../hash/uint64.ts';
import { MapOp } from '../sched-hook.ts';
import { types } from '../types/constructors.ts';
import { copyValue } from '../types/zero.ts';
import { hashKey } from './access.ts';
import { hashGrow, growWork } from './grow.ts';
import {
  BucketArray,
  type Hmap,
  type MapType,
  bucketShift,
  emptyRest,
  isEmpty,
  overLoadFactor,
  tooManyOverflowBuckets,
  tophash,
  nextArray,
} from './hmap.ts';
import { newBucket, newoverflow, storeSlot, writeBarrier } from './make.ts';
import { checkNotWriting, closeWindow, openWindow } from './write-window.ts';

// The slot mapassign settled on (Go returns a pointer to the elem).
let slotA: BucketArray | null = null;
let slotS = 0;

/**
 * `m[key] = elem`. A nil map panics with Go's "assignment to entry in nil map"; a write that
 * overlaps another write is Go's fatal "concurrent map writes". Growth starts here, before a
 * new key is inserted, and every write while growing evacuates up to two old buckets.
 * Go: runtime/map.go mapassign; the elem is stored after the window closes, as the compiled
 * code stores through the pointer mapassign returns.
 */
export function mapassign(
  rt: GoRuntime,
  t: MapType,
  h: Hmap | null,
  key: unknown,
  elem: unknown,
): void {
  if (h === null) {
    throw nilMapWrite();
  }
  checkNotWriting(rt, h, MapOp.Assign);
  hashKey(h, key);
  const hi = reg[H_HI]!,
    lo = reg[H_LO]!;
  openWindow(rt, h, MapOp.Assign);
  assignInWindow(h, key, hi, lo);
  closeWindow(rt, h, MapOp.Assign);
  storeAssigned(h, elem);
}

/**
 * The part of mapassign inside the hashWriting window, for a key hashed to (hi, lo): finds or
 * makes the key's slot, growing first when needed. Exported for schedulers that stop inside the
 * window; {@link storeAssigned} then stores the elem.
 */
export function assignInWindow(h: Hmap, key: unknown, hi: number, lo: number): void {
  const t = h.t;
  if (h.buckets === null) {
    const home = h.rt.heap.alloc(t.bucket, 1);
    writeBarrier(h.rt, h.home, types.unsafePointer, null, home);
    h.buckets = new BucketArray(t, home, 1);
  }
  while (!place(h, key, hi, lo)) {
    hashGrow(h); // growing invalidates everything: try again
  }
}

/** Stores the elem in the slot the last {@link assignInWindow} settled on. */
export function storeAssigned(h: Hmap, elem: unknown): void {
  storeElem(h, slotA!, slotS, elem);
}

/** Where mapassign put a key's elem: the pointer it returns to the compiled code. */
export interface ElemSlot {
  readonly a: BucketArray;
  readonly s: number;
}

/**
 * The slot the last {@link assignInWindow} settled on, to update through later (`m[k] op= v`
 * compiles to one mapassign and a read and write through the pointer it returns).
 */
export function assignedSlot(): ElemSlot {
  return { a: slotA!, s: slotS };
}

/** `*p` for a slot mapassign returned. */
export function loadThrough(slot: ElemSlot): unknown {
  return slot.a.elems[slot.s];
}

/**
 * `*p = elem` for a slot mapassign returned. Should the map have grown in between, the slot
 * is in an old bucket whose contents were already copied: the store is lost, as in Go.
 */
export function storeThrough(h: Hmap, slot: ElemSlot, elem: unknown): void {
  storeElem(h, slot.a, slot.s, elem);
}

/** One attempt at placing `key`; false when the table must grow first. */
function place(h: Hmap, key: unknown, hi: number, lo: number): boolean {
  const t = h.t;
  const bucket = lo & (bucketShift(h.B) - 1);
  if (h.growing()) {
    growWork(h, bucket);
  }
  let a = h.buckets!,
    i = bucket;
  const top = tophash(hi);
  let insA: BucketArray | null = null,
    insS = 0;
  search: for (;;) {
    for (let s = i * 8, end = s + 8; s < end; s++) {
      const x = a.tophash[s]!;
      if (x !== top) {
        if (isEmpty(x) && insA === null) {
          insA = a;
          insS = s;
        }
        if (x === emptyRest) {
          break search;
        }
        continue;
      }
      const k = a.keys[s];
      if (t.keyStrict ? k !== key : !t.keyEqual(key, k)) {
        continue;
      }
      if (t.needkeyupdate) {
        storeKey(h, a, s, key); // e.g. +0 replaced by -0
      }
      slotA = a;
      slotS = s;
      return true;
    }
    const next = nextArray(a, i);
    if (next === null) {
      break;
    }
    i = a.ovfIdx[i]!;
    a = next;
  }
  // A new key. Past the load factor or with too many overflow buckets, grow first.
  if (
    !h.growing() &&
    (overLoadFactor(h.count + 1, h.B) || tooManyOverflowBuckets(h.noverflow, h.B))
  ) {
    return false;
  }
  if (insA === null) {
    newoverflow(h, a, i);
    insA = newBucket.a!;
    insS = newBucket.i * 8;
  }
  if (t.indirectkey) {
    h.rt.heap.alloc(t.key, 1);
  }
  if (t.indirectelem) {
    h.rt.heap.alloc(t.elem, 1);
  }
  storeKey(h, insA, insS, key);
  insA.tophash[insS] = top;
  h.count++;
  slotA = insA;
  slotS = insS;
  return true;
}

function storeKey(h: Hmap, a: BucketArray, s: number, key: unknown): void {
  const t = h.t;
  storeSlot(h, a, a.keys, s, t.key, t.keyHasPointers, t.copyKey ? copyValue(t.key, key) : key);
}

function storeElem(h: Hmap, a: BucketArray, s: number, elem: unknown): void {
  const t = h.t;
  storeSlot(
    h,
    a,
    a.elems,
    s,
    t.elem,
    t.elemHasPointers,
    t.copyElem ? copyValue(t.elem, elem) : elem,
  );
}
