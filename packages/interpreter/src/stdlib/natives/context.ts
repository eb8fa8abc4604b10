// Natives of context: what Go's context gets from internal/reflectlite.
import { Iface } from '@mapscope/runtime-core';

/** reflectlite.TypeOf(x).String() of a non-nil interface value. */
function typeString(x: unknown): string {
  return x instanceof Iface ? x.type.name : '<nil>';
}

/** reflectlite.TypeOf(x).Comparable(): the runtime has an equality for the type. */
function isComparable(x: unknown): boolean {
  return x instanceof Iface ? x.type.alg !== null : true;
}

/** The context natives, keyed by "context.name". */
export const contextNatives: Record<string, (...args: unknown[]) => unknown> = {
  'context.typeString': typeString,
  'context.isComparable': isComparable,
};
