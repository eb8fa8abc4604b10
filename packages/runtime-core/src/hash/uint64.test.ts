import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mix, mulLo, out64, split64 } from './uint64.ts';

const u32 = fc.integer({ min: 0, max: 0xffffffff });
const mask64 = (1n << 64n) - 1n;
const join = (hi: number, lo: number): bigint => (BigInt(hi) << 32n) | BigInt(lo);

describe('uint64 arithmetic', () => {
  it('mix is hi ^ lo of the 128-bit product (math.Mul64)', () => {
    fc.assert(
      fc.property(u32, u32, u32, u32, (ah, al, bh, bl) => {
        const p = join(ah, al) * join(bh, bl);
        mix(ah, al, bh, bl);
        expect(join(out64.hi, out64.lo)).toBe((p >> 64n) ^ (p & mask64));
      }),
    );
  });

  it('mulLo is the product mod 2^64', () => {
    fc.assert(
      fc.property(u32, u32, u32, u32, (ah, al, bh, bl) => {
        mulLo(ah, al, bh, bl);
        expect(join(out64.hi, out64.lo)).toBe((join(ah, al) * join(bh, bl)) & mask64);
      }),
    );
  });

  it('split64 gives two’s-complement halves of numbers and bigints', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), (v) => {
        const asNumber = v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n;
        split64(asNumber ? Number(v) : v);
        expect(join(out64.hi, out64.lo)).toBe(BigInt.asUintN(64, v));
      }),
    );
  });
});
