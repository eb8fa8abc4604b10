// The natives of mapscope's reflect (stdlib/reflect): type descriptors are runtime-core
// GoTypes (the checker type each came from supplies signatures, tags and packages), a Value's
// handle is a Handle below. Map, channel and call natives run on the program's scheduler and
// maps, so a reflected map access is the same map operation, with the same hazards.
import {
  GoPanic,
  Iface,
  Kind,
  arrayOf,
  copyValue,
  isAggregate,
  makemap,
  mapOf,
  mapType,
  pointerTo,
  sliceOf,
  structOf as makeStruct,
  types as basic,
  wrapInt,
  zeroValue,
  type Complex,
  type GoType,
  type Hiter,
  type Hmap,
} from '@mapscope/runtime-core';
import { Chan, close, recv, send, type Op } from '@mapscope/scheduler';
import { decodeRune, encodeRune } from '@mapscope/go-types/utf8';
import type { RuntimeTypes } from '../compile/rtypes.ts';
import { VarObj } from '@mapscope/go-types/check/objects';
import {
  Interface as CInterface,
  Named,
  Pointer as CPointer,
  Signature,
  Struct as CStruct,
  Tuple,
  under,
  type Type,
} from '@mapscope/go-types/check/types';
import type { G, Support } from '../runtime/support.ts';
import { Pointer, Slice, UnsafePointer, type GoFunc } from '../values.ts';
import type { Env } from './core-natives.ts';

type Native = (g: G, ...args: unknown[]) => Op<unknown>;

/** reflect's kind numbers, by runtime-core kind. */
export const kindNumber: Readonly<Record<Kind, number>> = {
  [Kind.Bool]: 1,
  [Kind.Int]: 2,
  [Kind.Int8]: 3,
  [Kind.Int16]: 4,
  [Kind.Int32]: 5,
  [Kind.Int64]: 6,
  [Kind.Uint]: 7,
  [Kind.Uint8]: 8,
  [Kind.Uint16]: 9,
  [Kind.Uint32]: 10,
  [Kind.Uint64]: 11,
  [Kind.Uintptr]: 12,
  [Kind.Float32]: 13,
  [Kind.Float64]: 14,
  [Kind.Complex64]: 15,
  [Kind.Complex128]: 16,
  [Kind.Array]: 17,
  [Kind.Chan]: 18,
  [Kind.Func]: 19,
  [Kind.Interface]: 20,
  [Kind.Map]: 21,
  [Kind.Pointer]: 22,
  [Kind.Slice]: 23,
  [Kind.String]: 24,
  [Kind.Struct]: 25,
  [Kind.UnsafePointer]: 26,
};

const intBits: Partial<Record<Kind, number>> = {
  [Kind.Int]: 64,
  [Kind.Int8]: 8,
  [Kind.Int16]: 16,
  [Kind.Int32]: 32,
  [Kind.Int64]: 64,
  [Kind.Uint]: 64,
  [Kind.Uint8]: 8,
  [Kind.Uint16]: 16,
  [Kind.Uint32]: 32,
  [Kind.Uint64]: 64,
  [Kind.Uintptr]: 64,
};

const isSigned = (k: Kind): boolean =>
  k === Kind.Int || k === Kind.Int8 || k === Kind.Int16 || k === Kind.Int32 || k === Kind.Int64;

let handleAddr = 0xc100000000;

/** A reflect.Value's handle: a value of a type, where it lives when addressable, and whether it was reached through an unexported field. */
export class Handle {
  // Go holds a handle as a *handle: these make it compare, and hash, as a pointer does.
  readonly arr: unknown[] = [this];
  readonly idx = 0;
  readonly addr: number = (handleAddr += 16);
  readonly t: GoType;
  readonly #value: unknown;
  /** The variable holding the value (addressable values), or null. */
  readonly ptr: Pointer | null;
  /** Read-only: obtained through an unexported struct field. */
  readonly ro: boolean;
  constructor(t: GoType, value: unknown, ptr: Pointer | null = null, ro = false) {
    this.t = t;
    this.#value = value;
    this.ptr = ptr;
    this.ro = ro;
  }
  get value(): unknown {
    return this.ptr !== null ? this.ptr.load() : this.#value;
  }
}

/** Whether a value of type `from` may be assigned to a variable of type `to` (Go's rules). */
export function assignable(rt: Support, from: GoType, to: GoType): boolean {
  if (from === to) {
    return true;
  }
  if (to.kind === Kind.Interface) {
    return rt.implements(from, to.underlying.methods);
  }
  // Identical underlying types, one of them unnamed (channel direction is not modelled).
  return (!from.named || !to.named) && from.underlying === to.underlying;
}

