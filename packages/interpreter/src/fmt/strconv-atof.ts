// String to float, correctly rounded, with Go's syntax and range errors. Go: strconv/atof.go.
// Go reads up to 19 digits into a uint64 and falls back to multiprecision decimals; this port
// keeps every digit in a bigint and rounds the exact value once (the same result), except that
// float64 decimals use JavaScript's correctly rounded Number parsing.
import {
  NumError,
  errRange as rangeErr,
  errSyntax,
  underscoreOK,
  type Parsed,
} from './strconv-atoi.ts';
import { float32info, float64info, type FloatInfo } from './strconv-ftoa.ts';

const fnParseFloat = 'ParseFloat';

const view = new DataView(new ArrayBuffer(8));

// Go: strconv/atof.go commonPrefixLenIgnoreCase.
function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  const n = Math.min(prefix.length, s.length);
  for (let i = 0; i < n; i++) {
    if ((s.charCodeAt(i) | 0x20) !== prefix.charCodeAt(i)) {
      return i;
    }
  }
  return n;
}

/** Infinity or NaN at the start of s: the value and bytes read. Go: strconv/atof.go special. */
function special(s: string): [number, number] | null {
  if (s.length === 0) {
    return null;
  }
  let sign = 1,
    nsign = 0;
  const c = s.charAt(0);
  if (c === '+' || c === '-' || c === 'i' || c === 'I') {
    if (c === '+' || c === '-') {
      sign = c === '-' ? -1 : 1;
      nsign = 1;
      s = s.slice(1);
    }
    let n = commonPrefixLenIgnoreCase(s, 'infinity');
    // Anything longer than "inf" is ok, but if we don't have "infinity", only consume "inf".
    if (n > 3 && n < 8) {
      n = 3;
    }
    return n === 3 || n === 8 ? [sign * Infinity, nsign + n] : null;
  }
  if ((c === 'n' || c === 'N') && commonPrefixLenIgnoreCase(s, 'nan') === 3) {
    return [NaN, 3];
  }
  return null;
}

/** What readFloat found: the value is mant × base^exp (base 10, or 2 for hex). */
interface ReadFloat {
  mant: bigint;
  exp: number;
  neg: boolean;
  hex: boolean;
  /** Bytes consumed. */
  n: number;
  ok: boolean;
}

/** Go: strconv/atof.go readFloat, keeping every mantissa digit. */
function readFloat(s: string): ReadFloat {
  const r: ReadFloat = { mant: 0n, exp: 0, neg: false, hex: false, n: 0, ok: false };
  let i = 0;
  let underscores = false;
  if (s[i] === '+') {
    i++;
  } else if (s[i] === '-') {
    r.neg = true;
    i++;
  }
  let base = 10n;
  let expChar = 'e';
  if (i + 2 < s.length && s[i] === '0' && (s.charCodeAt(i + 1) | 0x20) === 0x78) {
    base = 16n;
    i += 2;
    expChar = 'p';
    r.hex = true;
  }
  let sawdot = false,
    sawdigits = false,
    nd = 0,
    dp = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const lc = c | 0x20;
    if (c === 0x5f) {
      underscores = true;
    } else if (c === 0x2e) {
      if (sawdot) {
        break;
      }
      sawdot = true;
      dp = nd;
    } else if (c >= 0x30 && c <= 0x39) {
      sawdigits = true;
      if (c === 0x30 && nd === 0) {
        dp--; // ignore leading zeros
        continue;
      }
      nd++;
      r.mant = r.mant * base + BigInt(c - 0x30);
    } else if (base === 16n && lc >= 0x61 && lc <= 0x66) {
      sawdigits = true;
      nd++;
      r.mant = r.mant * 16n + BigInt(lc - 0x61 + 10);
    } else {
      break;
    }
  }
  r.n = i;
  if (!sawdigits) {
    return r;
  }
  if (!sawdot) {
    dp = nd;
  }
  let ndMant = nd;
  if (base === 16n) {
    dp *= 4;
    ndMant *= 4;
  }
  if (i < s.length && (s.charCodeAt(i) | 0x20) === expChar.charCodeAt(0)) {
    i++;
    r.n = i;
    if (i >= s.length) {
      return r;
    }
    let esign = 1;
    if (s[i] === '+') {
      i++;
    } else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    r.n = i;
    if (i >= s.length || s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) {
      return r;
    }
    let e = 0;
    for (; i < s.length && (((s[i] ?? '') >= '0' && (s[i] ?? '') <= '9') || s[i] === '_'); i++) {
      if (s[i] === '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) {
        e = e * 10 + s.charCodeAt(i) - 0x30;
      }
    }
    dp += e * esign;
  } else if (base === 16n) {
    r.n = i;
    return r; // must have exponent
  }
  r.n = i;
  if (r.mant !== 0n) {
    r.exp = dp - ndMant;
  }
  if (underscores && !underscoreOK(s.slice(0, i))) {
    return r;
  }
  r.ok = true;
  return r;
}

