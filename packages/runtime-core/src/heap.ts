// The heap the runtime allocates from. The map model allocates its hmap, bucket arrays,
// overflow buckets and mapextra here and reports pointer stores to the write barrier, so it
// runs standalone on PlainHeap and under the collector of @mapscope/gc.
import { GoFatalError } from './errors.ts';
import type { GoType } from './types/go-type.ts';
import type { Addressed } from './types/values.ts';
import { roundupsize } from './size-classes.ts';

/** One allocation: `count` consecutive values of `type` at `addr`. */
export interface HeapObject extends Addressed {
  readonly type: GoType;
  readonly count: number;
  /**
   * The runtime structure whose memory this is (a map's hmap or bucket array), which knows the
   * pointers it holds; set by that structure. Without it, the collector reads the object's
   * values itself.
   */
  content?: Traceable;
}

/** A structure that can list the heap objects it points to, as the collector scans memory. */
export interface Traceable {
  trace(visit: (target: HeapObject) => void): void;
}

/**
 * The write barrier: told before a slot of `holder` holding a value of type `type` changes
 * from `oldValue` to `newValue` (Go: runtime/mbarrier.go, the compiler's write barrier calls
 * and typedmemmove's bulkBarrierPreWrite). The collector shades what it needs to.
 */
export type WriteBarrier = (
  holder: HeapObject,
  type: GoType,
  oldValue: unknown,
  newValue: unknown,
) => void;

/** An allocator with an optional write barrier. */
export interface Heap {
  /** Allocates zeroed memory for `count` values of `type` (Go: mallocgc via newobject/newarray). */
  alloc(type: GoType, count: number): HeapObject;
  /** The write barrier, or null while it is off (no collection in progress, or no collector). */
  readonly writeBarrier: WriteBarrier | null;
}

/** Options of {@link PlainHeap}. */
export interface PlainHeapOptions {
  /** The most bytes the program may allocate in total (default 1 GiB). */
  readonly limitBytes?: number;
}

/**
 * A heap without a collector: addresses like Go's arena, rounded to malloc size classes. A
 * program that allocates past the limit stops with a fatal error naming the limit, instead of
 * exhausting the JavaScript heap.
 */
export class PlainHeap implements Heap {
  readonly writeBarrier: WriteBarrier | null = null;
  /** Allocations made so far. */
  objects = 0;
  /** Bytes allocated so far (after size-class rounding). */
  bytes = 0;
  readonly limitBytes: number;
  #next = 0xc000010000;

  constructor(o: PlainHeapOptions = {}) {
    this.limitBytes = o.limitBytes ?? 2 ** 30;
  }

  alloc(type: GoType, count: number): HeapObject {
    const size = roundupsize(Math.max(type.size * count, 1));
    if (this.bytes + size > this.limitBytes) {
      throw new GoFatalError(
        `runtime: out of memory (mapscope's heap limit of ${this.limitBytes} bytes)`,
      );
    }
    const obj: HeapObject = { addr: this.#next, type, count };
    this.#next += Math.max(size, 8);
    this.objects++;
    this.bytes += size;
    return obj;
  }
}
