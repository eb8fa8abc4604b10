// Constant values and their exact arithmetic (integers exact as bigints; floats as float64,
// which is less than Go's arbitrary precision — see docs/decisions.md). Go: go/constant.
import type { Complex } from '@mapscope/runtime-core';

/** A constant: bool, integer (bigint), float (number), complex, or string (bytes). */
export type ConstValue = boolean | bigint | number | string | Complex;

export function isComplexValue(v: ConstValue): v is Complex {
  return typeof v === 'object';
}

/** The value as a float. */
export function toFloat(v: ConstValue): number {
  if (typeof v === 'bigint') {
    return Number(v);
  }
  if (typeof v === 'number') {
    return v;
  }
  if (isComplexValue(v)) {
    return v.re;
  }
  return NaN;
}

export function toComplex(v: ConstValue): Complex {
  return isComplexValue(v) ? v : { re: toFloat(v), im: 0 };
}

/** The value as an exact integer, or null if it is not one. */
export function toInt(v: ConstValue): bigint | null {
  if (typeof v === 'bigint') {
    return v;
  }
  if (typeof v === 'number') {
    return Number.isInteger(v) ? BigInt(v) : null;
  }
  if (isComplexValue(v)) {
    return v.im === 0 && Number.isInteger(v.re) ? BigInt(v.re) : null;
  }
  return null;
}

/** What {@link binaryConst} returns for a division by zero: no string, since strings are constants. */
export const divZero: unique symbol = Symbol('divzero');

/** `x op y` for constants of the same kind class ('int', 'float', 'complex', 'string', 'bool'). */
export function binaryConst(
  op: string,
  x: ConstValue,
  y: ConstValue,
  cls: 'int' | 'float' | 'complex' | 'string' | 'bool',
): ConstValue | typeof divZero {
  switch (cls) {
    case 'bool': {
      const a = x as boolean;
      const b = y as boolean;
      return op === '&&' ? a && b : a || b;
    }
    case 'string':
      return (x as string) + (y as string);
    case 'int': {
      const a = toInt(x) ?? 0n;
      const b = toInt(y) ?? 0n;
      switch (op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0n ? divZero : a / b;
        case '%':
          return b === 0n ? divZero : a % b;
        case '&':
          return a & b;
        case '|':
          return a | b;
        case '^':
          return a ^ b;
        case '&^':
          return a & ~b;
      }
      break;
    }
    case 'float': {
      const a = toFloat(x);
      const b = toFloat(y);
      switch (op) {
        case '+':
          return nz(a + b);
        case '-':
          return nz(a - b);
        case '*':
          return nz(a * b);
        case '/':
          return b === 0 ? divZero : nz(a / b);
      }
      break;
    }
    case 'complex': {
      const a = toComplex(x);
      const b = toComplex(y);
      switch (op) {
        case '+':
          return { re: nz(a.re + b.re), im: nz(a.im + b.im) };
        case '-':
          return { re: nz(a.re - b.re), im: nz(a.im - b.im) };
        case '*':
          return { re: nz(a.re * b.re - a.im * b.im), im: nz(a.re * b.im + a.im * b.re) };
        case '/': {
          const d = b.re * b.re + b.im * b.im;
          if (d === 0) {
            return divZero;
          }
          return {
            re: nz((a.re * b.re + a.im * b.im) / d),
            im: nz((a.im * b.re - a.re * b.im) / d),
          };
        }
      }
      break;
    }
  }
  throw new Error(`constant operator ${op} on ${cls}`);
}

/** Go's constants have no negative zero. */
export function nz(n: number): number {
  return n === 0 ? 0 : n;
}

/** `x op y` for comparison operators. */
export function compareConst(op: string, x: ConstValue, y: ConstValue): boolean {
  if (isComplexValue(x) || isComplexValue(y)) {
    const a = toComplex(x);
    const b = toComplex(y);
    const eq = a.re === b.re && a.im === b.im;
    return op === '==' ? eq : !eq;
  }
  let c: number;
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (typeof x === 'string' && typeof y === 'string') {
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (typeof x === 'boolean' || typeof y === 'boolean') {
    c = x === y ? 0 : 1;
  } else {
    const a = toFloat(x);
    const b = toFloat(y);
    c = a < b ? -1 : a > b ? 1 : 0;
  }
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** The constant as Go prints it in error messages. */
export function constString(v: ConstValue): string {
  if (typeof v === 'string') {
    return JSON.stringify(v);
  }
  if (isComplexValue(v)) {
    return `(${v.re} + ${v.im}i)`;
  }
  if (typeof v === 'number') {
    return formatFloatConst(v);
  }
  return String(v);
}

function formatFloatConst(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) {
    return String(v);
  }
  const s = String(v);
  return s.replace(/e\+?/, 'e+').replace('e+-', 'e-');
}
