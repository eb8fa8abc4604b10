// Natives of the math package: what Go's js/wasm port runs as assembly (Sqrt, Floor, Ceil,
// Trunc, exact in both), and the bit conversions that Go writes with unsafe.
import { canonical64 } from '@mapscope/runtime-core';

const scratch = new DataView(new ArrayBuffer(8));

/** Go's math.NaN() bits: JavaScript keeps no NaN payloads, so every NaN reads as this one. */
const uvnan = 0x7ff8000000000001n;

function float64bits(f: unknown): unknown {
  const x = f as number;
  if (Number.isNaN(x)) {
    return canonical64(uvnan);
  }
  scratch.setFloat64(0, x);
  return canonical64(scratch.getBigUint64(0));
}

function float64frombits(b: unknown): number {
  scratch.setBigUint64(0, BigInt.asUintN(64, BigInt(b as number | bigint)));
  return scratch.getFloat64(0);
}

function float32bits(f: unknown): number {
  const x = f as number;
  if (Number.isNaN(x)) {
    return 0x7fc00000; // float32(math.NaN()) on amd64
  }
  scratch.setFloat32(0, x);
  return scratch.getUint32(0);
}

function float32frombits(b: unknown): number {
  scratch.setUint32(0, b as number);
  return scratch.getFloat32(0);
}

const unary =
  (f: (x: number) => number) =>
  (x: unknown): number =>
    f(x as number);

/** The math natives, keyed by "math.Name"; float64 is a number, uint64 a number or bigint. */
export const mathNatives: Record<string, (...args: unknown[]) => unknown> = {
  'math.archSqrt': unary(Math.sqrt),
  'math.archFloor': unary(Math.floor),
  'math.archCeil': unary(Math.ceil),
  'math.archTrunc': unary(Math.trunc),
  'math.Float64bits': float64bits,
  'math.Float64frombits': float64frombits,
  'math.Float32bits': float32bits,
  'math.Float32frombits': float32frombits,
};
