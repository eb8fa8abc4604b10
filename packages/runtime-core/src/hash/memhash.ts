// Go's wyhash-derived memory hash for 64-bit platforms without AES (the `*Fallback` functions
// Go uses when the CPU lacks AES or GODEBUG=cpu.aes=off). Go: runtime/hash64.go.
// Every function takes its seed from the hash register and leaves the hash there (uint64.ts).
import { A_HI, A_LO, B_HI, B_LO, H_HI, H_LO, V_HI, V_LO, mix, reg } from './uint64.ts';

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

/** A = (x ^ mx) of the little-endian word at p[i]; B = the word at p[j] ^ y. */
function loadAB(
  p: Uint8Array,
  i: number,
  mh: number,
  ml: number,
  j: number,
  yh: number,
  yl: number,
): void {
  reg[A_LO] = r4(p, i) ^ ml;
  reg[A_HI] = r4(p, i + 4) ^ mh;
  reg[B_LO] = r4(p, j) ^ yl;
  reg[B_HI] = r4(p, j + 4) ^ yh;
}

/** H = mix(m5^s, mix(A, B)): the final step of every hash. */
function finish(s: number): void {
  mix();
  reg[A_HI] = M5H;
  reg[A_LO] = M5L ^ s;
  reg[B_HI] = reg[H_HI]!;
  reg[B_LO] = reg[H_LO]!;
  mix();
}

/**
 * Hashes `s` bytes of `p` from `off`. Go: runtime/hash64.go memhashFallback.
 */
export function memhashFallback(k: HashKey, p: Uint8Array, off: number, s: number): void {
  let sh = (reg[H_HI]! ^ k.hashkey0Hi ^ M1H) >>> 0,
    sl = (reg[H_LO]! ^ k.hashkey0Lo ^ M1L) >>> 0;
  if (s === 0) {
    reg[H_HI] = sh;
    reg[H_LO] = sl;
    return;
  }
  if (s <= 16) {
    shortOperands(p, off, s);
    reg[A_HI] = reg[A_HI]! ^ M2H;
    reg[A_LO] = reg[A_LO]! ^ M2L;
    reg[B_HI] = reg[B_HI]! ^ sh;
    reg[B_LO] = reg[B_LO]! ^ sl;
    finish(s);
    return;
  }
  let l = s;
  if (l > 48) {
    let s1h = sh,
      s1l = sl,
      s2h = sh,
      s2l = sl;
    for (; l > 48; l -= 48) {
      loadAB(p, off, M2H, M2L, off + 8, sh, sl);
      mix();
      sh = reg[H_HI]!;
      sl = reg[H_LO]!;
      loadAB(p, off + 16, M3H, M3L, off + 24, s1h, s1l);
      mix();
      s1h = reg[H_HI]!;
      s1l = reg[H_LO]!;
      loadAB(p, off + 32, M4H, M4L, off + 40, s2h, s2l);
      mix();
      s2h = reg[H_HI]!;
      s2l = reg[H_LO]!;
      off += 48;
    }
    sh = (sh ^ s1h ^ s2h) >>> 0;
    sl = (sl ^ s1l ^ s2l) >>> 0;
  }
  for (; l > 16; l -= 16) {
    loadAB(p, off, M2H, M2L, off + 8, sh, sl);
    mix();
    sh = reg[H_HI]!;
    sl = reg[H_LO]!;
    off += 16;
  }
  loadAB(p, off + l - 16, M2H, M2L, off + l - 8, sh, sl);
  finish(s);
}

/** A, B = the words memhashFallback reads from an input of 1..16 bytes. */
function shortOperands(p: Uint8Array, off: number, s: number): void {
  let ah = 0,
    al: number,
    bh = 0,
    bl = 0;
  if (s < 4) {
    al = p[off]! | (p[off + (s >>> 1)]! << 8) | (p[off + s - 1]! << 16);
  } else if (s === 4) {
    al = bl = r4(p, off);
  } else if (s < 8) {
    al = r4(p, off);
    bl = r4(p, off + s - 4);
  } else {
    al = r4(p, off);
    ah = r4(p, off + 4);
    bl = r4(p, off + s - 8);
    bh = r4(p, off + s - 4);
  }
  reg[A_HI] = ah;
  reg[A_LO] = al;
  reg[B_HI] = bh;
  reg[B_LO] = bl;
}

/** Hashes the uint32 in the value register's low half. Go: runtime/hash64.go memhash32Fallback. */
export function memhash32(k: HashKey): void {
  const a = reg[V_LO]!;
  reg[A_HI] = M2H;
  reg[A_LO] = a ^ M2L;
  reg[B_HI] = reg[H_HI]! ^ k.hashkey0Hi ^ M1H;
  reg[B_LO] = a ^ reg[H_LO]! ^ k.hashkey0Lo ^ M1L;
  finish(4);
}

/** Hashes the uint64 in the value register. Go: runtime/hash64.go memhash64Fallback. */
export function memhash64(k: HashKey): void {
  const ah = reg[V_HI]!,
    al = reg[V_LO]!;
  reg[A_HI] = ah ^ M2H;
  reg[A_LO] = al ^ M2L;
  reg[B_HI] = ah ^ reg[H_HI]! ^ k.hashkey0Hi ^ M1H;
  reg[B_LO] = al ^ reg[H_LO]! ^ k.hashkey0Lo ^ M1L;
  finish(8);
}

// Strings hash their bytes; they are copied here first (Go strings are JavaScript strings of
// byte values, see types/values.ts).
let strBuf = new Uint8Array(256);

/** Hashes a byte string. Go: runtime/alg.go strhashFallback. */
export function strhash(k: HashKey, s: string): void {
  const n = s.length;
  if (n > strBuf.length) {
    strBuf = new Uint8Array(Math.max(n, strBuf.length * 2));
  }
  for (let i = 0; i < n; i++) {
    strBuf[i] = s.charCodeAt(i);
  }
  memhashFallback(k, strBuf, 0, n);
}