/**
 * Rounds mantissa × 2^exp (with `trunc`: plus a little more) to the float described by flt,
 * to nearest even; overflow gives ±Inf. Go: strconv/atof.go atofHex, on a bigint mantissa.
 */
function roundBinary(
  mantissa: bigint,
  exp: number,
  neg: boolean,
  trunc: boolean,
  flt: FloatInfo,
): [value: number, overflow: boolean] {
  const mb = BigInt(flt.mantbits);
  const maxExp = (1 << flt.expbits) + flt.bias - 2;
  const minExp = flt.bias + 1;
  exp += flt.mantbits; // mantissa now implicitly divided by 2^mantbits.
  // Bring to a leading 1 followed by mantbits bits and two rounding bits, the last sticky.
  while (mantissa !== 0n && mantissa >> (mb + 2n) === 0n) {
    mantissa <<= 1n;
    exp--;
  }
  if (trunc) {
    mantissa |= 1n;
  }
  while (mantissa >> (1n + mb + 2n) !== 0n) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  // If exponent is too negative, denormalize in hopes of making it representable.
  while (mantissa > 1n && exp < minExp - 2) {
    mantissa = (mantissa >> 1n) | (mantissa & 1n);
    exp++;
  }
  // Round using two bottom bits.
  let round = mantissa & 3n;
  mantissa >>= 2n;
  round |= mantissa & 1n; // round to even
  exp += 2;
  if (round === 3n) {
    mantissa++;
    if (mantissa === 1n << (1n + mb)) {
      mantissa >>= 1n;
      exp++;
    }
  }
  if (mantissa >> mb === 0n) {
    exp = flt.bias; // denormal or zero
  }
  let overflow = false;
  if (exp > maxExp) {
    mantissa = 1n << mb;
    exp = maxExp + 1;
    overflow = true;
  }
  let bits = mantissa & ((1n << mb) - 1n);
  bits |= BigInt((exp - flt.bias) & ((1 << flt.expbits) - 1)) << mb;
  if (neg) {
    bits |= 1n << (mb + BigInt(flt.expbits));
  }
  if (flt === float32info) {
    view.setUint32(0, Number(bits));
    return [view.getFloat32(0), overflow];
  }
  view.setBigUint64(0, bits);
  return [view.getFloat64(0), overflow];
}

/** mant × 10^exp rounded exactly to flt. */
function roundDecimal(mant: bigint, exp: number, neg: boolean, flt: FloatInfo): [number, boolean] {
  if (mant === 0n) {
    return [neg ? -0 : 0, false];
  }
  const mag = exp + mant.toString().length; // the value is below 10^mag
  if (mag > 400) {
    return [neg ? -Infinity : Infinity, true];
  }
  if (mag < -400) {
    return [neg ? -0 : 0, false];
  }
  if (exp >= 0) {
    return roundBinary(mant * 10n ** BigInt(exp), 0, neg, false, flt);
  }
  // mant / 10^-exp: a quotient of mantbits + 3 bits at least, the remainder as sticky bit.
  const den = 10n ** BigInt(-exp);
  const shift = Math.max(
    flt.mantbits + 3 - (mant.toString(2).length - den.toString(2).length) + 1,
    0,
  );
  const num = mant << BigInt(shift);
  return roundBinary(num / den, -shift, neg, num % den !== 0n, flt);
}

/** Go: strconv/atof.go atof32 / atof64: a float at the start of s and the bytes read. */
function parseFloatPrefix(s: string, bitSize: number): [number, number, NumError | null] {
  const sp = special(s);
  if (sp !== null) {
    return [bitSize === 32 ? Math.fround(sp[0]) : sp[0], sp[1], null];
  }
  const r = readFloat(s);
  if (!r.ok) {
    return [0, r.n, new NumError(fnParseFloat, s, errSyntax)];
  }
  const flt = bitSize === 32 ? float32info : float64info;
  let f: number, ovf: boolean;
  if (r.hex) {
    [f, ovf] = roundBinary(r.mant, r.exp, r.neg, false, flt);
  } else if (bitSize !== 32) {
    // JavaScript's Number parsing is correctly rounded (round half to even), as Go's.
    f = Number(`${r.neg ? '-' : ''}${r.mant}e${r.exp}`);
    ovf = !Number.isFinite(f);
  } else {
    [f, ovf] = roundDecimal(r.mant, r.exp, r.neg, flt);
  }
  return [f, r.n, ovf ? new NumError(fnParseFloat, s, rangeErr) : null];
}

/**
 * s as a float64 (bitSize 64) or a float32 (bitSize 32, the result exactly representable as
 * one), with Go's errors: syntax, or range with ±Inf. Go: strconv.ParseFloat.
 */
export function parseFloat(s: string, bitSize: number): Parsed<number> {
  const [f, n, err] = parseFloatPrefix(s, bitSize);
  if (n !== s.length && err?.err !== errSyntax) {
    return { value: 0, err: new NumError(fnParseFloat, s, errSyntax) };
  }
  return { value: err !== null && err.err === errSyntax ? 0 : f, err };
}
