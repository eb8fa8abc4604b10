// Go's types as the checker sees them (go/types' shapes): basic types including the untyped
// ones, composite types, named types with methods, signatures, interfaces with type sets, and
// type parameters. runtime.ts turns them into runtime-core GoTypes when the program runs.
import type { FuncObj, TypeName, VarObj } from './objects.ts';

export type BasicKind =
  | 'bool'
  | 'int'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'uintptr'
  | 'float32'
  | 'float64'
  | 'complex64'
  | 'complex128'
  | 'string'
  | 'unsafe.Pointer'
  | 'untyped bool'
  | 'untyped int'
  | 'untyped rune'
  | 'untyped float'
  | 'untyped complex'
  | 'untyped string'
  | 'untyped nil'
  | 'invalid type';

export class Basic {
  readonly kind = 'Basic' as const;
  readonly name: BasicKind;
  constructor(name: BasicKind) {
    this.name = name;
  }
}

export class Pointer {
  readonly kind = 'Pointer' as const;
  readonly elem: Type;
  constructor(elem: Type) {
    this.elem = elem;
  }
}

export class Slice {
  readonly kind = 'Slice' as const;
  readonly elem: Type;
  constructor(elem: Type) {
    this.elem = elem;
  }
}

export class ArrayT {
  readonly kind = 'Array' as const;
  readonly len: number;
  readonly elem: Type;
  constructor(len: number, elem: Type) {
    this.len = len;
    this.elem = elem;
  }
}

export class MapT {
  readonly kind = 'Map' as const;
  readonly key: Type;
  readonly elem: Type;
  constructor(key: Type, elem: Type) {
    this.key = key;
    this.elem = elem;
  }
}

export class Chan {
  readonly kind = 'Chan' as const;
  readonly dir: 'both' | 'send' | 'recv';
  readonly elem: Type;
  constructor(dir: 'both' | 'send' | 'recv', elem: Type) {
    this.dir = dir;
    this.elem = elem;
  }
}

export class Struct {
  readonly kind = 'Struct' as const;
  readonly fields: readonly VarObj[];
  readonly tags: readonly (string | null)[];
  constructor(fields: readonly VarObj[], tags: readonly (string | null)[]) {
    this.fields = fields;
    this.tags = tags;
  }
}

export class Tuple {
  readonly kind = 'Tuple' as const;
  readonly vars: readonly VarObj[];
  constructor(vars: readonly VarObj[]) {
    this.vars = vars;
  }
}

export class Signature {
  readonly kind = 'Signature' as const;
  readonly typeParams: readonly TypeParam[];
  readonly params: Tuple;
  readonly results: Tuple;
  readonly variadic: boolean;
  /** The receiver of a method. */
  readonly recv: VarObj | null;
  constructor(
    typeParams: readonly TypeParam[],
    params: Tuple,
    results: Tuple,
    variadic: boolean,
    recv: VarObj | null = null,
  ) {
    this.typeParams = typeParams;
    this.params = params;
    this.results = results;
    this.variadic = variadic;
    this.recv = recv;
  }
}

/** One term of a type set: `T` or `~T`. */
export interface Term {
  readonly tilde: boolean;
  readonly type: Type;
}

export class Interface {
  readonly kind = 'Interface' as const;
  /** Explicitly declared methods. */
  readonly methods: FuncObj[];
  /** Embedded interfaces and unions (constraint elements). */
  readonly embeddeds: (Type | Term[])[];
  /** All methods, sorted by name, once complete. */
  #all: FuncObj[] | null = null;
  /** The union terms restricting the type set (null: all types). */
  #terms: Term[] | null | undefined = undefined;
  /** `comparable` or embeds it. */
  comparable = false;
  /**
   * A constraint written as a type set (`~map[K]V`, `int | string`, a non-interface type),
   * standing for `interface{ … }` around it (printed as the type set alone).
   */
  implicit = false;
  constructor(methods: FuncObj[], embeddeds: (Type | Term[])[]) {
    this.methods = methods;
    this.embeddeds = embeddeds;
  }

