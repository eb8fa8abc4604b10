// Go's wyhash-derived memory hash for 64-bit platforms without AES (the `*Fallback` functions
// Go uses when the CPU lacks AES or GODEBUG=cpu.aes=off). Go: runtime/hash64.go.
import { mix, out64 } from './uint64.ts';

// Go: runtime/hash64.go m1..m5.
const M1H = 0xa0761d64,
  M1L = 0x78bd642f;
const M2H = 0xe7037ed1,
  M2L = 0xa0b428db;
const M3H = 0x8ebc6af0,
  M3L = 0x9c88c6e3;
const M4H = 0x589965cc,
  M4L = 0x75374cc3;
const M5H = 0x1d8e4e27,
  M5L = 0xc47d124f;

/** The first word of Go's per-process `runtime.hashkey`, the only one 64-bit hashing reads. */
export interface HashKey {
  readonly hashkey0Hi: number;
  readonly hashkey0Lo: number;
}

function r4(p: Uint8Array, i: number): number {
  return (p[i]! | (p[i + 1]! << 8) | (p[i + 2]! << 16) | (p[i + 3]! << 24)) >>> 0;
}

// Little-endian 64-bit read into (r8h, r8l).
let r8h = 0,
  r8l = 0;
function r8(p: Uint8Array, i: number): void {
  r8l = r4(p, i);
  r8h = r4(p, i + 4);
}

/**
 * Hashes `s` bytes of `p` from `off` with a 64-bit seed, into `out64`.
 * Go: runtime/hash64.go memhashFallback.
 */
export function memhashFallback(
  k: HashKey,
  p: Uint8Array,
  off: number,
  s: number,
  seedHi: number,
  seedLo: number,
): void {
  let sh = (seedHi ^ k.hashkey0Hi ^ M1H) >>> 0,
    sl = (seedLo ^ k.hashkey0Lo ^ M1L) >>> 0;
  let ah = 0,
    al = 0,
    bh = 0,
    bl = 0;
  if (s === 0) {
    out64.hi = sh;
    out64.lo = sl;
    return;
  } else if (s < 4) {
    al = p[off]! | (p[off + (s >>> 1)]! << 8) | (p[off + s - 1]! << 16);
  } else if (s === 4) {
    al = bl = r4(p, off);
  } else if (s < 8) {
    al = r4(p, off);
    bl = r4(p, off + s - 4);
  } else if (s <= 16) {
    r8(p, off);
    ah = r8h;
    al = r8l;
    r8(p, off + s - 8);
    bh = r8h;
    bl = r8l;
  } else {
    let l = s;
    if (l > 48) {
      let s1h = sh,
        s1l = sl,
        s2h = sh,
        s2l = sl;
      for (; l > 48; l -= 48) {
        round(p, off, sh, sl, M2H, M2L);
        sh = out64.hi;
        sl = out64.lo;
        round(p, off + 16, s1h, s1l, M3H, M3L);
        s1h = out64.hi;
        s1l = out64.lo;
        round(p, off + 32, s2h, s2l, M4H, M4L);
        s2h = out64.hi;
        s2l = out64.lo;
        off += 48;
      }
      sh = (sh ^ s1h ^ s2h) >>> 0;
      sl = (sl ^ s1l ^ s2l) >>> 0;
    }
    for (; l > 16; l -= 16) {
      round(p, off, sh, sl, M2H, M2L);
      sh = out64.hi;
      sl = out64.lo;
      off += 16;
    }
    r8(p, off + l - 16);
    ah = r8h;
    al = r8l;
    r8(p, off + l - 8);
    bh = r8h;
    bl = r8l;
  }
  finish(ah, al, bh, bl, sh, sl, s);
}

// seed = mix(r8(p)^m, r8(p+8)^seed), one round of the long-input loops, into `out64`.
function round(p: Uint8Array, i: number, sh: number, sl: number, mh: number, ml: number): void {
  r8(p, i);
  const xh = r8h ^ mh,
    xl = r8l ^ ml;
  r8(p, i + 8);
  mix(xh, xl, r8h ^ sh, r8l ^ sl);
}

// mix(m5^s, mix(a^m2, b^seed))
function finish(
  ah: number,
  al: number,
  bh: number,
  bl: number,
  sh: number,
  sl: number,
  s: number,
): void {
  mix(ah ^ M2H, al ^ M2L, bh ^ sh, bl ^ sl);
  mix(M5H, (M5L ^ s) >>> 0, out64.hi, out64.lo);
}

/** Go: runtime/hash64.go memhash32Fallback, for a uint32 `a`. Into `out64`. */
export function memhash32(k: HashKey, a: number, seedHi: number, seedLo: number): void {
  mix(M2H, (a ^ M2L) >>> 0, seedHi ^ k.hashkey0Hi ^ M1H, a ^ seedLo ^ k.hashkey0Lo ^ M1L);
  mix(M5H, (M5L ^ 4) >>> 0, out64.hi, out64.lo);
}

/** Go: runtime/hash64.go memhash64Fallback, for a uint64 (ah, al). Into `out64`. */
export function memhash64(
  k: HashKey,
  ah: number,
  al: number,
  seedHi: number,
  seedLo: number,
): void {
  mix(ah ^ M2H, al ^ M2L, ah ^ seedHi ^ k.hashkey0Hi ^ M1H, al ^ seedLo ^ k.hashkey0Lo ^ M1L);
  mix(M5H, (M5L ^ 8) >>> 0, out64.hi, out64.lo);
}

// Strings hash their bytes; they are copied here first (Go strings are JavaScript strings of
// byte values, see types/values.ts).
let strBuf = new Uint8Array(256);

/** Go: runtime/alg.go strhashFallback, for a byte string. Into `out64`. */
export function strhash(k: HashKey, s: string, seedHi: number, seedLo: number): void {
  const n = s.length;
  if (n > strBuf.length) {
    strBuf = new Uint8Array(Math.max(n, strBuf.length * 2));
  }
  for (let i = 0; i < n; i++) {
    strBuf[i] = s.charCodeAt(i);
  }
  memhashFallback(k, strBuf, 0, n, seedHi, seedLo);
}
