// Sizes and alignments of types as the gc compiler lays them out on 64-bit targets
// (unsafe.Sizeof, Alignof, Offsetof are constants). Go: go/types gcsizes.go, the spec's
// "Size and alignment guarantees".
import { ArrayT, Basic, Interface, Slice, Struct, under, type Type } from './types.ts';

const wordSize = 8;

function basicSize(b: Basic): number {
  switch (b.name) {
    case 'bool':
    case 'int8':
    case 'uint8':
      return 1;
    case 'int16':
    case 'uint16':
      return 2;
    case 'int32':
    case 'uint32':
    case 'float32':
      return 4;
    case 'complex128':
      return 16;
    case 'string':
      return 2 * wordSize;
    default:
      return 8;
  }
}

/** The alignment of t (gc: at most the word size; complex128 aligns as float64). */
export function alignof(t: Type): number {
  const u = under(t);
  if (u instanceof ArrayT) {
    return alignof(u.elem);
  }
  if (u instanceof Struct) {
    return u.fields.reduce((a, f) => Math.max(a, alignof(f.type)), 1);
  }
  if (u instanceof Basic) {
    const s = u.name === 'complex128' || u.name === 'complex64' ? basicSize(u) / 2 : basicSize(u);
    return Math.min(Math.max(s, 1), wordSize);
  }
  return wordSize;
}

const align = (x: number, a: number): number => Math.ceil(x / a) * a;

/** The offsets of a struct's fields. */
export function offsetsof(s: Struct): number[] {
  let off = 0;
  return s.fields.map((f) => {
    const o = align(off, alignof(f.type));
    off = o + sizeof(f.type);
    return o;
  });
}

/** The size of t in bytes (a word for pointer-shaped types, maps, channels, funcs). */
export function sizeof(t: Type): number {
  const u = under(t);
  if (u instanceof Basic) {
    return basicSize(u);
  }
  if (u instanceof ArrayT) {
    return u.len === 0 ? 0 : u.len * sizeof(u.elem);
  }
  if (u instanceof Slice) {
    return 3 * wordSize;
  }
  if (u instanceof Interface) {
    return 2 * wordSize;
  }
  if (u instanceof Struct) {
    const n = u.fields.length;
    if (n === 0) {
      return 0;
    }
    const offs = offsetsof(u);
    const last = u.fields[n - 1];
    let size = (offs[n - 1] ?? 0) + (last === undefined ? 0 : sizeof(last.type));
    // gc pads a struct ending in a zero-size field, so that a pointer to that field does
    // not point past the struct.
    if (last !== undefined && sizeof(last.type) === 0 && size > 0) {
      size++;
    }
    return align(size, alignof(u));
  }
  return wordSize;
}
