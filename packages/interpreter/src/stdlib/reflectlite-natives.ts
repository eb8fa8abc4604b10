// The natives of mapscope's internal/reflectlite (stdlib/internal/reflectlite): type
// descriptors are runtime-core GoTypes, a Value's handle is a Handle below. They need the
// running program's method tables (assignability to interfaces), so they are bound here.
import { Iface, Kind, isAggregate, type GoType, type Hmap } from '@mapscope/runtime-core';
import { Chan } from '@mapscope/scheduler';
import type { Support } from '../runtime/support.ts';
import { Pointer, Slice } from '../values.ts';
import { kindNumber } from './reflect-natives.ts';

/** A Value's handle: a value of a type, and where it lives when it is settable. */
class Handle {
  readonly type: GoType;
  readonly #value: unknown;
  /** The variable holding the value (pointer targets are settable), or null. */
  readonly ptr: Pointer | null;
  constructor(type: GoType, value: unknown, ptr: Pointer | null) {
    this.type = type;
    this.#value = value;
    this.ptr = ptr;
  }
  get value(): unknown {
    return this.ptr !== null ? this.ptr.load() : this.#value;
  }
}

/** Whether a value of type `from` may be assigned to a variable of type `to` (Go's rules). */
function assignable(rt: Support, from: GoType, to: GoType): boolean {
  if (from === to) {
    return true;
  }
  if (to.kind === Kind.Interface) {
    return rt.implements(from, to.methods);
  }
  // Identical underlying types, one of them unnamed (channel direction is not modelled).
  return (!from.named || !to.named) && from.underlying === to.underlying;
}

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
    [`${pkg}.implements`]: (iface, t) => rt().implements(t as GoType, (iface as GoType).methods),
    [`${pkg}.assignableTo`]: (from, to) => assignable(rt(), from as GoType, to as GoType),
    [`${pkg}.valueOf`]: (i) => (i instanceof Iface ? new Handle(i.type, i.value, null) : null),
    [`${pkg}.valueType`]: (x) => h(x).type,
    [`${pkg}.valueLen`]: (x) => {
      const v = h(x).value;
      if (typeof v === 'string') {
        return v.length;
      }
      if (v instanceof Slice) {
        return v.len;
      }
      if (Array.isArray(v)) {
        return v.length;
      }
      if (v instanceof Chan) {
        return v.buf.length;
      }
      return v === null ? 0 : (v as Hmap).count;
    },
    [`${pkg}.valueIsNil`]: (x) => h(x).value === null,
    [`${pkg}.valueElem`]: (x) => {
      const { type, value } = h(x);
      if (type.kind === Kind.Interface) {
        return value instanceof Iface ? new Handle(value.type, value.value, null) : null;
      }
      const e = type.underlying.elem;
      return value instanceof Pointer && e !== undefined ? new Handle(e, null, value) : null;
    },
    [`${pkg}.valueCanSet`]: (x) => h(x).ptr !== null,
    [`${pkg}.valueSet`]: (dst, src) => {
      const d = h(dst);
      const s = h(src);
      const p = d.ptr;
      if (p === null) {
        throw new Error('reflectlite: Set on a value that is not settable');
      }
      if (d.type.kind === Kind.Interface) {
        p.store(s.type.kind === Kind.Interface ? s.value : new Iface(s.type, s.value));
      } else if (isAggregate(d.type)) {
        rt().storeAgg(d.type, p.arr, p.idx, s.value);
      } else {
        p.store(s.value);
      }
    },
    [`${pkg}.swap`]: (x, i, j) => {
      const s = h(x).value as Slice;
      const a = s.off + (i as number);
      const b = s.off + (j as number);
      const t = s.arr[a];
      s.arr[a] = s.arr[b];
      s.arr[b] = t;
    },
  };
}
