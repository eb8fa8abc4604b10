// 64-bit unsigned arithmetic on 32-bit halves, for Go's uintptr hash functions.
//
// Operands and results travel through one Uint32Array register file rather than through
// arguments and return values: V8 would box a uint32 at or above 2^30 into a fresh heap
// number whenever it crosses a call it does not inline, and the map's lookup path must not
// allocate. Registers are [hi, lo] pairs at the indices below; read results before the next
// call.

/** The register file. */
export const reg: Uint32Array = new Uint32Array(10);
/** Hash register: the seed going into a hash function and the hash coming out. */
export const H_HI = 0,
  H_LO = 1;
/** Value register: a 64-bit word to hash (an integer key, a float's bits, an address). */
export const V_HI = 2,
  V_LO = 3;
/** Operands of {@link mix} and {@link mulLo}; the result goes to the hash register. */
export const A_HI = 4,
  A_LO = 5,
  B_HI = 6,
  B_LO = 7;

/**
 * H = hi ^ lo of the 128-bit product A * B, as Go's `math.Mul64` folded by
 * runtime/hash64.go mix.
 */
export function mix(): void {
  // 16-bit limbs; each column is summed with 32-bit integer operations and carried. Unrolled on
  // purpose: this is the model's hottest function (two calls per integer key hashed).
  const al = reg[A_LO]!,
    ah = reg[A_HI]!,
    bl = reg[B_LO]!,
    bh = reg[B_HI]!;
  const a0 = al & 0xffff,
    a1 = al >>> 16,
    a2 = ah & 0xffff,
    a3 = ah >>> 16;
  const b0 = bl & 0xffff,
    b1 = bl >>> 16,
    b2 = bh & 0xffff,
    b3 = bh >>> 16;
  let p = Math.imul(a0, b0) >>> 0;
  let s = p >>> 16;
  const r0 = p & 0xffff;
  let carry: number;
  p = Math.imul(a1, b0) >>> 0;
  s += p & 0xffff;
  carry = p >>> 16;
  p = Math.imul(a0, b1) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  const r1 = s & 0xffff;
  s = (s >>> 16) + carry;
  p = Math.imul(a2, b0) >>> 0;
  s += p & 0xffff;
  carry = p >>> 16;
  p = Math.imul(a1, b1) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  p = Math.imul(a0, b2) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  const r2 = s & 0xffff;
  s = (s >>> 16) + carry;
  p = Math.imul(a3, b0) >>> 0;
  s += p & 0xffff;
  carry = p >>> 16;
  p = Math.imul(a2, b1) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  p = Math.imul(a1, b2) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  p = Math.imul(a0, b3) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  const r3 = s & 0xffff;
  s = (s >>> 16) + carry;
  p = Math.imul(a3, b1) >>> 0;
  s += p & 0xffff;
  carry = p >>> 16;
  p = Math.imul(a2, b2) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  p = Math.imul(a1, b3) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  const r4 = s & 0xffff;
  s = (s >>> 16) + carry;
  p = Math.imul(a3, b2) >>> 0;
  s += p & 0xffff;
  carry = p >>> 16;
  p = Math.imul(a2, b3) >>> 0;
  s += p & 0xffff;
  carry += p >>> 16;
  const r5 = s & 0xffff;
  s = (s >>> 16) + carry;
  p = Math.imul(a3, b3) >>> 0;
  s += p & 0xffff;
  const r6 = s & 0xffff;
  const r7 = ((s >>> 16) + (p >>> 16)) & 0xffff;
  reg[H_HI] = ((r7 << 16) | r6) ^ ((r3 << 16) | r2);
  reg[H_LO] = ((r5 << 16) | r4) ^ ((r1 << 16) | r0);
}

/** H = A * B mod 2^64 (Go's `a * b` on uintptr). */
export function mulLo(): void {
  const al = reg[A_LO]!,
    ah = reg[A_HI]!,
    bl = reg[B_LO]!,
    bh = reg[B_HI]!;
  const a0 = al & 0xffff,
    a1 = al >>> 16,
    b0 = bl & 0xffff,
    b1 = bl >>> 16;
  // al * bl in full: low word from 16-bit partial products, high word with their carries.
  const p00 = Math.imul(a0, b0) >>> 0;
  const p01 = Math.imul(a0, b1) >>> 0;
  const p10 = Math.imul(a1, b0) >>> 0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const hi = Math.imul(a1, b1) + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  reg[H_HI] = hi + Math.imul(ah, bl) + Math.imul(al, bh);
  reg[H_LO] = (mid << 16) | (p00 & 0xffff);
}

const TWO32 = 4294967296;

/** V = the two's-complement halves of a 64-bit integer held as a number or a bigint. */
export function split64(v: number | bigint): void {
  if (typeof v === 'number') {
    reg[V_LO] = v;
    reg[V_HI] = Math.floor(v / TWO32);
  } else {
    const u = BigInt.asUintN(64, v);
    reg[V_LO] = Number(u & 0xffffffffn);
    reg[V_HI] = Number(u >> 32n);
  }
}

/** Sets the hash register (the seed of the next hash function). */
export function setHash(hi: number, lo: number): void {
  reg[H_HI] = hi;
  reg[H_LO] = lo;
}

/** The hash register as a uint64 bigint (for tests and traces, not hot paths). */
export function hashValue(): bigint {
  return (BigInt(reg[H_HI]!) << 32n) | BigInt(reg[H_LO]!);
}

/** Formats a 64-bit pair as Go's `%#016x`. */
export function hex64(hi: number, lo: number): string {
  return `0x${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')}`;
}
