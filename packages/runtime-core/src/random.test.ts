import { describe, expect, it } from 'vitest';
import { Wyrand } from './random.ts';

/** Go 1.19 runtime/stubs.go fastrand64 on 64-bit platforms, written with bigints. */
function* goWyrand(state: bigint): Generator<bigint> {
  const mask = (1n << 64n) - 1n;
  for (;;) {
    state = (state + 0xa0761d6478bd642fn) & mask;
    const p = state * (state ^ 0xe7037ed1a0b428dbn);
    yield (p >> 64n) ^ (p & mask);
  }
}

describe('Wyrand', () => {
  it('produces Go’s fastrand64 sequence, and fastrand is its low 32 bits', () => {
    for (const seed of [0n, 1n, 0xdeadbeefcafebaben, (1n << 64n) - 1n]) {
      const a = new Wyrand(Number(seed >> 32n), Number(seed & 0xffffffffn));
      const b = new Wyrand(Number(seed >> 32n), Number(seed & 0xffffffffn));
      const want = goWyrand(seed);
      for (let i = 0; i < 100; i++) {
        const w = want.next().value as bigint;
        expect(a.fastrand64()).toBe(w);
        expect(b.fastrand()).toBe(Number(w & 0xffffffffn));
      }
    }
  });

  it('is deterministic from a seed', () => {
    const draw = (): number[] => {
      const r = Wyrand.fromSeed(42);
      return Array.from({ length: 5 }, () => r.fastrand());
    };
    expect(draw()).toEqual(draw());
  });
});
