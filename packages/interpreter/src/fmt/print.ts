// fmt's printer: Sprintf, Sprint, Sprintln and Errorf's text, verb by verb as Go 1.19 prints.
// Go: fmt/print.go. Go's printer walks values with reflect; here a value is a GoType with a
// value in the interpreter's representation (RValue), and the Error / String / GoString methods
// it calls are Go code: every path that can call one is a generator (Op).
//
// Not modelled: fmt.Formatter (a Format method is not called; the value prints as if it had
// none) and the fmt.State it would need.
import {
  GoPanic,
  Iface,
  Kind,
  RuntimeError,
  assert,
  type Complex,
  type GoType,
  type Hmap,
} from '@mapscope/runtime-core';
import type { Op } from '@mapscope/scheduler';
import type { Slice } from '../values.ts';
import { Pointer, type GoFunc } from '../values.ts';
import { Fmt, ldigits, udigits } from './format.ts';
import { sortMap } from './fmtsort.ts';
import type { FmtHost, FmtMethod } from './host.ts';
import { decodeRune, encodeRune } from './utf8.ts';

/** reflect.Value: a value of type t; ro when reached through an unexported field (flagRO). */
interface RValue {
  readonly t: GoType;
  readonly v: unknown;
  readonly ro: boolean;
}

const commaSpaceString = ', ';
const nilAngleString = '<nil>';
const nilParenString = '(nil)';
const percentBangString = '%!';
const invReflectString = '<invalid reflect.Value>';

/** Address printed for a func value when the host gives none. */
const defaultFuncAddr = 0x47b0e0;

const integerKinds: ReadonlySet<string> = new Set([
  Kind.Int,
  Kind.Int8,
  Kind.Int16,
  Kind.Int32,
  Kind.Int64,
  Kind.Uint,
  Kind.Uint8,
  Kind.Uint16,
  Kind.Uint32,
  Kind.Uint64,
  Kind.Uintptr,
]);
const signedKinds: ReadonlySet<string> = new Set([
  Kind.Int,
  Kind.Int8,
  Kind.Int16,
  Kind.Int32,
  Kind.Int64,
]);

/** Whether a value of t can have methods (Go's type switch in printArg skips basic types). */
function mayHaveMethods(t: GoType): boolean {
  return t.named || t.kind === Kind.Pointer || t.kind === Kind.Struct || t.kind === Kind.Interface;
}

