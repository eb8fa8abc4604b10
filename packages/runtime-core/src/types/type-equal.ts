// Go's == per type (runtime/alg.go memequal*, f64equal, strequal, efaceeq, and the
// compiler's generated equality for arrays and structs).
import { GoPanic, RuntimeError } from '../errors.ts';
import type { StructField } from './go-type.ts';
import type { Addressed, Complex, Iface } from './values.ts';

/** Go's == on two values of one type; may panic (interfaces holding uncomparable types). */
export type EqualFn = (a: unknown, b: unknown) => boolean;

/** Types whose JavaScript `===` is Go's ==: bool, integers, floats, strings. */
export const strictEq: EqualFn = (a, b) => a === b;

/** Pointers and channels: equal when their addresses are. */
export const addrEq: EqualFn = (a, b) =>
  a === b || (a !== null && b !== null && (a as Addressed).addr === (b as Addressed).addr);

/** Go: runtime/alg.go c64equal, c128equal. */
export const complexEq: EqualFn = (a, b) =>
  (a as Complex).re === (b as Complex).re && (a as Complex).im === (b as Complex).im;

/** Go: runtime/alg.go efaceeq — same dynamic type, then that type's ==. */
export const ifaceEq: EqualFn = (a, b) => {
  if (a === null || b === null) {
    return a === b;
  }
  const x = a as Iface,
    y = b as Iface;
  if (x.type !== y.type) {
    return false;
  }
  if (x.type.alg === null) {
    throw new GoPanic(new RuntimeError(`comparing uncomparable type ${x.type.name}`));
  }
  return x.type.alg.equal(x.value, y.value);
};

export function elementsEq(n: number, eq: EqualFn): EqualFn {
  return (a, b) => {
    const x = a as unknown[],
      y = b as unknown[];
    for (let i = 0; i < n; i++) {
      if (!eq(x[i], y[i])) {
        return false;
      }
    }
    return true;
  };
}

/** Go's struct ==: every non-blank field equal. */
export function fieldsEq(fs: readonly StructField[]): EqualFn {
  const idx = fs.flatMap((f, i) => (f.name === '_' ? [] : [i]));
  const eqs = idx.map((i) => fs[i]!.type.alg!.equal);
  return (a, b) => {
    const x = a as unknown[],
      y = b as unknown[];
    for (let j = 0; j < idx.length; j++) {
      const i = idx[j]!;
      if (!eqs[j]!(x[i], y[i])) {
        return false;
      }
    }
    return true;
  };
}
