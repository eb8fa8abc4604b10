// A heap object as the collector sees it: its type and values, its mark bit, whether it is on
// the grey queue. Go: an object slot of an mspan with its bit in gcmarkBits.
import {
  forEachPointer,
  zeroValue,
  type GoType,
  type HeapObject,
  type Traceable,
} from '@mapscope/runtime-core';

/** The tri-colour abstraction. Go: white = mark bit clear; grey = marked and queued; black = marked, scanned. */
export const Colour = {
  White: 'white',
  Grey: 'grey',
  Black: 'black',
} as const;
/** One of {@link Colour}'s values. */
export type Colour = (typeof Colour)[keyof typeof Colour];

/** An allocation on the collected heap. */
export class GcObject implements HeapObject {
  readonly addr: number;
  readonly type: GoType;
  readonly count: number;
  /** Bytes it occupies (its size class). */
  readonly size: number;
  /** For objects filled by the program through the heap: one value per element. */
  readonly values: unknown[];
  content?: Traceable;
  /** The mark bit (Go: gcmarkBits). */
  marked = false;
  /** On the grey queue (Go: in a gcWork buffer). */
  queued = false;
  /** Freed by a sweep: a use after this is a model bug (Go: a dangling pointer). */
  freed = false;
  /** runtime.SetFinalizer's function, run once the object is found unreachable. */
  finalizer: ((o: GcObject) => void) | null = null;

  constructor(addr: number, type: GoType, count: number, size: number) {
    this.addr = addr;
    this.type = type;
    this.count = count;
    this.size = size;
    const zero = zeroValue(type);
    this.values = Array.from({ length: count }, () => zero);
  }

  /** Its colour now. */
  get colour(): Colour {
    return !this.marked ? Colour.White : this.queued ? Colour.Grey : Colour.Black;
  }

  /** Calls `visit` with every heap object it points to (Go: scanobject over its gcdata). */
  trace(visit: (target: HeapObject) => void): void {
    if (this.content !== undefined) {
      this.content.trace(visit);
      return;
    }
    for (const v of this.values) {
      forEachPointer(this.type, v, visit);
    }
  }
}
