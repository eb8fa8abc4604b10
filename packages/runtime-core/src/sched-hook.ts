// Where the map lets the scheduler in. Go maps are not synchronized: another goroutine (on
// another P) can run at any moment. The model calls the hook at the points where that matters:
// before an operation reads the flags, and inside a write's hashWriting window, so an explorer
// can run another goroutine there and meet Go's "concurrent map …" fatal errors.
import type { Hmap } from './map/hmap.ts';

/** The map operation that reached a hook point. */
export const MapOp = {
  Access: 'access',
  Assign: 'assign',
  Delete: 'delete',
  Clear: 'clear',
  IterInit: 'iterinit',
  IterNext: 'iternext',
} as const;
/** One of {@link MapOp}'s values. */
export type MapOp = (typeof MapOp)[keyof typeof MapOp];

/** Where in the operation the hook is called. */
export const MapPoint = {
  /** Before the operation reads h.flags: another goroutine may run first. */
  Enter: 'enter',
  /** A write has set hashWriting (after hashing the key) and not yet changed anything. */
  Writing: 'writing',
  /** A write has changed the map and is about to check and clear hashWriting. */
  Written: 'written',
} as const;
/** One of {@link MapPoint}'s values. */
export type MapPoint = (typeof MapPoint)[keyof typeof MapPoint];

/**
 * Called synchronously at each point; it may run other goroutines' steps (including map
 * operations on the same map) before returning.
 */
export interface SchedulingHook {
  mapStep(h: Hmap, op: MapOp, point: MapPoint): void;
}

/** The hook of a program with one goroutine: nothing else can run. */
export const noHook: SchedulingHook = {
  mapStep() {
    // Nothing else can run.
  },
};
