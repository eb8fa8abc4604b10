// Constructors for Go types. Unnamed types are interned by structure (component type ids), so
// type identity is object identity, as the runtime's type descriptors are.
import { GoType, alignUp, type StructField } from './go-type.ts';
import { Kind } from './kind.ts';

const interned = new Map<string, GoType>();

function intern(key: string, make: () => GoType): GoType {
  let t = interned.get(key);
  if (!t) {
    t = make();
    interned.set(key, t);
  }
  return t;
}

function basic(kind: Kind): GoType {
  return new GoType(kind, kind, {});
}

/** The predeclared Go types by name. */
export interface PredeclaredTypes {
  readonly bool: GoType;
  readonly int: GoType;
  readonly int8: GoType;
  readonly int16: GoType;
  readonly int32: GoType;
  readonly int64: GoType;
  readonly uint: GoType;
  readonly uint8: GoType;
  readonly uint16: GoType;
  readonly uint32: GoType;
  readonly uint64: GoType;
  readonly uintptr: GoType;
  readonly float32: GoType;
  readonly float64: GoType;
  readonly complex64: GoType;
  readonly complex128: GoType;
  readonly string: GoType;
  readonly unsafePointer: GoType;
  readonly any: GoType;
}

/** The predeclared types (and unsafe.Pointer). */
export const types: PredeclaredTypes = {
  bool: basic(Kind.Bool),
  int: basic(Kind.Int),
  int8: basic(Kind.Int8),
  int16: basic(Kind.Int16),
  int32: basic(Kind.Int32),
  int64: basic(Kind.Int64),
  uint: basic(Kind.Uint),
  uint8: basic(Kind.Uint8),
  uint16: basic(Kind.Uint16),
  uint32: basic(Kind.Uint32),
  uint64: basic(Kind.Uint64),
  uintptr: basic(Kind.Uintptr),
  float32: basic(Kind.Float32),
  float64: basic(Kind.Float64),
  complex64: basic(Kind.Complex64),
  complex128: basic(Kind.Complex128),
  string: basic(Kind.String),
  unsafePointer: basic(Kind.UnsafePointer),
  /** `any`, the empty interface; prints as Go's runtime prints it. */
  any: new GoType(Kind.Interface, 'interface {}', { methods: [] }),
};

/** `*elem` */
export function pointerTo(elem: GoType): GoType {
  return intern(`*${elem.id}`, () => new GoType(Kind.Pointer, `*${elem.name}`, { elem }));
}

/** `[]elem` */
export function sliceOf(elem: GoType): GoType {
  return intern(`[]${elem.id}`, () => new GoType(Kind.Slice, `[]${elem.name}`, { elem }));
}

/** `[len]elem` */
export function arrayOf(len: number, elem: GoType): GoType {
  return intern(
    `[${len}]${elem.id}`,
    () => new GoType(Kind.Array, `[${len}]${elem.name}`, { elem, len }),
  );
}

/** `map[key]elem` */
export function mapOf(key: GoType, elem: GoType): GoType {
  return intern(
    `map[${key.id}]${elem.id}`,
    () => new GoType(Kind.Map, `map[${key.name}]${elem.name}`, { key, elem }),
  );
}

/** `chan elem`, `<-chan elem` or `chan<- elem`. */
export function chanOf(elem: GoType, dir: 'both' | 'recv' | 'send' = 'both'): GoType {
  const prefix = dir === 'both' ? 'chan ' : dir === 'recv' ? '<-chan ' : 'chan<- ';
  return intern(
    `${prefix}${elem.id}`,
    () => new GoType(Kind.Chan, `${prefix}${elem.name}`, { elem }),
  );
}

/** A function type, identified by its signature as Go prints it, e.g. `func(int) string`. */
export function funcOf(signature: string): GoType {
  return intern(signature, () => new GoType(Kind.Func, signature, {}));
}

/** An interface type with the given method names; none gives `any`. */
export function interfaceOf(methods: readonly string[]): GoType {
  if (methods.length === 0) {
    return types.any;
  }
  // A method is named alone (`Error`) or with its signature (`Error func() string`), which
  // keeps apart interfaces whose methods share names but not types.
  const sorted = [...methods].sort();
  const name = `interface { ${sorted.map((m) => `${m.split(' ')[0] ?? m}()`).join('; ')} }`;
  return intern(name, () => new GoType(Kind.Interface, name, { methods: sorted }));
}

/** A struct field as declared; offsets are computed by {@link structOf}. */
export interface FieldDecl {
  readonly name: string;
  readonly type: GoType;
  readonly embedded?: boolean;
}

/** `struct { … }` with fields laid out as the gc compiler lays them out. */
export function structOf(decls: readonly FieldDecl[]): GoType {
  const key = `struct{${decls.map((d) => `${d.embedded ? '!' : ''}${d.name} ${d.type.id}`).join(';')}}`;
  return intern(key, () => {
    let off = 0;
    const fields: StructField[] = decls.map((d) => {
      const offset = alignUp(off, d.type.align);
      off = offset + d.type.size;
      return { name: d.name, type: d.type, offset, embedded: d.embedded ?? false };
    });
    const body = decls
      .map((d) => (d.embedded ? d.type.name : `${d.name} ${d.type.name}`))
      .join('; ');
    return new GoType(Kind.Struct, body === '' ? 'struct {}' : `struct { ${body} }`, { fields });
  });
}

/** A defined (named) type, e.g. `main.T`; each call declares a new, distinct type. */
export function namedType(name: string, underlying: GoType): GoType {
  const u = underlying.underlying;
  return new GoType(
    u.kind,
    name,
    { elem: u.elem, key: u.key, len: u.len, fields: u.fields, methods: u.methods },
    u,
  );
}

/**
 * A defined type whose underlying type is not known yet (a recursive declaration such as
 * `type Node struct{ next *Node }`): usable as an element type at once, completed by
 * {@link defineNamed} before any value of it exists.
 */
export function declareNamed(name: string): GoType {
  return new GoType(Kind.Struct, name, {}, types.bool);
}

/** Completes a type made by {@link declareNamed} with its underlying type. */
export function defineNamed(t: GoType, underlying: GoType): void {
  const u = underlying.underlying;
  Object.assign(t, {
    kind: u.kind,
    elem: u.elem,
    key: u.key,
    len: u.len,
    fields: u.fields,
    methods: u.methods,
    underlying: u,
    size: u.size,
    align: u.align,
    ptrdata: u.ptrdata,
    alg: u.alg,
  });
}
