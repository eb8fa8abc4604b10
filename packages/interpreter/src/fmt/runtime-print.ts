// The runtime's own printing: the print and println builtins (to standard error) and the panic
// value in "panic: …". Go: runtime/print.go, runtime/error.go printany / printanycustomtype,
// runtime/panic.go preprintpanics / printpanics.
import {
  GoFatalError,
  GoPanic,
  Iface,
  Kind,
  RuntimeError,
  type Complex,
  type GoType,
} from '@mapscope/runtime-core';
import type { Op } from '@mapscope/scheduler';
import type { Slice } from '../values.ts';
import type { FmtHost } from './host.ts';

/** Addresses the runtime prints that the value representation does not hold. */
export interface RuntimeAddrs {
  /** The address of a type descriptor (printed for interfaces by print). */
  readonly typeAddr?: (t: GoType) => number;
  /** The data word of an interface holding a non-pointer-shaped value. */
  readonly boxAddr?: (v: Iface) => number;
  /** The code address of a func value. */
  readonly funcAddr?: (fn: unknown) => number;
}

/** A typed operand of print / println (the builtins take values of any non-aggregate type). */
export interface PrintArg {
  readonly type: GoType;
  readonly value: unknown;
}

const defaultBoxAddr = 0xc000012000;
const defaultFuncAddr = 0x47b0e0;

