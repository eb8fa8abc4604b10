// The natives of mapscope's internal/reflectlite (stdlib/internal/reflectlite): the part of
// reflect that errors, sort and context use, on reflect's handles and helpers
// (reflect-natives.ts). They need the running program's method tables (assignability to
// interfaces), so they are bound to it.
import { Iface, type GoType } from '@mapscope/runtime-core';
import type { Support } from '../runtime/support.ts';
import { Pointer } from '../values.ts';
import {
  Handle,
  assignable,
  elemOf,
  kindNumber,
  lengthOf,
  setValue,
  swapElements,
} from './reflect-natives.ts';

/** The reflectlite natives on the running program's support. */
export function reflectliteNatives(
  rt: () => Support,
): Record<string, (...args: unknown[]) => unknown> {
  // One *rtype per type, so that Types compare with ==.
  const rtypes = new WeakMap<GoType, Pointer>();
  let made = 0;
  const typeFor = (t: GoType): Pointer => {
    let p = rtypes.get(t);
    if (p === undefined) {
      p = new Pointer([[t]], 0, 0xb000000000 + 16 * ++made, null);
      rtypes.set(t, p);
    }
    return p;
  };
  const h = (x: unknown): Handle => x as Handle;
  const pkg = 'internal/reflectlite';
  return {
    [`${pkg}.typeOf`]: (i) => (i instanceof Iface ? typeFor(i.type) : null),
    [`${pkg}.typeFor`]: (t) => typeFor(t as GoType),
    [`${pkg}.kindOf`]: (t) => kindNumber[(t as GoType).kind],
    [`${pkg}.typeString`]: (t) => (t as GoType).name,
    [`${pkg}.comparable`]: (t) => (t as GoType).alg !== null,
    [`${pkg}.elemOf`]: (t) => {
      const e = (t as GoType).underlying.elem;
      return e === undefined ? null : typeFor(e);
    },
    [`${pkg}.implements`]: (iface, t) =>
      rt().implements(t as GoType, (iface as GoType).underlying.methods),
    [`${pkg}.assignableTo`]: (from, to) => assignable(rt(), from as GoType, to as GoType),
    [`${pkg}.valueOf`]: (i) => (i instanceof Iface ? new Handle(i.type, i.value) : null),
    [`${pkg}.valueType`]: (x) => h(x).t,
    [`${pkg}.valueLen`]: (x) => lengthOf(h(x)),
    [`${pkg}.valueIsNil`]: (x) => h(x).value === null,
    [`${pkg}.valueElem`]: (x) => elemOf(h(x)),
    [`${pkg}.valueCanSet`]: (x) => h(x).ptr !== null,
    [`${pkg}.valueSet`]: (dst, src) => {
      setValue(rt(), h(dst), h(src));
    },
    [`${pkg}.swap`]: (x, i, j) => {
      swapElements(h(x), i as number, j as number);
    },
  };
}
