// The key order of printed maps. Go: internal/fmtsort/sort.go.
import {
  type Complex,
  type GoRuntime,
  type GoType,
  type Hmap,
  Hiter,
  Iface,
  Kind,
  mapiterinit,
  mapiternext,
} from '@mapscope/runtime-core';

/** A map's entries, keys in fmtsort order. Go: fmtsort.SortedMap. */
export interface SortedMap {
  readonly keys: unknown[];
  readonly values: unknown[];
}

/**
 * The entries of h (a map of type t), sorted by key. Iterates as reflect.MapRange does (one
 * mapiterinit, so the runtime's random state advances as in Go). Go: fmtsort.Sort.
 */
export function sortMap(rt: GoRuntime, t: GoType, h: Hmap | null): SortedMap {
  const entries: [unknown, unknown][] = [];
  if (h !== null) {
    const it = new Hiter(h.t);
    mapiterinit(rt, h, it);
    while (it.ok) {
      entries.push([it.key, it.elem]);
      mapiternext(rt, it);
    }
  }
  const kt = t.key ?? t;
  entries.sort((a, b) => compare(kt, a[0], b[0]));
  return { keys: entries.map((e) => e[0]), values: entries.map((e) => e[1]) };
}

function cmp<T extends number | bigint | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** NaN sorts before every other float, and equals NaN. Go: fmtsort.floatCompare. */
function floatCompare(a: number, b: number): number {
  if (a < b) {
    return -1;
  }
  if (a > b) {
    return 1;
  }
  if (a === b) {
    return 0;
  }
  if (Number.isNaN(a) && !Number.isNaN(b)) {
    return -1;
  }
  if (!Number.isNaN(a) && Number.isNaN(b)) {
    return 1;
  }
  return 0;
}

function addrOf(v: unknown): number {
  return v !== null && typeof v === 'object' && 'addr' in v && typeof v.addr === 'number'
    ? v.addr
    : 0;
}

function compareInterface(a: unknown, b: unknown): number {
  // Go: fmtsort.nilCompare: nil sorts first.
  if (!(a instanceof Iface) || !(b instanceof Iface)) {
    return a instanceof Iface ? 1 : b instanceof Iface ? -1 : 0;
  }
  // Go compares the addresses of the two type descriptors, which depend on the binary's
  // layout; the type ids (creation order) stand in for them.
  if (a.type !== b.type) {
    return cmp(a.type.id, b.type.id);
  }
  return compare(a.type, a.value, b.value);
}

/**
 * Compares two values of type t: -1, 0 or 1. Ints, uints, floats (NaN first), complex,
 * strings (bytewise), bools (false first), pointers and channels (by address), structs and
 * arrays (field by field), interfaces (nil first, then type, then value). Go: fmtsort.compare.
 */
export function compare(t: GoType, a: unknown, b: unknown): number {
  switch (t.kind) {
    case Kind.Int:
    case Kind.Int8:
    case Kind.Int16:
    case Kind.Int32:
    case Kind.Int64:
    case Kind.Uint:
    case Kind.Uint8:
    case Kind.Uint16:
    case Kind.Uint32:
    case Kind.Uint64:
    case Kind.Uintptr:
      return cmp(a as number | bigint, b as number | bigint);
    case Kind.String:
      return cmp(a as string, b as string);
    case Kind.Float32:
    case Kind.Float64:
      return floatCompare(a as number, b as number);
    case Kind.Complex64:
    case Kind.Complex128: {
      const x = a as Complex,
        y = b as Complex;
      return floatCompare(x.re, y.re) || floatCompare(x.im, y.im);
    }
    case Kind.Bool:
      return a === b ? 0 : a ? 1 : -1;
    case Kind.Pointer:
    case Kind.UnsafePointer:
    case Kind.Chan:
      return cmp(addrOf(a), addrOf(b));
    case Kind.Struct:
      return compareElems(
        t.fields.map((f) => f.type),
        a as unknown[],
        b as unknown[],
      );
    case Kind.Array:
      return compareElems(
        (a as unknown[]).map(() => t.elem ?? t),
        a as unknown[],
        b as unknown[],
      );
    case Kind.Interface:
      return compareInterface(a, b);
    default:
      // Go panics: "bad type in compare"; maps cannot have such keys.
      return 0;
  }
}

function compareElems(ts: readonly GoType[], a: unknown[], b: unknown[]): number {
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    const c = t === undefined ? 0 : compare(t, a[i], b[i]);
    if (c !== 0) {
      return c;
    }
  }
  return 0;
}