/** Go: runtime/print.go printfloat: +d.dddddde±ddd with its own (not exact) rounding. */
export function printfloat(v: number): string {
  if (v !== v) {
    return 'NaN';
  }
  if (v + v === v && v > 0) {
    return '+Inf';
  }
  if (v + v === v && v < 0) {
    return '-Inf';
  }
  const n = 7; // digits printed
  let sign = '+';
  let e = 0; // exp
  if (v === 0) {
    if (1 / v < 0) {
      sign = '-';
    }
  } else {
    if (v < 0) {
      v = -v;
      sign = '-';
    }
    // normalize
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    // round
    let h = 5.0;
    for (let i = 0; i < n; i++) {
      h /= 10;
    }
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  // format +d.dddd+edd
  let digits = '';
  for (let i = 0; i < n; i++) {
    const s = Math.trunc(v);
    digits += String.fromCharCode(s + 0x30);
    v -= s;
    v *= 10;
  }
  const es = e < 0 ? '-' : '+';
  e = Math.abs(e);
  const exp = String.fromCharCode(
    Math.trunc(e / 100) + 0x30,
    (Math.trunc(e / 10) % 10) + 0x30,
    (e % 10) + 0x30,
  );
  return sign + digits.charAt(0) + '.' + digits.slice(1) + 'e' + es + exp;
}

/** Go: runtime/print.go printcomplex. */
export function printcomplex(c: Complex): string {
  return '(' + printfloat(c.re) + printfloat(c.im) + 'i)';
}

/** Go: runtime/print.go printhex. */
export function printhex(v: number | bigint): string {
  return '0x' + BigInt.asUintN(64, BigInt(v)).toString(16);
}

function addrOf(v: unknown): number {
  return v !== null && typeof v === 'object' && 'addr' in v && typeof v.addr === 'number'
    ? v.addr
    : 0;
}

/**
 * One operand as print prints it: bools, integers in decimal, floats as printfloat, strings as
 * their bytes (uintptr in decimal too), pointer-shaped values in hex, slices as [len/cap]0xaddr, interfaces as
 * (0xtype,0xdata). Go: the compiler's calls to runtime/print.go print*.
 */
export function printArgText(a: PrintArg, addrs: RuntimeAddrs = {}): string {
  const t = a.type;
  const v = a.value;
  switch (t.kind) {
    case Kind.Bool:
      return v ? 'true' : 'false';
    case Kind.Float32:
    case Kind.Float64:
      return printfloat(v as number);
    case Kind.Complex64:
    case Kind.Complex128:
      return printcomplex(v as Complex);
    case Kind.String:
      return v as string;
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
      return String(v);
    case Kind.Slice: {
      const s = v as Slice | null;
      const data = s === null ? 0 : (s.home?.addr ?? 0) + s.off * (t.elem?.size ?? 0);
      return `[${s?.len ?? 0}/${s?.cap ?? 0}]` + printhex(data);
    }
    case Kind.Interface: {
      const i = v as Iface | null;
      if (i === null) {
        return '(0x0,0x0)';
      }
      return (
        '(' +
        printhex(addrs.typeAddr?.(i.type) ?? typeAddrDefault(i.type)) +
        ',' +
        printhex(dataWord(i, addrs)) +
        ')'
      );
    }
    case Kind.Func:
      return printhex(v === null ? 0 : (addrs.funcAddr?.(v) ?? defaultFuncAddr));
    default: // pointers, unsafe.Pointer, maps, chans
      return printhex(addrOf(v));
  }
}

// A stand-in for a type descriptor's address in the binary's read-only data.
function typeAddrDefault(t: GoType): number {
  return 0x4a0000 + t.id * 0x40;
}

/** An interface's data word: the pointer itself for pointer-shaped types, else the box. */
function dataWord(i: Iface, addrs: RuntimeAddrs): number {
  switch (i.type.kind) {
    case Kind.Pointer:
    case Kind.UnsafePointer:
    case Kind.Map:
    case Kind.Chan:
      return addrOf(i.value);
    case Kind.Func:
      return i.value === null ? 0 : (addrs.funcAddr?.(i.value) ?? defaultFuncAddr);
    default:
      return addrs.boxAddr?.(i) ?? defaultBoxAddr;
  }
}

/** What `print(args...)` writes: the operands with nothing between them. Go: print. */
export function runtimePrint(args: readonly PrintArg[], addrs?: RuntimeAddrs): string {
  return args.map((a) => printArgText(a, addrs)).join('');
}

/** What `println(args...)` writes: operands separated by spaces, then a newline. Go: println. */
export function runtimePrintln(args: readonly PrintArg[], addrs?: RuntimeAddrs): string {
  return args.map((a) => printArgText(a, addrs)).join(' ') + '\n';
}

/**
 * A panic value as printany prints it once preprintpanics has replaced errors and Stringers
 * by their text: basic types as print prints them, named basic types as `main.T(5)` /
 * `main.S("x")`, anything else as `(main.T) 0xc000012000`. Go: runtime/error.go printany,
 * printanycustomtype.
 */
export function printany(v: Iface | null, addrs: RuntimeAddrs = {}): string {
  if (v === null) {
    return 'nil';
  }
  const t = v.type;
  const basic = printArgBasic(t, v.value);
  if (basic === null) {
    return '(' + t.name + ') ' + printhex(dataWord(v, addrs));
  }
  if (!t.named) {
    return basic;
  }
  switch (t.kind) {
    case Kind.String:
      return t.name + '("' + basic + '")';
    case Kind.Complex64:
    case Kind.Complex128:
      return t.name + basic;
    default:
      return t.name + '(' + basic + ')';
  }
}

// print's text for the basic kinds printany lists; null for the rest.
function printArgBasic(t: GoType, value: unknown): string | null {
  switch (t.kind) {
    case Kind.Bool:
    case Kind.Float32:
    case Kind.Float64:
    case Kind.Complex64:
    case Kind.Complex128:
    case Kind.String:
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
      return printArgText({ type: t, value });
    default:
      return null;
  }
}

/**
 * The text after "panic: " for a panic value: an error's Error(), a Stringer's String() (both
 * called through the host), a runtime error's message, else printany. A panic inside that
 * method is fatal, as in Go. Go: runtime/panic.go preprintpanics + printpanics.
 */
export function* panicValueText(host: FmtHost, v: unknown, addrs?: RuntimeAddrs): Op<string> {
  if (v instanceof RuntimeError) {
    return v.error();
  }
  if (!(v instanceof Iface)) {
    return printany(null, addrs);
  }
  for (const name of ['Error', 'String'] as const) {
    const fn = host.method(v.type, name);
    if (fn === null) {
      continue;
    }
    try {
      const s = yield* host.call(fn, v.value);
      return typeof s === 'string' ? s : String(s);
    } catch (e) {
      if (e instanceof GoPanic) {
        throw new GoFatalError(panicWhilePrinting(e.value));
      }
      throw e;
    }
  }
  const boxAddr = addrs?.boxAddr ?? host.boxAddr;
  return printany(v, boxAddr === undefined ? (addrs ?? {}) : { ...addrs, boxAddr });
}

// Go: runtime/panic.go preprintpanics's deferred function.
function panicWhilePrinting(r: unknown): string {
  const text = 'panic while printing panic value';
  if (r instanceof Iface && r.type.kind === Kind.String && !r.type.named) {
    return text + ': ' + (r.value as string);
  }
  if (r instanceof RuntimeError) {
    return text + ': type ' + (r.plain ? 'runtime.plainError' : 'runtime.errorString');
  }
  return text + ': type ' + (r instanceof Iface ? r.type.name : 'interface {}');
}
