// Map deletes. Go: runtime/map.go mapdelete (and the _fast32/_fast64/_faststr variants).
import type { GoRuntime } from '../go-runtime.ts';
import { out64 } from '../hash/uint64.ts';
import { MapOp } from '../sched-hook.ts';
import { growWork } from './grow.ts';
import {
  type Bmap,
  type Hmap,
  type MapType,
  bucketShift,
  emptyOne,
  emptyRest,
  tophash,
} from './hmap.ts';
import { checkNotWriting, closeWindow, openWindow } from './write-window.ts';

/**
 * `delete(m, key)`. Clears the slot (the key only when it holds pointers, the elem always),
 * marks it emptyOne and turns a trailing run of empty slots into emptyRest. When the map
 * becomes empty its seed is redrawn (Go issue 25237). Go: runtime/map.go mapdelete.
 */
export function mapdelete(rt: GoRuntime, t: MapType, h: Hmap | null, key: unknown): void {
  if (h === null || h.count === 0) {
    if (t.hashMightPanic) {
      t.hasher(rt, key, 0, 0); // an unhashable key panics even here (Go issue 23734)
    }
    return;
  }
  checkNotWriting(rt, h, MapOp.Delete);
  t.hasher(rt, key, 0, h.hash0);
  const hi = out64.hi,
    lo = out64.lo;
  openWindow(rt, h, MapOp.Delete);
  const bucket = lo & (bucketShift(h.B) - 1);
  if (h.growing()) {
    growWork(h, bucket);
  }
  removeFrom(h, h.buckets![bucket]!, tophash(hi), key);
  closeWindow(rt, h, MapOp.Delete);
}

function removeFrom(h: Hmap, bOrig: Bmap, top: number, key: unknown): void {
  const t = h.t;
  for (let b: Bmap | null = bOrig; b !== null; b = b.overflow) {
    for (let i = 0; i < 8; i++) {
      const x = b.tophash[i];
      if (x !== top) {
        if (x === emptyRest) {
          return;
        }
        continue;
      }
      if (t.keyStrict ? b.keys[i] !== key : !t.keyEqual(key, b.keys[i])) {
        continue;
      }
      clearSlot(t, b, i);
      b.tophash[i] = emptyOne;
      if (!hasLiveSuccessor(b, i)) {
        markEmptyRest(bOrig, b, i);
      }
      h.count--;
      if (h.count === 0) {
        // Reset the hash seed to make it more difficult for attackers to repeatedly trigger
        // hash collisions (Go issue 25237).
        h.hash0 = h.rt.fastrand();
      }
      return;
    }
  }
}

function clearSlot(t: MapType, b: Bmap, i: number): void {
  if (t.indirectkey || t.keyHasPointers) {
    b.keys[i] = t.zeroKey;
  }
  b.elems[i] = t.zeroElem;
}

// Whether the slot after (b, i) — in this bucket or the next in the chain — is not emptyRest.
function hasLiveSuccessor(b: Bmap, i: number): boolean {
  if (i === 7) {
    return b.overflow !== null && b.overflow.tophash[0] !== emptyRest;
  }
  return b.tophash[i + 1] !== emptyRest;
}

// Walks back from (b, i) turning emptyOne slots into emptyRest, across the chain.
function markEmptyRest(bOrig: Bmap, b: Bmap, i: number): void {
  for (;;) {
    b.tophash[i] = emptyRest;
    if (i === 0) {
      if (b === bOrig) {
        return; // beginning of initial bucket, we're done
      }
      // Find the previous bucket: walk from the chain's head.
      const c = b;
      for (b = bOrig; b.overflow !== c; b = b.overflow!) {
        // walking
      }
      i = 7;
    } else {
      i--;
    }
    if (b.tophash[i] !== emptyOne) {
      return;
    }
  }
}