/** v converted for storing in a variable of type to (an interface boxes it). */
function toVar(v: Handle, to: GoType): unknown {
  if (to.kind === Kind.Interface && v.t.kind !== Kind.Interface) {
    return new Iface(v.t, isAggregate(v.t) ? copyValue(v.t, v.value) : v.value);
  }
  return v.value;
}

/** Stores v in the variable h stands for. */
function store(rt: Support, h: Handle, v: unknown): void {
  const p = h.ptr;
  if (p === null) {
    throw new Error('reflect: store into an unaddressable value');
  }
  if (isAggregate(h.t)) {
    rt.storeAgg(h.t, p.arr, p.idx, v);
  } else {
    p.store(v);
  }
}

/** dst = src, converted as assignment converts (Value.Set). */
export function setValue(rt: Support, dst: Handle, src: Handle): void {
  store(rt, dst, toVar(src, dst.t));
}

/** len of the value h holds (strings, slices, arrays, channels, maps). */
export function lengthOf(h: Handle): number {
  const v = h.value;
  switch (h.t.underlying.kind) {
    case Kind.String:
      return (v as string).length;
    case Kind.Slice:
      return v === null ? 0 : (v as Slice).len;
    case Kind.Array:
      return h.t.underlying.len;
    case Kind.Chan:
      return v === null ? 0 : (v as Chan).buf.length;
    case Kind.Map:
      return v === null ? 0 : (v as Hmap).count;
    default:
      return 0;
  }
}

/** What a pointer points to (addressable) or an interface holds; null for nil. */
export function elemOf(h: Handle): Handle | null {
  const v = h.value;
  if (h.t.kind === Kind.Interface) {
    return v instanceof Iface ? new Handle(v.type, v.value, null, h.ro) : null;
  }
  const e = h.t.underlying.elem;
  if (v === null || e === undefined) {
    return null;
  }
  const p = v instanceof UnsafePointer ? v.ptr : (v as Pointer);
  return new Handle(e, undefined, p, h.ro);
}

/** Swaps elements i and j of the slice h holds. */
export function swapElements(h: Handle, i: number, j: number): void {
  const s = h.value as Slice;
  const a = s.off + i;
  const b = s.off + j;
  const t = s.arr[a];
  s.arr[a] = s.arr[b];
  s.arr[b] = t;
}

const exported = (name: string): boolean => /^\p{Lu}/u.test(name);

