// Map writes. Go: runtime/map.go mapassign (and the _fast32/_fast64/_faststr variants).
import type { GoRuntime } from '../go-runtime.ts';
import { nilMapWrite } from '../errors.ts';
import { out64 } from '../hash/uint64.ts';
import { MapOp } from '../sched-hook.ts';
import { types } from '../types/constructors.ts';
import { copyValue } from '../types/zero.ts';
import { hashGrow, growWork } from './grow.ts';
import {
  Bmap,
  type Hmap,
  type MapType,
  bucketShift,
  emptyRest,
  isEmpty,
  overLoadFactor,
  tooManyOverflowBuckets,
  tophash,
} from './hmap.ts';
import { newoverflow, writeBarrier } from './make.ts';
import { checkNotWriting, closeWindow, openWindow } from './write-window.ts';

// The slot mapassign settled on (Go returns a pointer to the elem).
let slotB: Bmap | null = null;
let slotI = 0;

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
  t.hasher(rt, key, 0, h.hash0);
  const hi = out64.hi,
    lo = out64.lo;
  openWindow(rt, h, MapOp.Assign);
  if (h.buckets === null) {
    const home = rt.heap.alloc(t.bucket, 1);
    writeBarrier(rt, h.home, types.unsafePointer, null, home);
    h.buckets = [new Bmap(t, home, home.addr)];
  }
  while (!place(h, key, hi, lo)) {
    hashGrow(h); // growing invalidates everything: try again
  }
  closeWindow(rt, h, MapOp.Assign);
  storeElem(h, slotB!, slotI, elem);
}

/** One attempt at placing `key`; false when the table must grow first. */
function place(h: Hmap, key: unknown, hi: number, lo: number): boolean {
  const t = h.t;
  const bucket = lo & (bucketShift(h.B) - 1);
  if (h.growing()) {
    growWork(h, bucket);
  }
  let b = h.buckets![bucket]!;
  const top = tophash(hi);
  let insB: Bmap | null = null,
    insI = 0;
  search: for (;;) {
    for (let i = 0; i < 8; i++) {
      const x = b.tophash[i]!;
      if (x !== top) {
        if (isEmpty(x) && insB === null) {
          insB = b;
          insI = i;
        }
        if (x === emptyRest) {
          break search;
        }
        continue;
      }
      const k = b.keys[i];
      if (t.keyStrict ? k !== key : !t.keyEqual(key, k)) {
        continue;
      }
      if (t.needkeyupdate) {
        storeKey(h, b, i, key); // e.g. +0 replaced by -0
      }
      slotB = b;
      slotI = i;
      return true;
    }
    if (b.overflow === null) {
      break;
    }
    b = b.overflow;
  }
  // A new key. Past the load factor or with too many overflow buckets, grow first.
  if (
    !h.growing() &&
    (overLoadFactor(h.count + 1, h.B) || tooManyOverflowBuckets(h.noverflow, h.B))
  ) {
    return false;
  }
  if (insB === null) {
    insB = newoverflow(h, b);
    insI = 0;
  }
  if (t.indirectkey) {
    h.rt.heap.alloc(t.key, 1);
  }
  if (t.indirectelem) {
    h.rt.heap.alloc(t.elem, 1);
  }
  storeKey(h, insB, insI, key);
  insB.tophash[insI] = top;
  h.count++;
  slotB = insB;
  slotI = insI;
  return true;
}

function storeKey(h: Hmap, b: Bmap, i: number, key: unknown): void {
  const t = h.t;
  const v = t.copyKey ? copyValue(t.key, key) : key;
  if (t.keyHasPointers) {
    writeBarrier(h.rt, b.home, t.key, b.keys[i], v);
  }
  b.keys[i] = v;
}

function storeElem(h: Hmap, b: Bmap, i: number, elem: unknown): void {
  const t = h.t;
  const v = t.copyElem ? copyValue(t.elem, elem) : elem;
  if (t.elemHasPointers) {
    writeBarrier(h.rt, b.home, t.elem, b.elems[i], v);
  }
  b.elems[i] = v;
}
