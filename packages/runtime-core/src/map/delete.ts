// Map deletes. Go: runtime/map.go mapdelete (and the _fast32/_fast64/_faststr variants).
import type { GoRuntime } from '../go-runtime.ts';
import { H_HI, H_LO, reg } from '../hash/uint64.ts';
import { MapOp } from '../sched-hook.ts';
import { checkHashable, hashKey } from './access.ts';
import { growWork } from './grow.ts';
import {
  type BucketArray,
  type Hmap,
  type MapType,
  bucketShift,
  emptyOne,
  emptyRest,
  tophash,
  nextArray,
} from './hmap.ts';
import { storeSlot } from './make.ts';
import { checkNotWriting, closeWindow, openWindow } from './write-window.ts';

/**
 * `delete(m, key)`. Clears the slot (the key only when it holds pointers, the elem always),
 * marks it emptyOne and turns a trailing run of empty slots into emptyRest. When the map
 * becomes empty its seed is redrawn (Go issue 25237). Go: runtime/map.go mapdelete.
 */
export function mapdelete(rt: GoRuntime, t: MapType, h: Hmap | null, key: unknown): void {
  if (h === null || h.count === 0) {
    checkHashable(rt, t, key);
    return;
  }
  checkNotWriting(rt, h, MapOp.Delete);
  hashKey(h, key);
  const hi = reg[H_HI]!,
    lo = reg[H_LO]!;
  openWindow(rt, h, MapOp.Delete);
  deleteInWindow(h, key, hi, lo);
  closeWindow(rt, h, MapOp.Delete);
}

/** The part of mapdelete inside the hashWriting window, for a key hashed to (hi, lo). */
export function deleteInWindow(h: Hmap, key: unknown, hi: number, lo: number): void {
  const bucket = lo & (bucketShift(h.B) - 1);
  if (h.growing()) {
    growWork(h, bucket);
  }
  removeFrom(h, bucket, tophash(hi), key);
}

function removeFrom(h: Hmap, bucket: number, top: number, key: unknown): void {
  const t = h.t;
  for (let a: BucketArray | null = h.buckets, i = bucket; a !== null;) {
    for (let s = i * 8, end = s + 8; s < end; s++) {
      const x = a.tophash[s];
      if (x !== top) {
        if (x === emptyRest) {
          return;
        }
        continue;
      }
      if (t.keyStrict ? a.keys[s] !== key : !t.keyEqual(key, a.keys[s])) {
        continue;
      }
      // Go: memclrHasPointers, whose bulk barrier shades the pointers it removes.
      if (t.indirectkey || t.keyHasPointers) {
        storeSlot(h, a, a.keys, s, t.key, t.keyHasPointers, t.zeroKey);
      }
      storeSlot(h, a, a.elems, s, t.elem, t.elemHasPointers, t.zeroElem);
      a.tophash[s] = emptyOne;
      if (!hasLiveSuccessor(a, i, s)) {
        markEmptyRest(h.buckets!, bucket, a, i, s);
      }
      h.count--;
      if (h.count === 0) {
        // Reset the hash seed to make it more difficult for attackers to repeatedly trigger
        // hash collisions (Go issue 25237).
        h.hash0 = h.rt.fastrand();
      }
      return;
    }
    const next = nextArray(a, i);
    i = a.ovfIdx[i]!;
    a = next;
  }
}

// Whether the slot after s (of bucket i) — in this bucket or the next in the chain — is not
// emptyRest.
function hasLiveSuccessor(a: BucketArray, i: number, s: number): boolean {
  if (s === i * 8 + 7) {
    const next = nextArray(a, i);
    return next !== null && next.tophash[a.ovfIdx[i]! * 8] !== emptyRest;
  }
  return a.tophash[s + 1] !== emptyRest;
}

// Walks back from slot s of bucket (a, i) turning emptyOne slots into emptyRest, across the
// chain that starts at bucket (a0, i0).
function markEmptyRest(a0: BucketArray, i0: number, a: BucketArray, i: number, s: number): void {
  for (;;) {
    a.tophash[s] = emptyRest;
    if (s === i * 8) {
      if (a === a0 && i === i0) {
        return; // beginning of initial bucket, we're done
      }
      // Find the previous bucket: walk from the chain's head.
      let pa = a0,
        pi = i0;
      while (pa.ovf[pi] !== a || pa.ovfIdx[pi] !== i) {
        const next = nextArray(pa, pi)!; // (a, i) is in this chain
        pi = pa.ovfIdx[pi]!;
        pa = next;
      }
      a = pa;
      i = pi;
      s = i * 8 + 7;
    } else {
      s--;
    }
    if (a.tophash[s] !== emptyOne) {
      return;
    }
  }
}