/** The natives of reflect on the running program's environment. */
export function reflectNatives(env: () => Env): Record<string, Native> {
  const rt = (): Support => env().rt;
  const tinfo = (): RuntimeTypes => env().types;
  const checkerOf = (t: GoType): Type | undefined => tinfo().checker.get(t);

  // Addresses for what has none of its own (funcs, slices' arrays, type descriptors), stable
  // per object.
  const addrs = new WeakMap<object, number>();
  let nextAddr = 0xc000100000;
  const freshAddr = (): number => {
    nextAddr += 16;
    return nextAddr;
  };

  // One *rtype per type, with an address of its own, so that Types compare with ==. Go's
  // linker lays type descriptors out in the order of their names, which shows where a program
  // sorts by address (fmt prints a map with interface keys in the order of their types'
  // addresses): the address is the name's first seven bytes, then a count.
  const rtypes = new WeakMap<GoType, Pointer>();
  const prefixCount = new Map<bigint, number>();
  const typeAddr = (name: string): bigint => {
    let prefix = 0n;
    for (let i = 0; i < 7; i++) {
      prefix = (prefix << 8n) | BigInt(i < name.length ? name.charCodeAt(i) & 0xff : 0);
    }
    const count = prefixCount.get(prefix) ?? 0;
    prefixCount.set(prefix, count + 1);
    return (prefix << 8n) | BigInt(count & 0xff);
  };
  const typeFor = (t: GoType | undefined | null): Pointer | null => {
    if (t === undefined || t === null) {
      return null;
    }
    let p = rtypes.get(t);
    if (p === undefined) {
      p = new Pointer([[t]], 0, typeAddr(t.name) as unknown as number, null);
      rtypes.set(t, p);
    }
    return p;
  };

  const addrOf = (o: object): number | bigint => {
    const a = (o as { addr?: unknown }).addr;
    if ((typeof a === 'number' && a !== 0) || typeof a === 'bigint') {
      return a;
    }
    let n = addrs.get(o);
    if (n === undefined) {
      n = freshAddr();
      addrs.set(o, n);
    }
    return n;
  };

  /** The runtime type of a checker type. */
  const goType = (t: Type): GoType => tinfo().of(t);

  /** A function type's checker signature. */
  const signature = (t: GoType): Signature => {
    const c = checkerOf(t) ?? checkerOf(t.underlying);
    const u = c === undefined ? undefined : under(c);
    if (!(u instanceof Signature)) {
      throw rt().unsupported(`reflect on the signature of ${t.name}`);
    }
    return u;
  };

  /** The checker struct of a struct type. */
  const structOf = (t: GoType): CStruct | null => {
    const c = checkerOf(t) ?? checkerOf(t.underlying);
    const u = c === undefined ? undefined : under(c);
    return u instanceof CStruct ? u : null;
  };

  interface MethodInfo {
    readonly name: string;
    /** The method's checker signature (without receiver). */
    readonly sig: Signature | null;
  }

  /** The method set reflect shows: an interface's methods, or a type's exported ones; by name. */
  const methodsOf = (t: GoType): MethodInfo[] => {
    if (t.kind === Kind.Interface) {
      const c = checkerOf(t) ?? checkerOf(t.underlying);
      const u = c === undefined ? undefined : under(c);
      if (u instanceof CInterface) {
        return u
          .allMethods()
          .map((m) => ({ name: m.name, sig: m.type }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      }
      return [...t.methods].sort().map((name) => ({ name, sig: null }));
    }
    const table = rt().methods.get(t);
    if (table === undefined) {
      return [];
    }
    const c = checkerOf(t);
    const base = c instanceof CPointer ? c.elem : c;
    const named = base instanceof Named ? base : null;
    return [...table.keys()]
      .filter(exported)
      .sort()
      .map((name) => {
        const m = named?.methods.find((f) => f.name === name);
        return { name, sig: m?.type ?? null };
      });
  };

  /** The type of method m of t as reflect gives it: with t as the first parameter. */
  const methodType = (t: GoType, m: MethodInfo, withRecv: boolean): GoType => {
    const sig = m.sig;
    if (sig === null) {
      throw rt().unsupported(`reflect on the type of method ${m.name}`);
    }
    const recv = checkerOf(t);
    const params =
      withRecv && recv !== undefined
        ? new Tuple([new VarObj('', null, null, recv), ...sig.params.vars])
        : sig.params;
    return goType(new Signature([], params, sig.results, sig.variadic));
  };

  const handle = (x: unknown): Handle => x as Handle;
  /** The tags of struct types made by StructOf (they have no checker type). */
  const madeTags = new WeakMap<GoType, readonly string[]>();

  const ifaceOf = (t: GoType, v: unknown): Iface => new Iface(t, v);

  const isZero = (t: GoType, v: unknown): boolean => {
    switch (t.underlying.kind) {
      case Kind.Struct: {
        const arr = v as unknown[];
        return t.underlying.fields.every((f, i) => isZero(f.type, arr[i]));
      }
      case Kind.Array: {
        const arr = v as unknown[];
        const e = t.underlying.elem ?? basic.int;
        return arr.every((x) => isZero(e, x));
      }
      case Kind.Float32:
      case Kind.Float64:
        return Object.is(v, 0);
      case Kind.Complex64:
      case Kind.Complex128:
        return Object.is((v as Complex).re, 0) && Object.is((v as Complex).im, 0);
      case Kind.String:
        return v === '';
      case Kind.Bool:
        return v === false;
      default:
        return v === null || v === 0 || v === 0n;
    }
  };

  /** The value of a call's results, as the compiled function returns them. */
  const results = (sig: Signature, r: unknown): Handle[] => {
    const rs = sig.results.vars;
    if (rs.length === 0) {
      return [];
    }
    const vals = rs.length === 1 ? [r] : (r as unknown[]);
    return rs.map((v, i) => new Handle(goType(v.type), vals[i]));
  };

  const bitsOf = (t: GoType): number => intBits[t.underlying.kind] ?? 64;

  /** Converts a value of type from to type to, as the conversion to(v) does. */
  const convert = (v: unknown, from: GoType, to: GoType): unknown => {
    const fk = from.underlying.kind;
    const tk = to.underlying.kind;
    if (to.kind === Kind.Interface) {
      return from.kind === Kind.Interface ? v : new Iface(from, v);
    }
    const tb = intBits[tk];
    if (tb !== undefined) {
      if (intBits[fk] !== undefined) {
        return wrapInt(v as number | bigint, tb, isSigned(tk));
      }
      if (fk === Kind.Float32 || fk === Kind.Float64) {
        return rt().floatToInt(v as number, tb, isSigned(tk));
      }
    }
    if (tk === Kind.Float64 || tk === Kind.Float32) {
      const x = Number(v);
      return tk === Kind.Float32 ? Math.fround(x) : x;
    }
    if (tk === Kind.String) {
      if (intBits[fk] !== undefined) {
        const n = Number(v);
        const r = n < 0 || n > 0x10ffff || (n >= 0xd800 && n < 0xe000) ? 0xfffd : n;
        return encodeRune(r);
      }
      if (fk === Kind.Slice) {
        const s = v as Slice | null;
        const e = from.underlying.elem?.underlying.kind;
        if (e === Kind.Uint8) {
          return rt().bytesToString(s);
        }
        return s === null
          ? ''
          : s.arr
              .slice(s.off, s.off + s.len)
              .map((r) => encodeRune(r as number))
              .join('');
      }
      return v;
    }
    if (tk === Kind.Slice && fk === Kind.String) {
      const e = to.underlying.elem ?? basic.uint8;
      if (e.underlying.kind === Kind.Uint8) {
        return rt().stringToBytes(e, v as string);
      }
      const str = v as string;
      const rs: number[] = [];
      for (let i = 0; i < str.length;) {
        const [r, w] = decodeRune(str, i);
        rs.push(r);
        i += w;
      }
      return new Slice(rs, 0, rs.length, rs.length, rt().alloc(e, Math.max(rs.length, 1)));
    }
    if (isAggregate(to)) {
      return copyValue(to, v);
    }
    return v;
  };

  /** Whether a value of type from may be assigned to a variable of type to. */
  const numeric = (k: Kind): boolean =>
    intBits[k] !== undefined || k === Kind.Float32 || k === Kind.Float64;

  const convertible = (from: GoType, to: GoType): boolean => {
    if (assignable(rt(), from, to) || from.underlying === to.underlying) {
      return true;
    }
    const fk = from.underlying.kind;
    const tk = to.underlying.kind;
    if (numeric(fk) && numeric(tk)) {
      return true;
    }
    if (
      (fk === Kind.Complex64 || fk === Kind.Complex128) &&
      (tk === Kind.Complex64 || tk === Kind.Complex128)
    ) {
      return true;
    }
    const byteOrRuneSlice = (t: GoType): boolean => {
      const e = t.underlying.elem?.underlying.kind;
      return t.underlying.kind === Kind.Slice && (e === Kind.Uint8 || e === Kind.Int32);
    };
    if (tk === Kind.String && (intBits[fk] !== undefined || byteOrRuneSlice(from))) {
      return true;
    }
    if (fk === Kind.String && byteOrRuneSlice(to)) {
      return true;
    }
    if (
      fk === Kind.Pointer &&
      tk === Kind.Pointer &&
      from.underlying.elem?.underlying === to.underlying.elem?.underlying
    ) {
      return true;
    }
    return false;
  };

  /** reflect's Name: a defined type's name, a predeclared type's own, "" otherwise. */
  const typeName = (t: GoType): string => {
    const c = checkerOf(t);
    if (c instanceof Named) {
      const args = t.name.indexOf('[');
      return c.obj.name + (args >= 0 ? t.name.slice(args) : '');
    }
    if (t.kind === Kind.UnsafePointer) {
      return 'Pointer';
    }
    if (t.named) {
      return t.name.slice(t.name.lastIndexOf('.') + 1);
    }
    // Predeclared types are their own underlying types and have a name; type literals do not.
    const literal = /[^a-z0-9]/.test(t.name);
    return literal ? '' : t.name;
  };

  const pkgPathOf = (t: GoType): string => {
    const c = checkerOf(t);
    if (c instanceof Named) {
      return c.obj.pkg?.path ?? '';
    }
    return t.kind === Kind.UnsafePointer ? 'unsafe' : '';
  };

  const n = (x: unknown): number => Number(x);
  const pkg = 'reflect';
  const plain = (f: (...args: unknown[]) => unknown): Native =>
    // eslint-disable-next-line require-yield
    function* (_g, ...args) {
      return f(...args);
    };
  const desc = (x: unknown): GoType => x as GoType;

  const natives: Record<string, Native> = {
    // ---- types ----
    [`${pkg}.typeOf`]: plain((i) => (i instanceof Iface ? typeFor(i.type) : null)),
    [`${pkg}.typeFor`]: plain((t) => typeFor(desc(t))),
    [`${pkg}.kindOf`]: plain((t) => kindNumber[desc(t).kind]),
    [`${pkg}.typeString`]: plain((t) => desc(t).name),
    [`${pkg}.typeName`]: plain((t) => typeName(desc(t))),
    [`${pkg}.typePkgPath`]: plain((t) => pkgPathOf(desc(t))),
    [`${pkg}.typeSize`]: plain((t) => desc(t).size),
    [`${pkg}.typeAlign`]: plain((t) => desc(t).align),
    [`${pkg}.typeComparable`]: plain((t) => desc(t).alg !== null),
    [`${pkg}.typeElem`]: plain((t) => typeFor(desc(t).underlying.elem)),
    [`${pkg}.typeKey`]: plain((t) => typeFor(desc(t).underlying.key)),
    [`${pkg}.typeKeyDesc`]: plain((t) => desc(t).underlying.key),
    [`${pkg}.typeLen`]: plain((t) => desc(t).underlying.len),
    [`${pkg}.typeChanDir`]: plain((t) => {
      const name = desc(t).underlying.name;
      return name.startsWith('<-chan') ? 1 : name.startsWith('chan<-') ? 2 : 3;
    }),
    [`${pkg}.typeNumField`]: plain((t) => desc(t).underlying.fields.length),
    [`${pkg}.typeField`]: plain((t, i) => {
      const st = desc(t);
      const f = st.underlying.fields[n(i)];
      if (f === undefined) {
        throw new GoPanic(new Iface(basic.string, 'reflect: Field index out of bounds'));
      }
      const cs = structOf(st);
      const obj = cs?.fields[n(i)];
      const tag = cs?.tags[n(i)] ?? madeTags.get(st.underlying)?.[n(i)] ?? '';
      const pkgPath = exported(f.name) ? '' : (obj?.pkg?.path ?? '');
      return [f.name, pkgPath, typeFor(f.type), tag, f.offset, f.embedded];
    }),
    [`${pkg}.typeIsVariadic`]: plain((t) => signature(desc(t)).variadic),
    [`${pkg}.typeNumIn`]: plain((t) => signature(desc(t)).params.vars.length),
    [`${pkg}.typeNumOut`]: plain((t) => signature(desc(t)).results.vars.length),
    [`${pkg}.typeIn`]: plain((t, i) => {
      const v = signature(desc(t)).params.vars[n(i)];
      return v === undefined ? null : typeFor(goType(v.type));
    }),
    [`${pkg}.typeOut`]: plain((t, i) => {
      const v = signature(desc(t)).results.vars[n(i)];
      return v === undefined ? null : typeFor(goType(v.type));
    }),
    [`${pkg}.typeNumMethod`]: plain((t) => methodsOf(desc(t)).length),
    [`${pkg}.typeMethod`]: plain((t, i) => {
      const m = methodsOf(desc(t))[n(i)];
      if (m === undefined) {
        return ['', null];
      }
      return [m.name, typeFor(methodType(desc(t), m, desc(t).kind !== Kind.Interface))];
    }),
    [`${pkg}.typeImplements`]: plain((iface, t) =>
      rt().implements(desc(t), desc(iface).underlying.methods),
    ),
    [`${pkg}.typeAssignable`]: plain((from, to) => assignable(rt(), desc(from), desc(to))),
    [`${pkg}.typeConvertible`]: plain((from, to) => convertible(desc(from), desc(to))),
    [`${pkg}.pointerTo`]: plain((t) => typeFor(pointerTo(desc(t)))),
    [`${pkg}.sliceOf`]: plain((t) => typeFor(sliceOf(desc(t)))),
    [`${pkg}.mapOf`]: plain((k, e) => typeFor(mapOf(desc(k), desc(e)))),
    [`${pkg}.arrayOf`]: plain((len, e) => typeFor(arrayOf(n(len), desc(e)))),
    [`${pkg}.structOf`]: plain((names, fieldTypes, tags, embedded) => {
      const list = <T>(s: unknown): T[] => {
        const sl = s as Slice | null;
        return sl === null ? [] : (sl.arr.slice(sl.off, sl.off + sl.len) as T[]);
      };
      const ts = list<GoType>(fieldTypes);
      const es = list<boolean>(embedded);
      const st = makeStruct(
        list<string>(names).map((name, i) => ({
          name,
          type: ts[i] ?? basic.int,
          embedded: es[i] ?? false,
        })),
      );
      madeTags.set(st, list<string>(tags));
      return typeFor(st);
    }),

    // ---- values ----
    [`${pkg}.valueOf`]: plain((i) => (i instanceof Iface ? new Handle(i.type, i.value) : null)),
    [`${pkg}.zeroOf`]: plain((t) => new Handle(desc(t), zeroValue(desc(t)))),
    [`${pkg}.newOf`]: plain((t) => {
      const p = rt().box(desc(t), zeroValue(desc(t)));
      return new Handle(pointerTo(desc(t)), p);
    }),
    [`${pkg}.valueType`]: plain((h) => handle(h).t),
    [`${pkg}.valueRO`]: plain((h) => handle(h).ro),
    [`${pkg}.valueAddressable`]: plain((h) => handle(h).ptr !== null),
    [`${pkg}.valueInterface`]: plain((x) => {
      const h = handle(x);
      if (h.t.kind === Kind.Interface) {
        return h.value;
      }
      return ifaceOf(h.t, isAggregate(h.t) ? copyValue(h.t, h.value) : h.value);
    }),
    [`${pkg}.valueBool`]: plain((x) => handle(x).value),
    [`${pkg}.valueBytes`]: plain((x) => handle(x).value),
    [`${pkg}.valueInt`]: plain((x) => handle(x).value),
    [`${pkg}.valueUint`]: plain((x) => handle(x).value),
    [`${pkg}.valueFloat`]: plain((x) => handle(x).value),
    [`${pkg}.valueComplex`]: plain((x) => handle(x).value),
    [`${pkg}.valueString`]: plain((x) => handle(x).value),
    [`${pkg}.valueLen`]: plain((x) => lengthOf(handle(x))),
    [`${pkg}.valueCap`]: plain((x) => {
      const h = handle(x);
      const v = h.value;
      switch (h.t.underlying.kind) {
        case Kind.Slice:
          return v === null ? 0 : (v as Slice).cap;
        case Kind.Array:
          return h.t.underlying.len;
        case Kind.Chan:
          return v === null ? 0 : (v as Chan).cap;
        default:
          return 0;
      }
    }),
    [`${pkg}.valueIsNil`]: plain((x) => handle(x).value === null),
    [`${pkg}.valueIsZero`]: plain((x) => isZero(handle(x).t, handle(x).value)),
    [`${pkg}.valueElem`]: plain((x) => elemOf(handle(x))),
    [`${pkg}.valueField`]: plain((x, i) => {
      const h = handle(x);
      const f = h.t.underlying.fields[n(i)];
      if (f === undefined) {
        throw new GoPanic(new Iface(basic.string, 'reflect: Field index out of range'));
      }
      const ro = h.ro || !exported(f.name);
      const arr = h.value as unknown[];
      if (h.ptr !== null) {
        return new Handle(f.type, undefined, rt().ptr(arr, n(i), h.ptr.home), ro);
      }
      return new Handle(f.type, arr[n(i)], null, ro);
    }),
    [`${pkg}.valueIndex`]: plain((x, i) => {
      const h = handle(x);
      const k = n(i);
      const u = h.t.underlying;
      if (u.kind === Kind.String) {
        return new Handle(basic.uint8, (h.value as string).charCodeAt(k), null, h.ro);
      }
      const e = u.elem ?? basic.int;
      if (u.kind === Kind.Slice) {
        const s = h.value as Slice;
        return new Handle(e, undefined, rt().ptr(s.arr, s.off + k, s.home), h.ro);
      }
      const arr = h.value as unknown[];
      if (h.ptr !== null) {
        return new Handle(e, undefined, rt().ptr(arr, k, h.ptr.home), h.ro);
      }
      return new Handle(e, arr[k], null, h.ro);
    }),
    [`${pkg}.valueArrayBytes`]: plain((x) => {
      const h = handle(x);
      const arr = h.value as unknown[];
      return new Slice(arr, 0, arr.length, arr.length, h.ptr?.home ?? null);
    }),
    [`${pkg}.valuePointer`]: plain((x) => {
      const v = handle(x).value;
      if (v === null || v === undefined) {
        return 0;
      }
      if (v instanceof Slice) {
        return Number(addrOf(v.arr)) + v.off * 8;
      }
      return addrOf(v);
    }),
    [`${pkg}.valueUnsafePointer`]: plain((x) => {
      const h = handle(x);
      const v = h.value;
      if (v === null || v instanceof UnsafePointer) {
        return v;
      }
      return new UnsafePointer(v as Pointer, h.t.underlying.elem ?? basic.uint8);
    }),
    [`${pkg}.valueAddr`]: plain((x) => {
      const h = handle(x);
      return new Handle(pointerTo(h.t), h.ptr, null, h.ro);
    }),
    [`${pkg}.valueSlice`]: plain((x, i, j, k) => {
      const h = handle(x);
      const [a, b, c] = [n(i), n(j), n(k)];
      const u = h.t.underlying;
      if (u.kind === Kind.String) {
        return new Handle(h.t, (h.value as string).slice(a, b), null, h.ro);
      }
      if (u.kind === Kind.Slice) {
        const s = h.value as Slice | null;
        if (s === null) {
          return new Handle(h.t, null, null, h.ro);
        }
        const cap = c < 0 ? s.cap : c;
        return new Handle(h.t, new Slice(s.arr, s.off + a, b - a, cap - a, s.home), null, h.ro);
      }
      const arr = h.value as unknown[];
      const cap = c < 0 ? arr.length : c;
      const st = sliceOf(u.elem ?? basic.int);
      return new Handle(st, new Slice(arr, a, b - a, cap - a, h.ptr?.home ?? null), null, h.ro);
    }),
    [`${pkg}.valueSet`]: plain((dst, src) => {
      setValue(rt(), handle(dst), handle(src));
    }),
    [`${pkg}.valueSetScalar`]: plain((dst, x) => {
      store(rt(), handle(dst), (x as Iface).value);
    }),
    [`${pkg}.valueSetInt`]: plain((dst, x) => {
      const d = handle(dst);
      store(rt(), d, wrapInt(x as number | bigint, bitsOf(d.t), true));
    }),
    [`${pkg}.valueSetUint`]: plain((dst, x) => {
      const d = handle(dst);
      store(rt(), d, wrapInt(x as number | bigint, bitsOf(d.t), false));
    }),
    [`${pkg}.valueSetFloat`]: plain((dst, x) => {
      const d = handle(dst);
      store(rt(), d, d.t.underlying.kind === Kind.Float32 ? Math.fround(x as number) : x);
    }),
    [`${pkg}.valueSetComplex`]: plain((dst, x) => {
      const d = handle(dst);
      const c = x as Complex;
      store(
        rt(),
        d,
        d.t.underlying.kind === Kind.Complex64
          ? { re: Math.fround(c.re), im: Math.fround(c.im) }
          : c,
      );
    }),
    [`${pkg}.valueSetLen`]: plain((dst, len) => {
      const d = handle(dst);
      const s = d.value as Slice;
      store(rt(), d, new Slice(s.arr, s.off, n(len), s.cap, s.home));
    }),
    [`${pkg}.valueConvert`]: plain((x, to) => {
      const h = handle(x);
      return new Handle(desc(to), convert(h.value, h.t, desc(to)), null, h.ro);
    }),
    [`${pkg}.valueGrow`]: plain((x, extra) => {
      const h = handle(x);
      const e = h.t.underlying.elem ?? basic.int;
      const zeros = Array.from({ length: n(extra) }, () => zeroValue(e));
      return new Handle(h.t, rt().append(e, h.value as Slice | null, zeros), null, h.ro);
    }),
    [`${pkg}.valueEqual`]: plain((a, b) => {
      const x = handle(a).value as { arr?: unknown; idx?: number } | null;
      const y = handle(b).value as { arr?: unknown; idx?: number } | null;
      return x === y || (x !== null && y !== null && x.arr === y.arr && x.idx === y.idx);
    }),
    [`${pkg}.swap`]: plain((x, i, j) => {
      swapElements(handle(x), n(i), n(j));
    }),
    // ---- maps: the program's map operations ----
    [`${pkg}.mapIndex`]: function* (_g, m, k) {
      const h = handle(m);
      const mt = mapType(h.t.underlying);
      const key = toVar(handle(k), h.t.underlying.key ?? basic.int);
      const v = yield* env().maps.get(mt, h.value as Hmap | null, key);
      const e = h.t.underlying.elem ?? basic.int;
      return v === undefined
        ? null
        : new Handle(e, isAggregate(e) ? copyValue(e, v) : v, null, h.ro);
    },
    [`${pkg}.mapStore`]: function* (_g, m, k, v) {
      const h = handle(m);
      const u = h.t.underlying;
      const key = toVar(handle(k), u.key ?? basic.int);
      const elem = toVar(handle(v), u.elem ?? basic.int);
      const e = u.elem ?? basic.int;
      yield* env().maps.set(
        mapType(u),
        h.value as Hmap | null,
        key,
        isAggregate(e) ? copyValue(e, elem) : elem,
      );
    },
    [`${pkg}.mapDelete`]: function* (_g, m, k) {
      const h = handle(m);
      const u = h.t.underlying;
      yield* env().maps.delete(
        mapType(u),
        h.value as Hmap | null,
        toVar(handle(k), u.key ?? basic.int),
      );
    },
    [`${pkg}.mapIterStart`]: function* (_g, m) {
      const h = handle(m);
      // Not a choice of an exploration: reflect iterates for the standard library (fmt,
      // encoding/json), which sorts or otherwise hides the order.
      const it = yield* env().maps.rangeStart(
        mapType(h.t.underlying),
        h.value as Hmap | null,
        '',
        false,
      );
      return it;
    },
    [`${pkg}.mapIterNext`]: function* (_g, it) {
      yield* env().maps.rangeNext(it as Hiter);
    },
    [`${pkg}.mapIterDone`]: plain((it) => !(it as Hiter).ok),
    [`${pkg}.mapIterKey`]: plain((m, it) => {
      const k = handle(m).t.underlying.key ?? basic.int;
      const v = (it as Hiter).key;
      return new Handle(k, isAggregate(k) ? copyValue(k, v) : v, null, handle(m).ro);
    }),
    [`${pkg}.mapIterElem`]: plain((m, it) => {
      const e = handle(m).t.underlying.elem ?? basic.int;
      const v = (it as Hiter).elem;
      return new Handle(e, isAggregate(e) ? copyValue(e, v) : v, null, handle(m).ro);
    }),

    // ---- methods and calls ----
    [`${pkg}.methodValue`]: plain((x, i) => {
      let h = handle(x);
      const m = methodsOf(h.t)[n(i)];
      if (m === undefined) {
        return null;
      }
      let recv: unknown = h.value;
      let dyn = h.t;
      if (h.t.kind === Kind.Interface) {
        const iv = h.value as Iface;
        dyn = iv.type;
        recv = iv.value;
        h = new Handle(dyn, recv, null, h.ro);
      }
      const fn = rt().methods.get(dyn)?.get(m.name);
      if (fn === undefined) {
        throw rt().unsupported(`reflect: method ${m.name} of ${dyn.name}`);
      }
      const bound: GoFunc = (g, ...args) => fn(g, recv, ...args);
      return new Handle(methodType(h.t, m, false), bound, null, h.ro);
    }),
    [`${pkg}.methodExpr`]: plain((t, i) => {
      const m = methodsOf(desc(t))[n(i)];
      if (m === undefined) {
        return null;
      }
      const fn = rt().methods.get(desc(t))?.get(m.name);
      if (fn === undefined) {
        throw rt().unsupported(`reflect: method ${m.name} of ${desc(t).name}`);
      }
      return new Handle(methodType(desc(t), m, true), fn);
    }),
    [`${pkg}.callFunc`]: function* (g, f, args) {
      const h = handle(f);
      const sig = signature(h.t);
      const list = args as Slice;
      const params = sig.params.vars;
      const vals: unknown[] = [];
      for (let i = 0; i < list.len; i++) {
        const a = handle(list.arr[list.off + i]);
        const p = params[i];
        vals.push(p === undefined ? a.value : toVar(a, goType(p.type)));
      }
      const fn = h.value as GoFunc;
      const r = yield* fn(g, ...vals);
      const out = results(sig, r);
      return new Slice(out, 0, out.length, out.length, null);
    },

    // ---- channels ----
    [`${pkg}.chanSend`]: function* (_g, c, x) {
      const h = handle(c);
      yield* send(
        env().s,
        h.value as Chan | null,
        toVar(handle(x), h.t.underlying.elem ?? basic.int),
      );
    },
    [`${pkg}.chanRecv`]: function* (_g, c) {
      const h = handle(c);
      const [v, ok] = yield* recv(env().s, h.value as Chan | null);
      return [new Handle(h.t.underlying.elem ?? basic.int, v), ok];
    },
    [`${pkg}.chanClose`]: function* (_g, c) {
      yield* close(env().s, handle(c).value as Chan | null);
    },

    // ---- making values ----
    [`${pkg}.makeSlice`]: plain((t, len, cap) => {
      const e = desc(t).underlying.elem ?? basic.int;
      return new Handle(desc(t), rt().makeSlice(e, n(len), n(cap)));
    }),
    [`${pkg}.makeMap`]: plain((t, size) => {
      return new Handle(desc(t), makemap(env().maps.rt, mapType(desc(t).underlying), n(size)));
    }),
    // A func value whose calls pass their arguments, as handles, to a Go closure
    // (func(args []any) []any) and return the handles it gives back.
    [`${pkg}.makeFunc`]: plain((t, fn) => {
      const ft = desc(t);
      const sig = signature(ft);
      const call = fn as GoFunc;
      const made: GoFunc = function* (g, ...args) {
        const hs = sig.params.vars.map((p, i) => new Handle(goType(p.type), args[i]));
        const out = (yield* call(g, new Slice(hs, 0, hs.length, hs.length, null))) as Slice | null;
        const vals: unknown[] = [];
        sig.results.vars.forEach((r, i) => {
          const h = out === null ? undefined : (out.arr[out.off + i] as Handle | undefined);
          vals.push(h === undefined ? zeroValue(goType(r.type)) : toVar(h, goType(r.type)));
        });
        return vals.length === 0 ? undefined : vals.length === 1 ? vals[0] : vals;
      };
      return new Handle(ft, made);
    }),
    [`${pkg}.makeChan`]: plain((t, size) => {
      const e = desc(t).underlying.elem ?? basic.int;
      return new Handle(desc(t), new Chan(n(size), zeroValue(e)));
    }),
  };
  return natives;
}
