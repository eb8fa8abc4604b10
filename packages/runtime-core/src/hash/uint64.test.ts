import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  A_HI,
  A_LO,
  B_HI,
  B_LO,
  V_HI,
  V_LO,
  hashValue,
  mix,
  mulLo,
  reg,
  split64,
} from './uint64.ts';

const u32 = fc.integer({ min: 0, max: 0xffffffff });
const mask64 = (1n << 64n) - 1n;
const join = (hi: number, lo: number): bigint => (BigInt(hi) << 32n) | BigInt(lo);

function operands(ah: number, al: number, bh: number, bl: number): void {
  reg[A_HI] = ah;
  reg[A_LO] = al;
  reg[B_HI] = bh;
  reg[B_LO] = bl;
}

describe('uint64 arithmetic', () => {
  it('mix is hi ^ lo of the 128-bit product (math.Mul64)', () => {
    fc.assert(
      fc.property(u32, u32, u32, u32, (ah, al, bh, bl) => {
        const p = join(ah, al) * join(bh, bl);
        operands(ah, al, bh, bl);
        mix();
        expect(hashValue()).toBe((p >> 64n) ^ (p & mask64));
      }),
    );
  });

  it('mulLo is the product mod 2^64', () => {
    fc.assert(
      fc.property(u32, u32, u32, u32, (ah, al, bh, bl) => {
        operands(ah, al, bh, bl);
        mulLo();
        expect(hashValue()).toBe((join(ah, al) * join(bh, bl)) & mask64);
      }),
    );
  });

  it('split64 gives two’s-complement halves of numbers and bigints', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(1n << 63n), max: (1n << 64n) - 1n }), (v) => {
        const asNumber = v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n;
        split64(asNumber ? Number(v) : v);
        expect(join(reg[V_HI]!, reg[V_LO]!)).toBe(BigInt.asUintN(64, v));
      }),
    );
  });

  it('extreme operands', () => {
    for (const [ah, al, bh, bl] of [
      [0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff],
      [0, 0, 0, 0],
      [0x80000000, 0, 0x80000000, 0],
      [0, 0xffffffff, 0, 0xffffffff],
    ] as const) {
      const p = join(ah, al) * join(bh, bl);
      operands(ah, al, bh, bl);
      mix();
      expect(hashValue()).toBe((p >> 64n) ^ (p & mask64));
      operands(ah, al, bh, bl);
      mulLo();
      expect(hashValue()).toBe(p & mask64);
    }
  });
});
