// How Go values are held in JavaScript. One representation per kind, shared by every package:
//
//   bool                          boolean
//   int8..int32, uint8..uint32    number, always inside the type's range
//   int, int64, uint, uint64,     number while it is a safe integer, else bigint (never a bigint
//   uintptr                       that would fit a safe integer: so `===` is Go's `==`)
//   float32, float64              number (float32 values are Math.fround'ed)
//   complex64, complex128         Complex
//   string                        a JavaScript string whose code units are the string's BYTES
//                                 (0..255); UTF-8 is decoded only when printing
//   pointer, chan, unsafe.Pointer an object with a numeric `addr` (an Addressed), or null for nil
//   map, func, slice              reference objects owned by their packages, or null for nil
//   array, struct                 a JavaScript array of the elements / fields, copied on assignment
//   interface                     Iface (dynamic type + value), or null for a nil interface
import type { GoType } from './go-type.ts';

/** A complex64 or complex128 value. */
export interface Complex {
  readonly re: number;
  readonly im: number;
}

/** A value with a machine address: pointers, channels, heap objects. Equal iff addresses are. */
export interface Addressed {
  readonly addr: number;
}

/** A non-nil interface value: its dynamic type and the value of that type. */
export class Iface {
  readonly type: GoType;
  readonly value: unknown;

  constructor(type: GoType, value: unknown) {
    this.type = type;
    this.value = value;
  }
}

/**
 * Wraps an integer (number or bigint) to `bits` with Go's two's-complement wrap-around, in
 * the canonical representation above.
 */
export function wrapInt(v: number | bigint, bits: number, signed: boolean): number | bigint {
  if (bits <= 32) {
    const n = typeof v === 'bigint' ? Number(BigInt.asIntN(32, v)) : v;
    const shift = 32 - bits;
    return signed ? (n << shift) >> shift : bits === 32 ? n >>> 0 : (n << shift) >>> shift;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v) && (signed || v >= 0)) {
    return v;
  }
  const big = typeof v === 'bigint' ? v : BigInt(v);
  return canonical64(signed ? BigInt.asIntN(64, big) : BigInt.asUintN(64, big));
}

/** A 64-bit integer as a number when it is a safe integer, else as a bigint. */
export function canonical64(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** The 64-bit integer whose two's-complement halves are (hi, lo), signed or not. */
export function from64(hi: number, lo: number, signed: boolean): number | bigint {
  const big = (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
  const v = signed ? BigInt.asIntN(64, big) : big;
  return canonical64(v);
}
