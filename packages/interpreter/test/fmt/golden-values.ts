// Rebuilds the Go values described in golden/fmt.json (by recorder/describe.go) in the
// interpreter's representation, and a FmtHost whose methods do what recorder/types.go's do.
import {
  GoPanic,
  GoRuntime,
  GoType,
  Iface,
  Kind,
  RuntimeError,
  arrayOf,
  canonical64,
  chanOf,
  funcOf,
  makemap,
  mapOf,
  mapType,
  mapassign,
  namedType,
  pointerTo,
  sliceOf,
  structOf,
  types,
  type HeapObject,
} from '@mapscope/runtime-core';
import type { Op } from '@mapscope/scheduler';
import { Pointer, Slice, type GoFunc, type GState } from '../../src/values.ts';
import type { FmtHost, FmtMethod } from '../../src/fmt/index.ts';
import { toByteString } from '../../src/fmt/index.ts';

/** recorder/describe.go typeDesc. */
export interface TypeDesc {
  kind: string;
  name: string;
  named?: boolean;
  elem?: TypeDesc;
  key?: TypeDesc;
  len?: number;
  fields?: { name: string; type: TypeDesc; embedded?: boolean }[];
}

/** recorder/describe.go valDesc: a typed value (an interface operand). */
export interface ValDesc {
  t: TypeDesc;
  v: unknown;
}

const namedTypes = new Map<string, GoType>();

/** The GoType a descriptor describes (named types are made once per name). */
export function buildType(d: TypeDesc): GoType {
  if (d.named === true) {
    let t = namedTypes.get(d.name);
    if (t === undefined) {
      t = namedType(d.name, structure(d));
      namedTypes.set(d.name, t);
    }
    return t;
  }
  return structure(d);
}

function structure(d: TypeDesc): GoType {
  const elem = (): GoType => buildType(d.elem!);
  switch (d.kind) {
    case 'ptr':
      return pointerTo(elem());
    case 'slice':
      return sliceOf(elem());
    case 'array':
      return arrayOf(d.len ?? 0, elem());
    case 'map':
      return mapOf(buildType(d.key!), elem());
    case 'chan':
      return chanOf(elem());
    case 'func':
      return funcOf(d.named === true ? 'func()' : d.name);
    case 'struct':
      return structOf(
        (d.fields ?? []).map((f) => ({
          name: f.name,
          type: buildType(f.type),
          embedded: f.embedded ?? false,
        })),
      );
    case 'interface':
      return interfaceType(d.name);
    default: {
      const t = (types as unknown as Record<string, GoType | undefined>)[d.kind];
      if (t === undefined) {
        throw new Error(`no basic type ${d.kind}`);
      }
      return t;
    }
  }
}

const interfaces = new Map<string, GoType>();

function interfaceType(name: string): GoType {
  if (name === 'interface {}') {
    return types.any;
  }
  let t = interfaces.get(name);
  if (t === undefined) {
    t = new GoType(Kind.Interface, name, { methods: [] });
    interfaces.set(name, t);
  }
  return t;
}

let nextAddr = 0xc000010000;

/** A fresh heap address (0xc… as Go's, so the goldens' 0xPTR normalization applies). */
export function freshAddr(): number {
  nextAddr += 0x100;
  return nextAddr;
}

function home(t: GoType, count: number): HeapObject {
  return { addr: freshAddr(), type: t, count };
}

const view = new DataView(new ArrayBuffer(8));

