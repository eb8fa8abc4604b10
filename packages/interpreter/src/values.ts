// The interpreter's reference values, on top of runtime-core's representation (see
// runtime-core/src/types/values.ts): slices, pointers and function values.
//
//   slice    Slice, or null for a nil slice
//   pointer  Pointer, or null for nil
//   func     GoFunc, or null for nil
//   map      runtime-core's Hmap, or null for nil
//   chan     scheduler's Chan, or null for nil
import type { GoType, HeapObject } from '@mapscope/runtime-core';
import type { Op } from '@mapscope/scheduler';

/**
 * A Go function value: a generator function taking the running goroutine's state first, then
 * the arguments. It returns undefined (no results), the one result, or an array of results.
 */
export type GoFunc = (g: GState, ...args: unknown[]) => Op<unknown>;

/** What compiled code knows about the goroutine running it. */
export interface GState {
  /** The goroutine id, as Go numbers goroutines. */
  readonly id: number;
  /** Calls in progress (for the stack limit and crash reports). */
  depth: number;
}

/**
 * A slice: `len` elements from `off` in the backing array `arr`, which has room for `cap` from
 * `off`. Elements are held in the representation of the element type (a struct element is a
 * JavaScript array, mutated in place by assignments to it).
 */
export class Slice {
  readonly arr: unknown[];
  readonly off: number;
  readonly len: number;
  readonly cap: number;
  /** The backing array's allocation (its address is the slice's data pointer). */
  readonly home: HeapObject | null;

  constructor(arr: unknown[], off: number, len: number, cap: number, home: HeapObject | null) {
    this.arr = arr;
    this.off = off;
    this.len = len;
    this.cap = cap;
    this.home = home;
  }

  /** Element i (0 ≤ i < len). */
  at(i: number): unknown {
    return this.arr[this.off + i];
  }
}

/**
 * A pointer to one memory cell: element `idx` of the JavaScript array `arr`. A variable whose
 * address is taken lives in a one-element array; `&s.f` points into the struct's array; `&a[i]`
 * into the array's. Two pointers are equal when their addresses are.
 */
export class Pointer {
  readonly arr: unknown[];
  readonly idx: number;
  readonly addr: number;
  /** The allocation it points into, for the collector; null for memory outside the heap. */
  readonly home: HeapObject | null;

  constructor(arr: unknown[], idx: number, addr: number, home: HeapObject | null) {
    this.arr = arr;
    this.idx = idx;
    this.addr = addr;
    this.home = home;
  }

  load(): unknown {
    return this.arr[this.idx];
  }

  store(v: unknown): void {
    this.arr[this.idx] = v;
  }
}

/**
 * An unsafe.Pointer: a pointer with the type it was converted from, so that converting it back
 * to a pointer type of another layout (which reinterprets memory) is refused rather than wrong.
 */
export class UnsafePointer {
  readonly ptr: Pointer;
  /** The element type of the pointer it was made from. */
  readonly elem: GoType;
  readonly arr: unknown[];
  readonly idx: number;
  readonly addr: number;
  constructor(ptr: Pointer, elem: GoType) {
    this.ptr = ptr;
    this.elem = elem;
    this.arr = ptr.arr;
    this.idx = ptr.idx;
    this.addr = ptr.addr;
  }
}

/** The string of a []byte's bytes (one byte per UTF-16 code unit). */
export function bytesToString(s: Slice | null): string {
  if (s === null) {
    return '';
  }
  let out = '';
  for (let i = 0; i < s.len; i++) {
    out += String.fromCharCode(s.arr[s.off + i] as number);
  }
  return out;
}
