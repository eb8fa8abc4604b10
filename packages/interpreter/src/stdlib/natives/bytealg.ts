// Natives of internal/bytealg: the functions Go writes in assembly for every port (js/wasm
// included), on the interpreter's values: a []byte is a Slice of numbers, a string holds one
// byte per UTF-16 code unit.
import type { Slice } from '../../values.ts';

function compare(a: Slice | null, b: Slice | null): number {
  const la = a?.len ?? 0;
  const lb = b?.len ?? 0;
  if (a !== null && b !== null) {
    const n = Math.min(la, lb);
    for (let i = 0; i < n; i++) {
      const x = a.arr[a.off + i] as number;
      const y = b.arr[b.off + i] as number;
      if (x !== y) {
        return x < y ? -1 : 1;
      }
    }
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

function indexByte(b: Slice | null, c: number): number {
  if (b === null) {
    return -1;
  }
  const { arr, off, len } = b;
  for (let i = 0; i < len; i++) {
    if (arr[off + i] === c) {
      return i;
    }
  }
  return -1;
}

function cmpstring(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The internal/bytealg natives, keyed by "internal/bytealg.Name". */
export const bytealgNatives: Record<string, (...args: unknown[]) => unknown> = {
  'internal/bytealg.Compare': (a, b) => compare(a as Slice | null, b as Slice | null),
  'internal/bytealg.IndexByte': (b, c) => indexByte(b as Slice | null, c as number),
  'internal/bytealg.IndexByteString': (s, c) =>
    (s as string).indexOf(String.fromCharCode(c as number)),
  'internal/bytealg.abigen_runtime_cmpstring': (a, b) => cmpstring(a as string, b as string),
};