/** A float64 from the hex of its bits. */
export function floatFromBits(hex: string): number {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

const dummyFunc: GoFunc = function* () {
  yield* [];
  return undefined;
};

/** The value a descriptor describes, of type t. */
export function buildValue(rt: GoRuntime, t: GoType, v: unknown): unknown {
  switch (t.kind) {
    case Kind.Bool:
    case Kind.String:
      return v;
    case Kind.Float32:
    case Kind.Float64:
      return floatFromBits(v as string);
    case Kind.Complex64:
    case Kind.Complex128: {
      const [re, im] = v as [string, string];
      return { re: floatFromBits(re), im: floatFromBits(im) };
    }
    case Kind.Array:
      return (v as unknown[]).map((e) => buildValue(rt, t.elem!, e));
    case Kind.Struct:
      return (v as unknown[]).map((e, i) => buildValue(rt, t.fields[i]!.type, e));
    case Kind.Slice: {
      if (v === null) {
        return null;
      }
      const arr = (v as unknown[]).map((e) => buildValue(rt, t.elem!, e));
      return new Slice(arr, 0, arr.length, arr.length, home(t.elem!, arr.length));
    }
    case Kind.Map: {
      if (v === null) {
        return null;
      }
      const h = makemap(rt, t);
      for (const [k, e] of v as [unknown, unknown][]) {
        mapassign(rt, mapType(t), h, buildValue(rt, t.key!, k), buildValue(rt, t.elem!, e));
      }
      return h;
    }
    case Kind.Pointer:
      if (v === null) {
        return null;
      }
      return new Pointer([buildValue(rt, t.elem!, (v as { p: unknown }).p)], 0, freshAddr(), null);
    case Kind.Interface:
      return v === null ? null : buildIface(rt, v as ValDesc);
    case Kind.Chan:
      return v === null ? null : { addr: freshAddr() };
    case Kind.Func:
      return v === null ? null : dummyFunc;
    default:
      // integers
      return canonical64(BigInt(v as string));
  }
}

/** An interface operand (null for a nil interface). */
export function buildIface(rt: GoRuntime, d: ValDesc | null): Iface | null {
  if (d === null) {
    return null;
  }
  const t = buildType(d.t);
  return new Iface(t, buildValue(rt, t, d.v));
}

// ---- The methods of recorder/types.go ----

type Impl = (recv: unknown) => unknown;

function nilDeref(): never {
  throw new GoPanic(new RuntimeError('invalid memory address or nil pointer dereference'));
}

const errorStringType = pointerTo(
  buildType({
    kind: 'struct',
    name: 'errors.errorString',
    named: true,
    fields: [{ name: 's', type: { kind: 'string', name: 'string' } }],
  }),
);

/** Value-receiver methods (in the method sets of T and *T) by "T.Method". */
const valueMethods: Record<string, Impl> = {
  'main.Celsius.String': (c) => (c as number).toFixed(1) + toByteString('°C'),
  'main.Boom.String': () => {
    throw new GoPanic(new Iface(types.string, 'boom'));
  },
  'main.BoomErr.Error': () => {
    throw new GoPanic(new Iface(errorStringType, new Pointer([['bad']], 0, freshAddr(), null)));
  },
  'main.GoS.GoString': () => 'GoS!',
  'main.GoS.String': () => 'gos',
  'main.Idx.String': (i) => {
    const names = ['a', 'b'];
    const n = i as number;
    if (n < 0 || n >= names.length) {
      throw new GoPanic(new RuntimeError(`index out of range [${n}] with length 2`));
    }
    return names[n];
  },
  'main.Both.Error': () => 'both-error',
  'main.Both.String': () => 'both-string',
  'main.Color.String': (c) => {
    const n = c as number;
    return n === 0 ? 'red' : n === 1 ? 'green' : `Color(${String(n)})`;
  },
};

/** Pointer-receiver methods (only in the method set of *T) by "*T.Method". */
const pointerMethods: Record<string, Impl> = {
  '*main.MyErr.Error': (p) => {
    if (p === null) {
      nilDeref();
    }
    return 'myerr ' + String(((p as Pointer).load() as unknown[])[0]);
  },
  '*main.PStr.String': (p) =>
    p === null ? 'nilPStr' : 'PStr#' + String(((p as Pointer).load() as unknown[])[0]),
  '*errors.errorString.Error': (p) => ((p as Pointer).load() as unknown[])[0],
};

function asGoFunc(impl: Impl): GoFunc {
  return function* (_g: GState, recv: unknown): Op<unknown> {
    yield* [];
    return impl(recv);
  };
}

const funcs = new Map<string, GoFunc>();

function lookup(key: string, impl: Impl | undefined): GoFunc | null {
  if (impl === undefined) {
    return null;
  }
  let fn = funcs.get(key);
  if (fn === undefined) {
    fn = asGoFunc(impl);
    funcs.set(key, fn);
  }
  return fn;
}

/** A host with recorder/types.go's methods; calls run the method to completion. */
export function testHost(rt: GoRuntime = new GoRuntime()): FmtHost {
  return {
    rt,
    method(t: GoType, name: FmtMethod): GoFunc | null {
      if (t.kind === Kind.Pointer && t.elem?.named === true) {
        const direct = lookup(`${t.name}.${name}`, pointerMethods[`${t.name}.${name}`]);
        if (direct !== null) {
          return direct;
        }
        // A value method through a pointer: Go's wrapper dereferences (nil panics).
        const impl = valueMethods[`${t.elem.name}.${name}`];
        return lookup(
          `${t.name}.${name}`,
          impl === undefined
            ? undefined
            : (p) => impl(p === null ? nilDeref() : (p as Pointer).load()),
        );
      }
      if (!t.named) {
        return null;
      }
      return lookup(`${t.name}.${name}`, valueMethods[`${t.name}.${name}`]);
    },
    *call(fn: GoFunc, recv: unknown): Op<unknown> {
      return yield* fn({ id: 1, depth: 0 }, recv);
    },
  };
}

/** Runs an Op that never blocks to completion. */
export function run<T>(op: Op<T>): T {
  for (;;) {
    const r = op.next();
    if (r.done === true) {
      return r.value;
    }
  }
}

/** Heap addresses as the goldens write them. */
export function normAddrs(s: string): string {
  return s
    .replace(/0xc[0-9a-f]{9}/g, '0xPTR')
    .replace(/\bc[0-9a-f]{9}\b/g, 'PTR')
    .replace(/\b8246[3-5][0-9]{7}\b/g, 'DPTR');
}