  /** Every method of the interface, embedded ones included, sorted by name. */
  allMethods(): readonly FuncObj[] {
    if (this.#all === null) {
      const byName = new Map<string, FuncObj>();
      for (const m of this.methods) {
        byName.set(m.name, m);
      }
      for (const e of this.embeddeds) {
        if (Array.isArray(e)) {
          continue;
        }
        const u = under(e);
        if (u instanceof Interface) {
          for (const m of u.allMethods()) {
            if (!byName.has(m.name)) {
              byName.set(m.name, m);
            }
          }
        }
      }
      this.#all = [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    }
    return this.#all;
  }

  /** The type terms (null when the type set is not restricted by terms). */
  terms(): readonly Term[] | null {
    if (this.#terms === undefined) {
      let terms: Term[] | null = null;
      for (const e of this.embeddeds) {
        let add: Term[] | null;
        if (Array.isArray(e)) {
          add = flattenUnion(e);
        } else {
          const u = under(e);
          add = u instanceof Interface ? (u.terms() as Term[] | null) : [{ tilde: false, type: e }];
          if (u instanceof Interface && u.isComparable()) {
            this.comparable = true;
          }
        }
        if (add === null) {
          continue;
        }
        terms = terms === null ? [...add] : intersectTerms(terms, add);
      }
      this.#terms = terms;
    }
    return this.#terms;
  }

  /** Whether the type set is restricted to comparable types (`comparable`). */
  isComparable(): boolean {
    this.terms();
    return this.comparable;
  }

  /** Whether this is a basic interface (methods only), usable as a value type. */
  isBasic(): boolean {
    return this.terms() === null && !this.isComparable();
  }

  get empty(): boolean {
    return this.allMethods().length === 0 && this.isBasic();
  }
}

/** A union's terms with interface terms replaced by their type sets (null: all types). */
function flattenUnion(terms: readonly Term[]): Term[] | null {
  const out: Term[] = [];
  for (const t of terms) {
    const u = t.type instanceof TypeParam ? null : under(t.type);
    if (u instanceof Interface) {
      const sub = u.terms();
      if (sub === null) {
        return null;
      }
      out.push(...sub);
    } else {
      out.push(t);
    }
  }
  return out;
}

function intersectTerms(a: Term[], b: Term[]): Term[] {
  const out: Term[] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.tilde && identical(under(x.type), under(y.type))) {
        out.push(y);
      } else if (y.tilde && identical(under(y.type), under(x.type))) {
        out.push(x);
      } else if (identical(x.type, y.type)) {
        out.push(x);
      }
    }
  }
  return out;
}

export class Named {
  readonly kind = 'Named' as const;
  readonly obj: TypeName;
  /** The underlying type; set once the declaration is resolved. */
  underlying: Type | null = null;
  readonly methods: FuncObj[] = [];
  /** Type parameters of a generic type. */
  typeParams: readonly TypeParam[] = [];
  /** For an instance: the generic type and its type arguments. */
  readonly orig: Named | null;
  readonly typeArgs: readonly Type[];
  constructor(obj: TypeName, orig: Named | null = null, typeArgs: readonly Type[] = []) {
    this.obj = obj;
    this.orig = orig;
    this.typeArgs = typeArgs;
  }
}

export class TypeParam {
  readonly kind = 'TypeParam' as const;
  readonly obj: TypeName;
  /** Index in its declaring list. */
  readonly index: number;
  constraint: Type;
  constructor(obj: TypeName, index: number, constraint: Type) {
    this.obj = obj;
    this.index = index;
    this.constraint = constraint;
  }

  /** The constraint's interface. */
  iface(): Interface {
    const u = under(this.constraint);
    return u instanceof Interface ? u : new Interface([], [this.constraint]);
  }
}

export type Type =
  | Basic
  | Pointer
  | Slice
  | ArrayT
  | MapT
  | Chan
  | Struct
  | Tuple
  | Signature
  | Interface
  | Named
  | TypeParam;

// ---- the predeclared types -----------------------------------------------------------------

const basics = new Map<BasicKind, Basic>();

/** The basic type of that name. */
export function basic(name: BasicKind): Basic {
  let b = basics.get(name);
  if (b === undefined) {
    b = new Basic(name);
    basics.set(name, b);
  }
  return b;
}

export const Typ: Readonly<
  Record<
    | 'bool'
    | 'int'
    | 'int8'
    | 'int16'
    | 'int32'
    | 'int64'
    | 'uint'
    | 'uint8'
    | 'uint16'
    | 'uint32'
    | 'uint64'
    | 'uintptr'
    | 'float32'
    | 'float64'
    | 'complex64'
    | 'complex128'
    | 'string'
    | 'unsafePointer'
    | 'untypedBool'
    | 'untypedInt'
    | 'untypedRune'
    | 'untypedFloat'
    | 'untypedComplex'
    | 'untypedString'
    | 'untypedNil'
    | 'invalid',
    Basic
  >
> = {
  bool: basic('bool'),
  int: basic('int'),
  int8: basic('int8'),
  int16: basic('int16'),
  int32: basic('int32'),
  int64: basic('int64'),
  uint: basic('uint'),
  uint8: basic('uint8'),
  uint16: basic('uint16'),
  uint32: basic('uint32'),
  uint64: basic('uint64'),
  uintptr: basic('uintptr'),
  float32: basic('float32'),
  float64: basic('float64'),
  complex64: basic('complex64'),
  complex128: basic('complex128'),
  string: basic('string'),
  unsafePointer: basic('unsafe.Pointer'),
  untypedBool: basic('untyped bool'),
  untypedInt: basic('untyped int'),
  untypedRune: basic('untyped rune'),
  untypedFloat: basic('untyped float'),
  untypedComplex: basic('untyped complex'),
  untypedString: basic('untyped string'),
  untypedNil: basic('untyped nil'),
  invalid: basic('invalid type'),
};

