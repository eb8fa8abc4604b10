// Natives of the sort package: the length and the swapper of any slice, which Go's
// sort.Slice gets from internal/reflectlite (ValueOf(x).Len(), Swapper(x)).
import { GoPanic, Iface, Kind, types } from '@mapscope/runtime-core';
import { Slice } from '../../values.ts';

/** A panic with a string value, as reflect panics. */
function panicString(text: string): GoPanic {
  return new GoPanic(new Iface(types.string, text));
}

// Go: reflectlite.Swapper panics with a ValueError on anything but a slice; its message is
// kept (the value is a string here, not a *reflect.ValueError).
function sliceOf(x: unknown): Slice | null {
  if (!(x instanceof Iface)) {
    throw panicString('reflect: call of Swapper on zero Value');
  }
  if (x.type.kind !== Kind.Slice) {
    throw panicString(`reflect: call of Swapper on ${x.type.kind} Value`);
  }
  return x.value instanceof Slice ? x.value : null;
}

function reflectLen(x: unknown): number {
  return sliceOf(x)?.len ?? 0;
}

function reflectSwap(x: unknown, i: unknown, j: unknown): void {
  const s = sliceOf(x);
  const a = i as number;
  const b = j as number;
  if (s === null || a < 0 || b < 0 || a >= s.len || b >= s.len) {
    throw panicString('reflect: slice index out of range');
  }
  const { arr, off } = s;
  const t = arr[off + a];
  arr[off + a] = arr[off + b];
  arr[off + b] = t;
}

/** The sort natives, keyed by "sort.name". */
export const sortNatives: Record<string, (...args: unknown[]) => unknown> = {
  'sort.reflectLen': reflectLen,
  'sort.reflectSwap': reflectSwap,
};
