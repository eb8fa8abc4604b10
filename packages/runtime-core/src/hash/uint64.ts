// 64-bit unsigned arithmetic on pairs of 32-bit halves, for Go's uintptr hash functions.
// Results go to `out64` (no allocation on the hashing path); read them before the next call.

/** The last 64-bit result: high and low 32-bit halves, each in [0, 2^32). */
export const out64: { hi: number; lo: number } = { hi: 0, lo: 0 };

const TWO32 = 4294967296;

/**
 * The 128-bit product of two uint64s, as in Go's `math.Mul64`, folded as `hi ^ lo` into
 * `out64`. Go: runtime/hash64.go mix.
 */
export function mix(ah: number, al: number, bh: number, bl: number): void {
  // 16-bit limbs: every partial sum stays far below 2^53, so doubles hold it exactly.
  const a0 = al & 0xffff,
    a1 = al >>> 16,
    a2 = ah & 0xffff,
    a3 = ah >>> 16;
  const b0 = bl & 0xffff,
    b1 = bl >>> 16,
    b2 = bh & 0xffff,
    b3 = bh >>> 16;
  let c = a0 * b0;
  const r0 = c & 0xffff;
  c = (c - r0) / 65536 + a1 * b0 + a0 * b1;
  const r1 = c & 0xffff;
  c = (c - r1) / 65536 + a2 * b0 + a1 * b1 + a0 * b2;
  const r2 = c & 0xffff;
  c = (c - r2) / 65536 + a3 * b0 + a2 * b1 + a1 * b2 + a0 * b3;
  const r3 = c & 0xffff;
  c = (c - r3) / 65536 + a3 * b1 + a2 * b2 + a1 * b3;
  const r4 = c & 0xffff;
  c = (c - r4) / 65536 + a3 * b2 + a2 * b3;
  const r5 = c & 0xffff;
  c = (c - r5) / 65536 + a3 * b3;
  const r6 = c & 0xffff;
  const r7 = ((c - r6) / 65536) & 0xffff;
  out64.hi = ((r7 << 16) | r6) ^ ((r3 << 16) | r2);
  out64.lo = ((r5 << 16) | r4) ^ ((r1 << 16) | r0);
  out64.hi >>>= 0;
  out64.lo >>>= 0;
}

/** The low 64 bits of a uint64 product (Go's `a * b` on uintptr), into `out64`. */
export function mulLo(ah: number, al: number, bh: number, bl: number): void {
  const a0 = al & 0xffff,
    a1 = al >>> 16;
  const b0 = bl & 0xffff,
    b1 = bl >>> 16;
  let c = a0 * b0;
  const r0 = c & 0xffff;
  c = (c - r0) / 65536 + a1 * b0 + a0 * b1;
  const r1 = c & 0xffff;
  // The high word only needs the low 32 bits of its column sum: Math.imul wraps for us.
  const high = ((c - r1) / 65536 + a1 * b1) % TWO32;
  out64.hi = (high + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
  out64.lo = ((r1 << 16) | r0) >>> 0;
}

/** Splits a JavaScript number or bigint holding a 64-bit integer into two's-complement halves. */
export function split64(v: number | bigint): void {
  if (typeof v === 'number') {
    out64.lo = v >>> 0;
    out64.hi = Math.floor(v / TWO32) >>> 0;
  } else {
    const u = BigInt.asUintN(64, v);
    out64.lo = Number(u & 0xffffffffn);
    out64.hi = Number(u >> 32n);
  }
}

/** Formats a 64-bit pair as Go's `%#016x`. */
export function hex64(hi: number, lo: number): string {
  return `0x${hi.toString(16).padStart(8, '0')}${lo.toString(16).padStart(8, '0')}`;
}
