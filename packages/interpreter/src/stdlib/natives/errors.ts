// Natives of the errors package: what Go's errors gets from internal/reflectlite.
import { Iface } from '@mapscope/runtime-core';

// Go: errors/wrap.go Is, reflectlite.TypeOf(target).Comparable(). The argument is a non-nil
// error, so an Iface; a type is comparable when the runtime has an equality for it.
function isComparable(err: unknown): boolean {
  return err instanceof Iface ? err.type.alg !== null : true;
}

/** The errors natives, keyed by "errors.name" (asTargetKind and assignTo are bound by the interpreter). */
export const errorsNatives: Record<string, (...args: unknown[]) => unknown> = {
  'errors.isComparable': isComparable,
};
