// The runtime's random numbers (map seeds, iteration start, NaN hashes, overflow sampling)
// come from an injectable source, so a run is reproducible from its seed.
import { A_HI, A_LO, B_HI, B_LO, H_LO, hashValue, mix, reg } from './hash/uint64.ts';

/** A source of Go's fastrand() values. */
export interface RandomSource {
  /** Go's fastrand(): a uint32. */
  fastrand(): number;
  /** Go's fastrand64(), as a uint64. */
  fastrand64(): bigint;
}

/**
 * Go 1.19's per-M generator on 64-bit platforms (wyrand), from a 64-bit state.
 * Go: runtime/stubs.go fastrand, fastrand64.
 */
export class Wyrand implements RandomSource {
  #hi: number;
  #lo: number;

  constructor(seedHi: number, seedLo: number) {
    this.#hi = seedHi >>> 0;
    this.#lo = seedLo >>> 0;
  }

  /** A generator seeded from a safe-integer seed (the `--seed` a user gives). */
  static fromSeed(seed: number): Wyrand {
    return new Wyrand(Math.floor(seed / 4294967296), seed >>> 0);
  }

  fastrand(): number {
    this.#step();
    return reg[H_LO]!;
  }

  fastrand64(): bigint {
    this.#step();
    return hashValue();
  }

  // state += 0xa0761d6478bd642f; H = hi ^ lo of Mul64(state, state ^ 0xe7037ed1a0b428db)
  #step(): void {
    const lo = this.#lo + 0x78bd642f;
    this.#lo = lo >>> 0;
    this.#hi = (this.#hi + 0xa0761d64 + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    reg[A_HI] = this.#hi;
    reg[A_LO] = this.#lo;
    reg[B_HI] = this.#hi ^ 0xe7037ed1;
    reg[B_LO] = this.#lo ^ 0xa0b428db;
    mix();
  }
}

/**
 * A uniform integer in [0, n), as the runtime draws one: the high half of fastrand() · n.
 * Go: runtime/stubs.go fastrandn.
 */
export function fastrandn(rand: RandomSource, n: number): number {
  return Math.floor((rand.fastrand() * n) / 4294967296);
}