/** Whether a field name is exported (its first letter is upper case). */
function exported(name: string): boolean {
  const c = name.charAt(0);
  return c !== '' && c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The 64-bit two's-complement pattern of an integer. */
function u64(v: unknown): bigint {
  return BigInt.asUintN(64, BigInt(v as number | bigint));
}

/** Runs a generator that cannot reach a Go call (the printer is in badVerb: erroring). */
function runSync(op: Op): void {
  const r = op.next();
  assert(r.done === true, 'fmt: a method call while printing a bad verb');
}

/** The elements of an array or slice value. */
function elements(t: GoType, v: unknown): readonly unknown[] {
  if (t.kind === Kind.Array) {
    return v as unknown[];
  }
  const s = v as Slice | null;
  return s === null ? [] : s.arr.slice(s.off, s.off + s.len);
}

/** A byte slice or byte array as a byte string. */
function bytesOf(t: GoType, v: unknown): string {
  let s = '';
  for (const c of elements(t, v)) {
    s += String.fromCharCode(c as number);
  }
  return s;
}

/** Go: fmt/print.go tooLarge. */
function tooLarge(x: number): boolean {
  return x > 1e6 || x < -1e6;
}

/** Go: fmt/print.go parsenum: [num, isnum, newi]. */
function parsenum(s: string, start: number, end: number): [number, boolean, number] {
  if (start >= end) {
    return [0, false, end];
  }
  let num = 0,
    isnum = false,
    newi = start;
  for (; newi < end && s.charCodeAt(newi) >= 0x30 && s.charCodeAt(newi) <= 0x39; newi++) {
    if (tooLarge(num)) {
      return [0, false, end]; // Overflow; crazy long number most likely.
    }
    num = num * 10 + s.charCodeAt(newi) - 0x30;
    isnum = true;
  }
  return [num, isnum, newi];
}

/** Go: fmt/print.go intFromArg: [num, isInt, newArgNum]. */
function intFromArg(a: readonly unknown[], argNum: number): [number, boolean, number] {
  if (argNum >= a.length) {
    return [0, false, argNum];
  }
  const arg = a[argNum];
  let num = 0,
    isInt = false;
  if (arg instanceof Iface && integerKinds.has(arg.type.kind)) {
    const n = BigInt(arg.value as number | bigint);
    if (signedKinds.has(arg.type.kind) || n < 1n << 63n) {
      num = Number(BigInt.asIntN(64, n));
      isInt = true;
    }
  }
  if (tooLarge(num)) {
    num = 0;
    isInt = false;
  }
  return [num, isInt, argNum + 1];
}

/** Go: fmt/print.go parseArgNumber: [index, wid, ok]. */
function parseArgNumber(format: string): [number, number, boolean] {
  // There must be at least 3 bytes: [n].
  if (format.length < 3) {
    return [0, 1, false];
  }
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const [width, ok, newi] = parsenum(format, 1, i);
      if (!ok || newi !== i) {
        return [0, i + 1, false];
      }
      return [width - 1, i + 1, true]; // arg numbers are one-indexed and skip paren.
    }
  }
  return [0, 1, false];
}

/** The printer's state for one Sprintf / Sprint / Sprintln call. Go: fmt/print.go pp. */
export class Printer {
  readonly fmt: Fmt = new Fmt();
  readonly host: FmtHost;
  /** The current top-level operand, as an interface value (Go: p.arg). */
  arg: Iface | null = null;
  /** The current value below the top level (Go: p.value); null is the invalid Value. */
  value: RValue | null = null;
  reordered = false;
  goodArgNum = false;
  panicking = false;
  erroring = false;
  /** Errorf: %w is allowed. */
  wrapErrs = false;
  wrappedErr: Iface | null = null;

  constructor(host: FmtHost) {
    this.host = host;
  }

  get buf(): string {
    return this.fmt.buf;
  }

  write(s: string): void {
    this.fmt.buf += s;
  }

  /** Go: pp.badVerb: %!verb(type=value). */
  badVerb(verb: string): void {
    this.erroring = true;
    this.write(percentBangString + encodeVerb(verb) + '(');
    if (this.arg !== null) {
      this.write(this.arg.type.name + '=');
      runSync(this.printArg(this.arg, 'v'));
    } else if (this.value !== null) {
      this.write(this.value.t.name + '=');
      runSync(this.printValue(this.value, 'v', 0));
    } else {
      this.write(nilAngleString);
    }
    this.write(')');
    this.erroring = false;
  }

  fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') {
      this.fmt.fmtBoolean(v);
    } else {
      this.badVerb(verb);
    }
  }

  /** Go: pp.fmt0x64: hex with or without the 0x prefix. */
  fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.fmt.flags.sharp;
    this.fmt.flags.sharp = leading0x;
    this.fmt.fmtInteger(v, 16, false, 'v', ldigits);
    this.fmt.flags.sharp = sharp;
  }

  /** Go: pp.fmtInteger; v is the integer's 64-bit pattern. */
  fmtInteger(v: bigint, isSigned: boolean, verb: string): void {
    const f = this.fmt;
    switch (verb) {
      case 'v':
        if (f.flags.sharpV && !isSigned) {
          this.fmt0x64(v, true);
        } else {
          f.fmtInteger(v, 10, isSigned, verb, ldigits);
        }
        return;
      case 'd': {
        f.fmtInteger(v, 10, isSigned, verb, ldigits);
        return;
      }
      case 'b': {
        f.fmtInteger(v, 2, isSigned, verb, ldigits);
        return;
      }
      case 'o':
      case 'O': {
        f.fmtInteger(v, 8, isSigned, verb, ldigits);
        return;
      }
      case 'x': {
        f.fmtInteger(v, 16, isSigned, verb, ldigits);
        return;
      }
      case 'X': {
        f.fmtInteger(v, 16, isSigned, verb, udigits);
        return;
      }
      case 'c': {
        f.fmtC(v);
        return;
      }
      case 'q': {
        f.fmtQc(v);
        return;
      }
      case 'U': {
        f.fmtUnicode(v);
        return;
      }
      default:
        this.badVerb(verb);
    }
  }

  /** Go: pp.fmtFloat. */
  fmtFloat(v: number, size: 32 | 64, verb: string): void {
    switch (verb) {
      case 'v': {
        this.fmt.fmtFloat(v, size, 'g', -1);
        return;
      }
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X': {
        this.fmt.fmtFloat(v, size, verb, -1);
        return;
      }
      case 'f':
      case 'e':
      case 'E': {
        this.fmt.fmtFloat(v, size, verb, 6);
        return;
      }
      case 'F': {
        this.fmt.fmtFloat(v, size, 'f', 6);
        return;
      }
      default:
        this.badVerb(verb);
    }
  }

  /** Go: pp.fmtComplex: (r+ii), each part formatted (and padded) as a float. */
  fmtComplex(v: Complex, size: 64 | 128, verb: string): void {
    if (!'vbgGxXfFeE'.includes(verb)) {
      this.badVerb(verb);
      return;
    }
    const oldPlus = this.fmt.flags.plus;
    const half = size === 64 ? 32 : 64;
    this.write('(');
    this.fmtFloat(v.re, half, verb);
    // Imaginary part always has a sign.
    this.fmt.flags.plus = true;
    this.fmtFloat(v.im, half, verb);
    this.write('i)');
    this.fmt.flags.plus = oldPlus;
  }

  /** Go: pp.fmtString. */
  fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.fmt.flags.sharpV) {
          this.fmt.fmtQ(v);
        } else {
          this.fmt.fmtS(v);
        }
        return;
      default:
        if (!this.#stringVerb(v, verb)) {
          this.badVerb(verb);
        }
    }
  }

  /** %s %x %X %q of string bytes, shared by fmtString and fmtBytes; false for other verbs. */
  #stringVerb(v: string, verb: string): boolean {
    switch (verb) {
      case 's':
        this.fmt.fmtS(v);
        return true;
      case 'x':
        this.fmt.fmtSbx(v, ldigits);
        return true;
      case 'X':
        this.fmt.fmtSbx(v, udigits);
        return true;
      case 'q':
        this.fmt.fmtQ(v);
        return true;
      default:
        return false;
    }
  }

  /** Go: pp.fmtBytes; `value` is the byte slice or array for the verbs printed elementwise. */
  *fmtBytes(v: string, isNil: boolean, verb: string, typeString: string, value: RValue): Op {
    switch (verb) {
      case 'v':
      case 'd':
        if (this.fmt.flags.sharpV) {
          this.write(typeString);
          if (isNil) {
            this.write(nilParenString);
            return;
          }
          this.write('{');
          for (let i = 0; i < v.length; i++) {
            if (i > 0) {
              this.write(commaSpaceString);
            }
            this.fmt0x64(BigInt(v.charCodeAt(i)), true);
          }
          this.write('}');
        } else {
          this.write('[');
          for (let i = 0; i < v.length; i++) {
            if (i > 0) {
              this.write(' ');
            }
            this.fmt.fmtInteger(BigInt(v.charCodeAt(i)), 10, false, verb, ldigits);
          }
          this.write(']');
        }
        return;
      default:
        if (!this.#stringVerb(v, verb)) {
          yield* this.printValue(value, verb, 0);
        }
    }
  }

  /** The address a pointer-shaped value holds; null when the kind has none. */
  pointerOf(value: RValue): number | null {
    const v = value.v;
    switch (value.t.kind) {
      case Kind.Chan:
      case Kind.Map:
      case Kind.Pointer:
      case Kind.UnsafePointer:
        return v === null ? 0 : (v as { addr: number }).addr;
      case Kind.Func:
        return v === null ? 0 : (this.host.funcAddr?.(v as GoFunc) ?? defaultFuncAddr);
      case Kind.Slice: {
        const s = v as Slice | null;
        if (s === null) {
          return 0;
        }
        const base = s.home?.addr ?? 0;
        return base + s.off * (value.t.elem?.size ?? 0);
      }
      default:
        return null;
    }
  }

  /** Go: pp.fmtPointer. */
  fmtPointer(value: RValue, verb: string): void {
    const u = this.pointerOf(value);
    if (u === null) {
      this.badVerb(verb);
      return;
    }
    const f = this.fmt.flags;
    switch (verb) {
      case 'v':
        if (f.sharpV) {
          this.write('(' + value.t.name + ')(');
          if (u === 0) {
            this.write('nil');
          } else {
            this.fmt0x64(BigInt(u), true);
          }
          this.write(')');
        } else if (u === 0) {
          this.fmt.pad(nilAngleString);
        } else {
          this.fmt0x64(BigInt(u), !f.sharp);
        }
        return;
      case 'p': {
        this.fmt0x64(BigInt(u), !f.sharp);
        return;
      }
      case 'b':
      case 'o':
      case 'd':
      case 'x':
      case 'X': {
        this.fmtInteger(BigInt(u), false, verb);
        return;
      }
      default:
        this.badVerb(verb);
    }
  }

  /**
   * Calls arg's Error / String / GoString method and prints its result; a Go panic in it
   * prints as %!v(PANIC=String method: …), or <nil> for a nil pointer receiver.
   * Go: pp.handleMethods with its deferred pp.catchPanic.
   */
  *callMethod(arg: Iface, fn: GoFunc, verb: string, method: FmtMethod): Op {
    let result: unknown;
    try {
      result = yield* this.host.call(fn, arg.value);
    } catch (e) {
      if (!(e instanceof GoPanic)) {
        throw e;
      }
      yield* this.catchPanic(arg, verb, method, e);
      return;
    }
    const s = typeof result === 'string' ? result : String(result);
    if (method === 'GoString') {
      this.fmt.fmtS(s);
    } else {
      this.fmtString(s, verb);
    }
  }

  /** Go: pp.catchPanic. */
  *catchPanic(arg: Iface, verb: string, method: FmtMethod, e: GoPanic): Op {
    // If it's a nil pointer, just say "<nil>". The likeliest causes are a Stringer that fails
    // to guard against nil or a nil pointer for a value receiver.
    if (arg.type.kind === Kind.Pointer && arg.value === null) {
      this.write(nilAngleString);
      return;
    }
    if (this.panicking) {
      throw e; // Nested panics; the recursion in printArg cannot succeed.
    }
    const oldFlags = this.fmt.flags;
    this.fmt.clearflags();
    this.write(percentBangString + encodeVerb(verb) + '(PANIC=' + method + ' method: ');
    this.panicking = true;
    const v = e.value;
    if (v instanceof RuntimeError) {
      // A runtime.Error prints through its Error method.
      this.fmt.fmtS(v.error());
    } else {
      yield* this.printArg(v instanceof Iface ? v : null, 'v');
    }
    this.panicking = false;
    this.write(')');
    this.fmt.flags = oldFlags;
  }

  /** Go: pp.handleMethods: whether an Error, String or GoString method printed the operand. */
  *handleMethods(verb: string): Op<boolean> {
    if (this.erroring) {
      return false;
    }
    const arg = this.arg;
    if (verb === 'w') {
      // It is invalid to use %w other than with Errorf, more than once, or with a non-error arg.
      const isErr = arg !== null && this.host.method(arg.type, 'Error') !== null;
      if (!isErr || !this.wrapErrs || this.wrappedErr !== null) {
        this.wrappedErr = null;
        this.wrapErrs = false;
        this.badVerb(verb);
        return true;
      }
      this.wrappedErr = arg;
      verb = 'v';
    }
    if (arg === null || !mayHaveMethods(arg.type)) {
      return false;
    }
    if (this.fmt.flags.sharpV) {
      const goString = this.host.method(arg.type, 'GoString');
      if (goString !== null) {
        yield* this.callMethod(arg, goString, verb, 'GoString');
        return true;
      }
      return false;
    }
    if (!'vsxXq'.includes(verb)) {
      return false;
    }
    // Is it an error or Stringer? The duplication in the bodies is necessary: setting handled
    // and deferring catchPanic must happen before calling the method.
    for (const name of ['Error', 'String'] as const) {
      const fn = this.host.method(arg.type, name);
      if (fn !== null) {
        yield* this.callMethod(arg, fn, verb, name);
        return true;
      }
    }
    return false;
  }

  /** Go: pp.printArg: one operand (an interface value) under one verb. */
  *printArg(arg: Iface | null, verb: string): Op {
    this.arg = arg;
    this.value = null;
    if (arg === null) {
      if (verb === 'T' || verb === 'v') {
        this.fmt.pad(nilAngleString);
      } else {
        this.badVerb(verb);
      }
      return;
    }
    const t = arg.type;
    // Special processing considerations. %T (the value's type) and %p (its address) are
    // special; we always do them first.
    if (verb === 'T') {
      this.fmt.fmtS(t.name);
      return;
    }
    const rv: RValue = { t, v: arg.value, ro: false };
    if (verb === 'p') {
      this.fmtPointer(rv, 'p');
      return;
    }
    // Go's type switch on the basic types and []byte: those have no methods.
    if (!t.named && this.printBasic(rv, verb)) {
      return;
    }
    if (!t.named && t.kind === Kind.Slice && t.elem?.kind === Kind.Uint8 && !t.elem.named) {
      yield* this.fmtBytes(bytesOf(t, arg.value), arg.value === null, verb, '[]byte', rv);
      return;
    }
    if (!(yield* this.handleMethods(verb))) {
      yield* this.printValue(rv, verb, 0);
    }
  }

  /** Prints a value of a basic kind; false for other kinds. */
  printBasic(value: RValue, verb: string): boolean {
    const v = value.v;
    switch (value.t.kind) {
      case Kind.Bool:
        this.fmtBool(v as boolean, verb);
        return true;
      case Kind.Float32:
        this.fmtFloat(v as number, 32, verb);
        return true;
      case Kind.Float64:
        this.fmtFloat(v as number, 64, verb);
        return true;
      case Kind.Complex64:
        this.fmtComplex(v as Complex, 64, verb);
        return true;
      case Kind.Complex128:
        this.fmtComplex(v as Complex, 128, verb);
        return true;
      case Kind.String:
        this.fmtString(v as string, verb);
        return true;
      default:
        if (integerKinds.has(value.t.kind)) {
          this.fmtInteger(u64(v), signedKinds.has(value.t.kind), verb);
          return true;
        }
        return false;
    }
  }

  /**
   * Go: pp.printValue: a value reached by reflection (depth > 0 below the operand), calling
   * its methods when it can be interfaced.
   */
  *printValue(value: RValue | null, verb: string, depth: number): Op {
    // Handle values with special methods if not already handled by printArg (depth == 0).
    if (depth > 0 && value !== null && !value.ro) {
      this.arg =
        value.t.kind === Kind.Interface ? (value.v as Iface | null) : new Iface(value.t, value.v);
      if (yield* this.handleMethods(verb)) {
        return;
      }
    }
    this.arg = null;
    this.value = value;
    if (value === null) {
      if (depth === 0) {
        this.write(invReflectString);
      } else if (verb === 'v') {
        this.write(nilAngleString);
      } else {
        this.badVerb(verb);
      }
      return;
    }
    if (this.printBasic(value, verb)) {
      return;
    }
    switch (value.t.kind) {
      case Kind.Map:
        return yield* this.printMap(value, verb, depth);
      case Kind.Struct:
        return yield* this.printStruct(value, verb, depth);
      case Kind.Interface: {
        const elem = value.v as Iface | null;
        if (elem === null) {
          if (this.fmt.flags.sharpV) {
            this.write(value.t.name + nilParenString);
          } else {
            this.write(nilAngleString);
          }
          return;
        }
        return yield* this.printValue(
          { t: elem.type, v: elem.value, ro: value.ro },
          verb,
          depth + 1,
        );
      }
      case Kind.Array:
      case Kind.Slice:
        return yield* this.printList(value, verb, depth);
      case Kind.Pointer: {
        // pointer to array or slice or struct? ok at top level but not embedded (avoid loops)
        const p = value.v;
        const et = value.t.elem;
        if (depth === 0 && p instanceof Pointer && et !== undefined) {
          if (
            et.kind === Kind.Array ||
            et.kind === Kind.Slice ||
            et.kind === Kind.Struct ||
            et.kind === Kind.Map
          ) {
            this.write('&');
            return yield* this.printValue({ t: et, v: p.load(), ro: value.ro }, verb, depth + 1);
          }
        }
        this.fmtPointer(value, verb);
        return;
      }
      case Kind.Chan:
      case Kind.Func:
      case Kind.UnsafePointer: {
        this.fmtPointer(value, verb);
        return;
      }
      default:
        // Go: pp.unknownType.
        this.write('?' + value.t.name + '?');
    }
  }

  *printMap(value: RValue, verb: string, depth: number): Op {
    const sharpV = this.fmt.flags.sharpV;
    if (sharpV) {
      this.write(value.t.name);
      if (value.v === null) {
        this.write(nilParenString);
        return;
      }
      this.write('{');
    } else {
      this.write('map[');
    }
    const sorted = sortMap(this.host.rt, value.t, value.v as Hmap | null, this.host.methodCount);
    const kt = value.t.key ?? value.t;
    const et = value.t.elem ?? value.t;
    for (let i = 0; i < sorted.keys.length; i++) {
      if (i > 0) {
        this.write(sharpV ? commaSpaceString : ' ');
      }
      yield* this.printValue(this.fieldValue(kt, sorted.keys[i], value.ro), verb, depth + 1);
      this.write(':');
      yield* this.printValue(this.fieldValue(et, sorted.values[i], value.ro), verb, depth + 1);
    }
    this.write(sharpV ? '}' : ']');
  }

  /**
   * A field, element, key or map value of type t as printValue sees it: a non-nil interface
   * is replaced by its dynamic value (Go: getField; Index and MapIndex values become the
   * same through their Interface method).
   */
  fieldValue(t: GoType, v: unknown, ro: boolean): RValue {
    if (t.kind === Kind.Interface && v instanceof Iface) {
      return { t: v.type, v: v.value, ro };
    }
    return { t, v, ro };
  }

  *printStruct(value: RValue, verb: string, depth: number): Op {
    const f = this.fmt.flags;
    if (f.sharpV) {
      this.write(value.t.name);
    }
    this.write('{');
    const fields = value.t.fields;
    const vals = value.v as unknown[];
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (field === undefined) {
        continue;
      }
      if (i > 0) {
        this.write(f.sharpV ? commaSpaceString : ' ');
      }
      if (f.plusV || f.sharpV) {
        this.write(field.name + ':');
      }
      const ro = value.ro || !exported(field.name);
      yield* this.printValue(this.fieldValue(field.type, vals[i], ro), verb, depth + 1);
    }
    this.write('}');
  }

  *printList(value: RValue, verb: string, depth: number): Op {
    const t = value.t;
    const et = t.elem ?? t;
    // Handle byte and uint8 slices and arrays special for the above verbs.
    if ((verb === 's' || verb === 'q' || verb === 'x' || verb === 'X') && et.kind === Kind.Uint8) {
      yield* this.fmtBytes(bytesOf(t, value.v), false, verb, t.name, value);
      return;
    }
    const elems = elements(t, value.v);
    if (this.fmt.flags.sharpV) {
      this.write(t.name);
      if (t.kind === Kind.Slice && value.v === null) {
        this.write(nilParenString);
        return;
      }
      this.write('{');
      for (let i = 0; i < elems.length; i++) {
        if (i > 0) {
          this.write(commaSpaceString);
        }
        yield* this.printValue(this.fieldValue(et, elems[i], value.ro), verb, depth + 1);
      }
      this.write('}');
      return;
    }
    this.write('[');
    for (let i = 0; i < elems.length; i++) {
      if (i > 0) {
        this.write(' ');
      }
      yield* this.printValue(this.fieldValue(et, elems[i], value.ro), verb, depth + 1);
    }
    this.write(']');
  }

  /** Go: pp.argNumber: [newArgNum, newi, found]. */
  argNumber(argNum: number, format: string, i: number, numArgs: number): [number, number, boolean] {
    if (format.length <= i || format[i] !== '[') {
      return [argNum, i, false];
    }
    this.reordered = true;
    const [index, wid, ok] = parseArgNumber(format.slice(i));
    if (ok && index >= 0 && index < numArgs) {
      return [index, i + wid, true];
    }
    this.goodArgNum = false;
    return [argNum, i + wid, ok];
  }

  /**
   * Go: pp.doPrintf. One loop over the format, as Go's: a fast path for a simple verb, else
   * argument index, width, precision, index again, then the verb.
   */
  *doPrintf(format: string, a: readonly (Iface | null)[]): Op {
    const end = format.length;
    let argNum = 0; // we process one argument per non-trivial format
    // (p.reordered starts false: a Printer serves one call.)
    const f = this.fmt;
    formatLoop: for (let i = 0; i < end;) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== '%') {
        i++;
      }
      if (i > lasti) {
        this.write(format.slice(lasti, i));
      }
      if (i >= end) {
        break; // done processing format string
      }
      i++; // Process one verb
      f.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format.charAt(i);
        switch (c) {
          case '#':
            f.flags.sharp = true;
            break;
          case '0':
            f.flags.zero = !f.flags.minus; // Only allow zero padding to the left.
            break;
          case '+':
            f.flags.plus = true;
            break;
          case '-':
            f.flags.minus = true;
            f.flags.zero = false; // Do not pad with zeros to the right.
            break;
          case ' ':
            f.flags.space = true;
            break;
          default:
            // Fast path for common case of ascii lower case simple verbs without precision or
            // width or argument indices.
            if (c >= 'a' && c <= 'z' && argNum < a.length) {
              if (c === 'v') {
                this.setV();
              }
              yield* this.printArg(a[argNum] ?? null, c);
              argNum++;
              i++;
              continue formatLoop;
            }
            // Format is more complex than simple flags and a verb or is malformed.
            break simpleFormat;
        }
      }
      // Do we have an explicit argument index? afterIndex: the previous item was an index like [3].
      let afterIndex: boolean;
      [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
      // Do we have width?
      if (i < end && format[i] === '*') {
        i++;
        let present: boolean;
        [f.wid, present, argNum] = intFromArg(a, argNum);
        f.flags.widPresent = present;
        if (!present) {
          this.write('%!(BADWIDTH)');
        }
        // We have a negative width, so take its value and ensure that the minus flag is set
        if (f.wid < 0) {
          f.wid = -f.wid;
          f.flags.minus = true;
          f.flags.zero = false; // Do not pad with zeros to the right.
        }
        afterIndex = false;
      } else {
        [f.wid, f.flags.widPresent, i] = parsenum(format, i, end);
        if (afterIndex && f.flags.widPresent) {
          this.goodArgNum = false; // "%[3]2d"
        }
      }
      // Do we have precision?
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) {
          this.goodArgNum = false; // "%[3].2d"
        }
        [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
        if (i < end && format[i] === '*') {
          i++;
          let present: boolean;
          [f.prec, present, argNum] = intFromArg(a, argNum);
          f.flags.precPresent = present;
          // Negative precision arguments don't make sense
          if (f.prec < 0) {
            f.prec = 0;
            f.flags.precPresent = false;
          }
          if (!f.flags.precPresent) {
            this.write('%!(BADPREC)');
          }
          afterIndex = false;
        } else {
          [f.prec, f.flags.precPresent, i] = parsenum(format, i, end);
          if (!f.flags.precPresent) {
            f.prec = 0;
            f.flags.precPresent = true;
          }
        }
      }
      if (!afterIndex) {
        [argNum, i] = this.argNumber(argNum, format, i, a.length);
      }
      if (i >= end) {
        this.write('%!(NOVERB)');
        break;
      }
      let verb = format.charAt(i),
        size = 1;
      if (format.charCodeAt(i) >= 0x80) {
        const [r, n] = decodeRune(format, i);
        verb = String.fromCodePoint(r);
        size = n;
      }
      i += size;
      if (verb === '%') {
        this.write('%'); // Percent does not absorb operands and ignores f.wid and f.prec.
      } else if (!this.goodArgNum) {
        this.write(percentBangString + encodeVerb(verb) + '(BADINDEX)');
      } else if (argNum >= a.length) {
        this.write(percentBangString + encodeVerb(verb) + '(MISSING)');
      } else {
        if (verb === 'v') {
          this.setV();
        }
        yield* this.printArg(a[argNum] ?? null, verb);
        argNum++;
      }
    }
    // Check for extra arguments unless the call accessed the arguments out of order, in which
    // case it's too expensive to detect if they've all been used and arguably OK if they're not.
    if (!this.reordered && argNum < a.length) {
      f.clearflags();
      this.write('%!(EXTRA ');
      for (let i = argNum; i < a.length; i++) {
        if (i > argNum) {
          this.write(commaSpaceString);
        }
        const arg = a[i] ?? null;
        if (arg === null) {
          this.write(nilAngleString);
        } else {
          this.write(arg.type.name + '=');
          yield* this.printArg(arg, 'v');
        }
      }
      this.write(')');
    }
  }

  // Go is inconsistent about the # and + flags of %v: %#v and %+v are their own verbs.
  private setV(): void {
    const fl = this.fmt.flags;
    fl.sharpV = fl.sharp;
    fl.sharp = false;
    fl.plusV = fl.plus;
    fl.plus = false;
  }

  /** Go: pp.doPrint: spaces between operands when neither side is a string. */
  *doPrint(a: readonly (Iface | null)[]): Op {
    let prevString = false;
    for (let argNum = 0; argNum < a.length; argNum++) {
      const arg = a[argNum] ?? null;
      const isString = arg !== null && arg.type.kind === Kind.String;
      // Add a space between two non-string arguments.
      if (argNum > 0 && !isString && !prevString) {
        this.write(' ');
      }
      yield* this.printArg(arg, 'v');
      prevString = isString;
    }
  }

  /** Go: pp.doPrintln: always spaces, then a newline. */
  *doPrintln(a: readonly (Iface | null)[]): Op {
    for (let argNum = 0; argNum < a.length; argNum++) {
      if (argNum > 0) {
        this.write(' ');
      }
      yield* this.printArg(a[argNum] ?? null, 'v');
    }
    this.write('\n');
  }
}

/** A verb (a JavaScript character) as the UTF-8 bytes Go writes with writeRune. */
function encodeVerb(verb: string): string {
  const r = verb.codePointAt(0) ?? 0;
  return r < 0x80 ? verb : encodeRune(r);
}