// ---- predicates ------------------------------------------------------------------------------

/** The underlying type (named types resolved; type parameters stay). */
export function under(t: Type): Type {
  if (t instanceof Named) {
    return t.underlying ?? Typ.invalid;
  }
  return t;
}

const intKinds = new Set<BasicKind>([
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'untyped int',
  'untyped rune',
]);
const unsignedKinds = new Set<BasicKind>([
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
]);

function basicOf(t: Type): Basic | null {
  const u = under(t);
  return u instanceof Basic ? u : null;
}

/** Whether every type in t's type set satisfies `p` (for type parameters: their core terms). */
function allOf(t: Type, p: (b: Basic) => boolean): boolean {
  if (t instanceof TypeParam) {
    const terms = t.iface().terms();
    return terms !== null && terms.length > 0 && terms.every((x) => allOf(x.type, p));
  }
  const b = basicOf(t);
  return b !== null && p(b);
}

export const isInteger = (t: Type): boolean => allOf(t, (b) => intKinds.has(b.name));
export const isUnsigned = (t: Type): boolean => allOf(t, (b) => unsignedKinds.has(b.name));
export const isFloat = (t: Type): boolean =>
  allOf(t, (b) => b.name === 'float32' || b.name === 'float64' || b.name === 'untyped float');
export const isComplex = (t: Type): boolean =>
  allOf(
    t,
    (b) => b.name === 'complex64' || b.name === 'complex128' || b.name === 'untyped complex',
  );
export const isNumeric = (t: Type): boolean =>
  allOf(
    t,
    (b) =>
      intKinds.has(b.name) ||
      [
        'float32',
        'float64',
        'untyped float',
        'complex64',
        'complex128',
        'untyped complex',
      ].includes(b.name),
  );
export const isString = (t: Type): boolean =>
  allOf(t, (b) => b.name === 'string' || b.name === 'untyped string');
export const isBoolean = (t: Type): boolean =>
  allOf(t, (b) => b.name === 'bool' || b.name === 'untyped bool');
export const isOrdered = (t: Type): boolean =>
  allOf(t, (b) => isInteger(b) || isFloat(b) || isString(b));
export const isUntyped = (t: Type): boolean => t instanceof Basic && t.name.startsWith('untyped');
export const isConstType = (t: Type): boolean =>
  allOf(t, (b) => isNumeric(b) || isString(b) || isBoolean(b));

export function isInterface(t: Type): boolean {
  return !(t instanceof TypeParam) && under(t) instanceof Interface;
}

/** Whether values of t can be compared with == (spec: Comparison operators). */
export function comparable(t: Type, seen: Set<Type> = new Set<Type>(), strict = false): boolean {
  if (seen.has(t)) {
    return true;
  }
  seen.add(t);
  if (t instanceof TypeParam) {
    const i = t.iface();
    const terms = i.terms();
    return i.isComparable() || terms?.every((x) => comparable(x.type, seen, strict)) === true;
  }
  const u = under(t);
  if (u instanceof Basic) {
    return u.name !== 'untyped nil';
  }
  if (u instanceof Struct) {
    return u.fields.every((f) => comparable(f.type, seen, strict));
  }
  if (u instanceof ArrayT) {
    return comparable(u.elem, seen, strict);
  }
  if (u instanceof Interface) {
    // Interfaces are comparable at run time; as type arguments for `comparable` (strict,
    // before Go 1.20) only when their type set is.
    if (!strict) {
      return true;
    }
    const terms = u.terms();
    return u.isComparable() || terms?.every((x) => comparable(x.type, seen, strict)) === true;
  }
  return u instanceof Pointer || u instanceof Chan;
}

/** Whether v is nil-able (pointer, slice, map, chan, func, interface, unsafe.Pointer). */
export function hasNil(t: Type): boolean {
  const u = under(t);
  if (u instanceof TypeParam) {
    // Nil-able when every type of its type set is (a type set of specific types).
    const terms = u.iface().terms();
    return terms !== null && terms.length > 0 && terms.every((x) => hasNil(x.type));
  }
  return (
    u instanceof Pointer ||
    u instanceof Slice ||
    u instanceof MapT ||
    u instanceof Chan ||
    u instanceof Signature ||
    u instanceof Interface ||
    (u instanceof Basic && (u.name === 'unsafe.Pointer' || u.name === 'untyped nil'))
  );
}

