// The hashWriting window every map write opens and closes. Go: the flag checks at the start
// and end of mapassign, mapdelete and mapclear.
import type { GoRuntime } from '../go-runtime.ts';
import { GoFatalError } from '../errors.ts';
import { MapPoint, type MapOp } from '../sched-hook.ts';
import { type Hmap, hashWriting } from './hmap.ts';

/** Before hashing: another write in flight is a fatal error. */
export function checkNotWriting(rt: GoRuntime, h: Hmap, op: MapOp): void {
  rt.hook.mapStep(h, op, MapPoint.Enter);
  if ((h.flags & hashWriting) !== 0) {
    throw new GoFatalError('concurrent map writes');
  }
}

/**
 * After hashing (which may panic, so it comes first): toggle hashWriting on. Go uses `^=`, so
 * two writers that both passed the check turn it back off, and the later check catches them.
 */
export function openWindow(rt: GoRuntime, h: Hmap, op: MapOp): void {
  h.flags ^= hashWriting;
  rt.hook.mapStep(h, op, MapPoint.Writing);
}

/** The end of the write: the flag must still be set, then it is cleared. */
export function closeWindow(rt: GoRuntime, h: Hmap, op: MapOp): void {
  rt.hook.mapStep(h, op, MapPoint.Written);
  if ((h.flags & hashWriting) === 0) {
    throw new GoFatalError('concurrent map writes');
  }
  h.flags &= ~hashWriting;
}
