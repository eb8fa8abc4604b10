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
export function sortMap(
  rt: GoRuntime,
  t: GoType,
  h: Hmap | null,
  methodCount: (t: GoType) => number = () => 0,
): SortedMap {
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
  const order = new DescriptorOrder(methodCount);
  entries.sort((a, b) => compare(kt, a[0], b[0], order));
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

/**
 * Where the linker puts type descriptors: Go compares interface keys of different dynamic types
 * by their descriptors' addresses, and cmd/link lays the type.* symbols out by size, then by
 * name (checked on go1.19.8 linux/amd64 with keys of 16 kinds of types). A descriptor is an
 * rtype (48 bytes) and its kind's fields, an uncommonType (16) for a named type or a type with
 * methods, 16 per method, and a struct's 24 per field. Go: reflectdata.writeType, uncommonSize.
 */
class DescriptorOrder {
  readonly #methodCount: (t: GoType) => number;

  constructor(methodCount: (t: GoType) => number) {
    this.#methodCount = methodCount;
  }

  size(t: GoType): number {
    const methods = this.#methodCount(t);
    const predeclared = t.underlying === t && t.elem === undefined && t.fields.length === 0;
    const uncommon = t.named || predeclared || methods > 0 ? 16 + 16 * methods : 0;
    return 48 + kindFields(t) + uncommon;
  }

  compare(a: GoType, b: GoType): number {
    return cmp(this.size(a), this.size(b)) || cmp(a.name, b.name);
  }
}

/** The bytes a type descriptor has after its rtype for its kind (amd64). */
function kindFields(t: GoType): number {
  switch (t.kind) {
    case Kind.Pointer:
    case Kind.Slice:
      return 8; // elem
    case Kind.Chan:
      return 16; // elem, dir
    case Kind.Array:
      return 24; // elem, slice, len
    case Kind.Map:
      return 40; // key, elem, bucket, hasher, sizes and flags
    case Kind.Struct:
      return 32 + 24 * t.fields.length; // pkgPath, fields; then the fields
    case Kind.Interface:
      return 32 + 8 * t.methods.length; // pkgPath, methods; then the methods
    case Kind.Func:
      return 8;
    default:
      return 0;
  }
}

function compareInterface(a: unknown, b: unknown, order: DescriptorOrder): number {
  // Go: fmtsort.nilCompare: nil sorts first.
  if (!(a instanceof Iface) || !(b instanceof Iface)) {
    return a instanceof Iface ? 1 : b instanceof Iface ? -1 : 0;
  }
  if (a.type !== b.type) {
    return order.compare(a.type, b.type);
  }
  return compare(a.type, a.value, b.value, order);
}

/**
 * Compares two values of type t: -1, 0 or 1. Ints, uints, floats (NaN first), complex,
 * strings (bytewise), bools (false first), pointers and channels (by address), structs and
 * arrays (field by field), interfaces (nil first, then type, then value). Go: fmtsort.compare.
 */
function compare(t: GoType, a: unknown, b: unknown, order: DescriptorOrder): number {
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
        order,
      );
    case Kind.Array:
      return compareElems(
        (a as unknown[]).map(() => t.elem ?? t),
        a as unknown[],
        b as unknown[],
        order,
      );
    case Kind.Interface:
      return compareInterface(a, b, order);
    default:
      // Go panics: "bad type in compare"; maps cannot have such keys.
      return 0;
  }
}

function compareElems(
  ts: readonly GoType[],
  a: unknown[],
  b: unknown[],
  order: DescriptorOrder,
): number {
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    const c = t === undefined ? 0 : compare(t, a[i], b[i], order);
    if (c !== 0) {
      return c;
    }
  }
  return 0;
}
