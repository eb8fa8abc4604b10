import type { GoType } from './go-type.ts';
import { Kind, integerKinds } from './kind.ts';
import type { Complex } from './values.ts';

const complexZero: Complex = Object.freeze({ re: 0, im: 0 });

/** The zero value of `t` (see values.ts for the representation). */
export function zeroValue(t: GoType): unknown {
  const k = t.kind;
  if (integerKinds.has(k) || k === Kind.Float32 || k === Kind.Float64) {
    return 0;
  }
  switch (k) {
    case Kind.Bool:
      return false;
    case Kind.String:
      return '';
    case Kind.Complex64:
    case Kind.Complex128:
      return complexZero;
    case Kind.Array:
      return Array.from({ length: t.len }, () => zeroValue(t.elem!));
    case Kind.Struct:
      return t.fields.map((f) => zeroValue(f.type));
    default:
      return null;
  }
}

/** Whether values of `t` are JavaScript arrays that assignment must copy (arrays, structs). */
export function isAggregate(t: GoType): boolean {
  return t.kind === Kind.Array || t.kind === Kind.Struct;
}

/** A copy of `v` as Go's assignment makes it: arrays and structs deeply, the rest as is. */
export function copyValue(t: GoType, v: unknown): unknown {
  if (t.kind === Kind.Array) {
    return (v as unknown[]).map((e) => copyValue(t.elem!, e));
  }
  if (t.kind === Kind.Struct) {
    return (v as unknown[]).map((e, i) => copyValue(t.fields[i]!.type, e));
  }
  return v;
}
