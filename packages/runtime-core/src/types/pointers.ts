// Which heap objects a Go value points to: what the collector's pointer bitmaps find in memory,
// here found by walking the value by its type. Go: the gcdata bitmaps of cmd/compile typebits.
import type { HeapObject } from '../heap.ts';
import type { GoType } from './go-type.ts';
import { Kind } from './kind.ts';

/**
 * The heap object a pointer-shaped value refers to: a heap object itself, or a runtime
 * structure (a map's Hmap) through its allocation. null for nil and for non-heap targets.
 */
export function heapObjectOf(v: unknown): HeapObject | null {
  if (v === null || typeof v !== 'object') {
    return null;
  }
  const home = (v as { home?: HeapObject }).home;
  if (home !== undefined) {
    return home;
  }
  return 'count' in v && 'type' in v && 'addr' in v ? (v as HeapObject) : null;
}

/** Calls `visit` with every heap object a value of type `t` points to. */
export function forEachPointer(t: GoType, v: unknown, visit: (target: HeapObject) => void): void {
  if (t.ptrdata === 0 || v === null || v === undefined) {
    return;
  }
  switch (t.kind) {
    case Kind.Array:
      for (const e of v as unknown[]) {
        forEachPointer(t.elem!, e, visit);
      }
      return;
    case Kind.Struct:
      t.fields.forEach((f, i) => {
        forEachPointer(f.type, (v as unknown[])[i], visit);
      });
      return;
    case Kind.Interface: {
      const dyn = v as { readonly type: GoType; readonly value: unknown };
      forEachPointer(dyn.type, dyn.value, visit);
      return;
    }
    case Kind.String:
      return; // string bytes are immutable JavaScript strings, not heap objects of the model
    default: {
      // pointers, unsafe.Pointer, maps, channels, funcs, slices: the word points at one object
      const o = heapObjectOf(v);
      if (o !== null) {
        visit(o);
      }
    }
  }
}
