// A small mutator for collector tests: goroutine stacks holding references, globals, and
// objects with two pointer slots.
import { pointerTo, structOf, types, type GoType, type HeapObject } from '@mapscope/runtime-core';
import { GcHeap, type GcHeapOptions, type GcObject, type StackRoot } from '../src/index.ts';

/** The node type: a struct of two pointers (objects have one element of it). */
export const nodeType: GoType = structOf([
  { name: 'a', type: pointerTo(types.int) },
  { name: 'b', type: pointerTo(types.int) },
]);

/** A goroutine stack: the references its frames hold. */
export class Stack implements StackRoot {
  scanned = false;
  readonly refs_: (GcObject | null)[] = [];
  readonly id: number;

  constructor(id: number) {
    this.id = id;
  }

  refs(): Iterable<HeapObject> {
    return this.refs_.filter((r): r is GcObject => r !== null);
  }
}

/** A heap with stacks and globals as its roots. */
export class World {
  readonly stacks: Stack[];
  readonly globals: GcObject[] = [];
  readonly heap: GcHeap;

  constructor(nstacks: number, o: GcHeapOptions = {}) {
    this.stacks = Array.from({ length: nstacks }, (_, i) => new Stack(i + 1));
    this.heap = new GcHeap({
      ...o,
      roots: { stacks: () => this.stacks, globals: () => this.globals },
    });
  }

  /** `new(node)` into a stack slot. */
  alloc(g: number): GcObject {
    const o = this.heap.alloc(nodeType, 1);
    this.stacks[g]!.refs_.push(o);
    return o;
  }

  /** `o.field = v` by goroutine g (a barriered store of the whole node value). */
  setField(g: number, o: GcObject, field: 0 | 1, v: GcObject | null): void {
    this.heap.mutator = this.stacks[g]!;
    const next = [...(o.values[0] as unknown[])];
    next[field] = v;
    this.heap.store(o, 0, next);
    this.heap.mutator = null;
  }

  /** `o.field` (a load: no barrier). */
  field(o: GcObject, field: 0 | 1): GcObject | null {
    return (o.values[0] as (GcObject | null)[])[field] ?? null;
  }
}
