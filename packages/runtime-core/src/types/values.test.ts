import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonical64, from64, wrapInt } from './values.ts';

const widths = [
  [8, true],
  [16, true],
  [32, true],
  [64, true],
  [8, false],
  [16, false],
  [32, false],
  [64, false],
] as const;

/** Go's conversion of any integer to intN/uintN, computed with bigints. */
function goWrap(v: bigint, bits: number, signed: boolean): bigint {
  return signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

describe('integer values', () => {
  it.each(widths)('wrapInt(·, %i, signed=%s) wraps around as Go does', (bits, signed) => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 70n), max: 1n << 70n }), (v) => {
        const input = v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v;
        expect(BigInt(wrapInt(input, bits, signed))).toBe(goWrap(v, bits, signed));
      }),
    );
  });

  it('examples: int8(127)+1, uint8(-1), int32 overflow, uint64 max', () => {
    expect(wrapInt(128, 8, true)).toBe(-128);
    expect(wrapInt(-1, 8, false)).toBe(255);
    expect(wrapInt(2 ** 31, 32, true)).toBe(-(2 ** 31));
    expect(wrapInt(-1, 64, false)).toBe(18446744073709551615n);
    expect(wrapInt(2n ** 63n, 64, true)).toBe(-(2n ** 63n));
  });

  it('64-bit values are numbers exactly when they are safe integers, so === is Go’s ==', () => {
    expect(canonical64(2n ** 53n - 1n)).toBe(2 ** 53 - 1);
    expect(canonical64(2n ** 53n)).toBe(2n ** 53n);
    expect(from64(0xffffffff, 0xffffffff, true)).toBe(-1);
    expect(from64(0xffffffff, 0xffffffff, false)).toBe(2n ** 64n - 1n);
  });
});