/** Type identity (spec: Type identity). */
export function identical(a: Type, b: Type): boolean {
  if (a === b) {
    return true;
  }
  if (a instanceof Named && b instanceof Named) {
    return (
      a.orig !== null &&
      a.orig === b.orig &&
      a.typeArgs.length === b.typeArgs.length &&
      a.typeArgs.every((t, i) => identical(t, b.typeArgs[i] ?? Typ.invalid))
    );
  }
  if (a.kind !== b.kind) {
    return false;
  }
  switch (a.kind) {
    case 'Basic':
      return a.name === (b as Basic).name;
    case 'Pointer':
    case 'Slice':
      return identical(a.elem, (b as Pointer | Slice).elem);
    case 'Array':
      return a.len === (b as ArrayT).len && identical(a.elem, (b as ArrayT).elem);
    case 'Map':
      return identical(a.key, (b as MapT).key) && identical(a.elem, (b as MapT).elem);
    case 'Chan':
      return a.dir === (b as Chan).dir && identical(a.elem, (b as Chan).elem);
    case 'Struct': {
      const bs = b as Struct;
      return (
        a.fields.length === bs.fields.length &&
        a.fields.every((f, i) => {
          const g = bs.fields[i];
          return (
            f.name === g?.name &&
            f.embedded === g.embedded &&
            identical(f.type, g.type) &&
            (a.tags[i] ?? null) === (bs.tags[i] ?? null) &&
            (isExported(f.name) || f.pkg === g.pkg)
          );
        })
      );
    }
    case 'Tuple': {
      const bt = b as Tuple;
      return (
        a.vars.length === bt.vars.length &&
        a.vars.every((v, i) => identical(v.type, bt.vars[i]?.type ?? Typ.invalid))
      );
    }
    case 'Signature': {
      const bs = b as Signature;
      return (
        a.variadic === bs.variadic &&
        a.typeParams.length === 0 &&
        bs.typeParams.length === 0 &&
        identical(a.params, bs.params) &&
        identical(a.results, bs.results)
      );
    }
    case 'Interface': {
      const bi = b as Interface;
      const am = a.allMethods();
      const bm = bi.allMethods();
      const at = a.terms();
      const bt = bi.terms();
      return (
        am.length === bm.length &&
        am.every((m, i) => {
          const n = bm[i];
          return m.name === n?.name && identical(m.type, n.type);
        }) &&
        a.isComparable() === bi.isComparable() &&
        (at === null) === (bt === null) &&
        (at === null ||
          bt === null ||
          (at.length === bt.length &&
            at.every((t) => bt.some((u) => u.tilde === t.tilde && identical(u.type, t.type)))))
      );
    }
    default:
      return false;
  }
}

export function isExported(name: string): boolean {
  const c = name.codePointAt(0) ?? 0;
  return (
    String.fromCodePoint(c).toUpperCase() === String.fromCodePoint(c) &&
    String.fromCodePoint(c).toLowerCase() !== String.fromCodePoint(c)
  );
}

/** The default type of an untyped constant's type. */
export function defaultType(t: Type): Type {
  if (!(t instanceof Basic)) {
    return t;
  }
  switch (t.name) {
    case 'untyped bool':
      return Typ.bool;
    case 'untyped int':
      return Typ.int;
    case 'untyped rune':
      return Typ.int32;
    case 'untyped float':
      return Typ.float64;
    case 'untyped complex':
      return Typ.complex128;
    case 'untyped string':
      return Typ.string;
    default:
      return t;
  }
}

/** The core type (spec: Core types): the single underlying type of a type set, or null. */
export function coreType(t: Type): Type | null {
  if (!(t instanceof TypeParam)) {
    return under(t);
  }
  const terms = t.iface().terms();
  if (terms === null || terms.length === 0) {
    return null;
  }
  const first = under(terms[0]?.type ?? Typ.invalid);
  return terms.every((x) => identical(under(x.type), first)) ? first : null;
}

/** Integer range of a sized integer kind: [min, max] as bigints. */
export function intRange(name: BasicKind): readonly [bigint, bigint] | null {
  switch (name) {
    case 'int8':
      return [-128n, 127n];
    case 'int16':
      return [-32768n, 32767n];
    case 'int32':
    case 'untyped rune':
      return [-(2n ** 31n), 2n ** 31n - 1n];
    case 'int':
    case 'int64':
      return [-(2n ** 63n), 2n ** 63n - 1n];
    case 'uint8':
      return [0n, 255n];
    case 'uint16':
      return [0n, 65535n];
    case 'uint32':
      return [0n, 2n ** 32n - 1n];
    case 'uint':
    case 'uint64':
    case 'uintptr':
      return [0n, 2n ** 64n - 1n];
    default:
      return null;
  }
}
