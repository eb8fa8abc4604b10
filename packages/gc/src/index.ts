// @mapscope/gc: Go's concurrent tri-colour collector and its write barrier, on runtime-core's
// heap interface, advanced step by step.
export { Colour, GcObject } from './gc-object.ts';
export {
  BarrierMode,
  GcHeap,
  Phase,
  type CycleReport,
  type GcHeapOptions,
  type MemStats,
  type Roots,
  type StackRoot,
} from './gc-heap.ts';
export { fmtNSAsMS, gctraceLine, type CycleTimes } from './gctrace.ts';
export { findLeakedGoroutines, type GoroutineRoot } from './leaks.ts';
