// Float to string. Go: strconv/ftoa.go. Go computes digits with Ryū where it can and falls back
// to exact multiprecision decimals (bigFtoa); both give the correctly rounded (or shortest
// round-tripping, closest) digits, so this port always takes the exact path.
import { type Decimal, exactDecimal, round, roundDown, roundUp } from './strconv-decimal.ts';

/** Go: strconv.floatInfo (shared with strconv-atof.ts, as Go shares it). */
export interface FloatInfo {
  readonly mantbits: number;
  readonly expbits: number;
  readonly bias: number;
}

export const float32info: FloatInfo = { mantbits: 23, expbits: 8, bias: -127 };
export const float64info: FloatInfo = { mantbits: 52, expbits: 11, bias: -1023 };

const view = new DataView(new ArrayBuffer(8));

/** The IEEE bits of f as float32 or float64. Go: math.Float32bits / Float64bits. */
function floatBits(f: number, bitSize: 32 | 64): bigint {
  if (bitSize === 32) {
    view.setFloat32(0, f);
    return BigInt(view.getUint32(0));
  }
  view.setFloat64(0, f);
  return view.getBigUint64(0);
}

/**
 * f formatted as Go's strconv.FormatFloat(f, fmt, prec, bitSize): fmt one of b e E f g G x X,
 * prec -1 for the fewest digits that read back as f.
 */
export function formatFloat(f: number, fmt: string, prec: number, bitSize: 32 | 64): string {
  const flt = bitSize === 32 ? float32info : float64info;
  const bits = floatBits(f, bitSize);
  const mb = BigInt(flt.mantbits);
  const neg = bits >> (BigInt(flt.expbits) + mb) !== 0n;
  let exp = Number((bits >> mb) & ((1n << BigInt(flt.expbits)) - 1n));
  let mant = bits & ((1n << mb) - 1n);
  if (exp === (1 << flt.expbits) - 1) {
    return mant !== 0n ? 'NaN' : neg ? '-Inf' : '+Inf';
  }
  if (exp === 0) {
    exp++; // denormal
  } else {
    mant |= 1n << mb;
  }
  exp += flt.bias;
  if (fmt === 'b') {
    return fmtB(neg, mant, exp, flt);
  }
  if (fmt === 'x' || fmt === 'X') {
    return fmtX(prec, fmt, neg, mant, exp, flt);
  }
  return bigFtoa(prec, fmt, neg, mant, exp, flt);
}

// Go: strconv/ftoa.go bigFtoa (with genericFtoa's max(…, 0) for the shortest %e of zero).
function bigFtoa(
  prec: number,
  fmt: string,
  neg: boolean,
  mant: bigint,
  exp: number,
  flt: FloatInfo,
): string {
  const d = exactDecimal(mant, exp - flt.mantbits);
  const shortest = prec < 0;
  if (shortest) {
    roundShortest(d, mant, exp, flt);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(d.nd - 1, 0);
        break;
      case 'f':
        prec = Math.max(d.nd - d.dp, 0);
        break;
      case 'g':
      case 'G':
        prec = d.nd;
        break;
    }
  } else {
    switch (fmt) {
      case 'e':
      case 'E':
        round(d, prec + 1);
        break;
      case 'f':
        round(d, d.dp + prec);
        break;
      case 'g':
      case 'G':
        if (prec === 0) {
          prec = 1;
        }
        round(d, prec);
        break;
    }
  }
  return formatDigits(shortest, neg, d, prec, fmt);
}

// Go: strconv/ftoa.go formatDigits.
function formatDigits(
  shortest: boolean,
  neg: boolean,
  d: Decimal,
  prec: number,
  fmt: string,
): string {
  switch (fmt) {
    case 'e':
    case 'E':
      return fmtE(neg, d, prec, fmt);
    case 'f':
      return fmtF(neg, d, prec);
    case 'g':
    case 'G': {
      let eprec = prec;
      if (eprec > d.nd && d.nd >= d.dp) {
        eprec = d.nd;
      }
      // %e is used if the exponent from the conversion is less than -4 or greater than or
      // equal to the precision. If precision was the shortest possible, use precision 6 for
      // this decision.
      if (shortest) {
        eprec = 6;
      }
      const exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd) {
          prec = d.nd;
        }
        return fmtE(neg, d, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > d.dp) {
        prec = d.nd;
      }
      return fmtF(neg, d, Math.max(prec - d.dp, 0));
    }
  }
  return '%' + fmt;
}

/**
 * Rounds d (the exact value of mant × 2^(exp − mantbits)) to the shortest decimal that still
 * reads back as the same float, the closest such when several are. Go: ftoa.go roundShortest.
 */
function roundShortest(d: Decimal, mant: bigint, exp: number, flt: FloatInfo): void {
  if (mant === 0n) {
    d.nd = 0;
    return;
  }
  const minexp = flt.bias + 1;
  if (exp > minexp && 332 * (d.dp - d.nd) >= 100 * (exp - flt.mantbits)) {
    return; // d is an exact integer with trailing zeros: already shortest
  }
  // The halfway points to the neighbouring floats.
  const upper = exactDecimal(mant * 2n + 1n, exp - flt.mantbits - 1);
  let mantlo: bigint, explo: number;
  if (mant > 1n << BigInt(flt.mantbits) || exp === minexp) {
    mantlo = mant - 1n;
    explo = exp;
  } else {
    mantlo = mant * 2n - 1n;
    explo = exp - 1;
  }
  const lower = exactDecimal(mantlo * 2n + 1n, explo - flt.mantbits - 1);
  const inclusive = mant % 2n === 0n;
  const digit = (x: Decimal, i: number): number => (i >= 0 && i < x.nd ? x.d.charCodeAt(i) : 0x30);
  let upperdelta = 0;
  for (let ui = 0; ; ui++) {
    const mi = ui - upper.dp + d.dp;
    if (mi >= d.nd) {
      break;
    }
    const li = ui - upper.dp + lower.dp;
    const l = digit(lower, li);
    const m = digit(d, mi);
    const u = digit(upper, ui);
    const okdown = l !== m || (inclusive && li + 1 === lower.nd);
    if (upperdelta === 0 && m + 1 < u) {
      upperdelta = 2;
    } else if (upperdelta === 0 && m !== u) {
      upperdelta = 1;
    } else if (upperdelta === 1 && (m !== 0x39 || u !== 0x30)) {
      upperdelta = 2;
    }
    const okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd);
    if (okdown && okup) {
      round(d, mi + 1);
      return;
    }
    if (okdown) {
      roundDown(d, mi + 1);
      return;
    }
    if (okup) {
      roundUp(d, mi + 1);
      return;
    }
  }
}

// Go: strconv/ftoa.go fmtE: -d.ddddde±dd
function fmtE(neg: boolean, d: Decimal, prec: number, fmt: string): string {
  let s = neg ? '-' : '';
  s += d.nd !== 0 ? d.d.charAt(0) : '0';
  if (prec > 0) {
    s += '.';
    const m = Math.min(d.nd, prec + 1);
    s += d.d.slice(1, m);
    s += '0'.repeat(Math.max(prec + 1 - Math.max(m, 1), 0));
  }
  s += fmt;
  let exp = d.nd === 0 ? 0 : d.dp - 1;
  s += exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return s + (exp < 10 ? '0' + String(exp) : String(exp));
}

// Go: strconv/ftoa.go fmtF: -ddddddd.ddddd
function fmtF(neg: boolean, d: Decimal, prec: number): string {
  let s = neg ? '-' : '';
  if (d.dp > 0) {
    const m = Math.min(d.nd, d.dp);
    s += d.d.slice(0, m) + '0'.repeat(d.dp - m);
  } else {
    s += '0';
  }
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i;
      s += j >= 0 && j < d.nd ? d.d.charAt(j) : '0';
    }
  }
  return s;
}

// Go: strconv/ftoa.go fmtB: -ddddp±ddd
function fmtB(neg: boolean, mant: bigint, exp: number, flt: FloatInfo): string {
  exp -= flt.mantbits;
  return (neg ? '-' : '') + mant.toString() + 'p' + (exp >= 0 ? '+' : '') + String(exp);
}

// Go: strconv/ftoa.go fmtX: %x: -0x1.yyyyyyyyp±ddd or -0x0p+0
function fmtX(
  prec: number,
  fmt: string,
  neg: boolean,
  mant: bigint,
  exp: number,
  flt: FloatInfo,
): string {
  if (mant === 0n) {
    exp = 0;
  }
  // Shift digits so leading 1 (if any) is at bit 1<<60.
  mant <<= BigInt(60 - flt.mantbits);
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  // Round if requested.
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & ((1n << 60n) - 1n);
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) {
      mant++;
    }
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      // Wrapped around.
      mant >>= 1n;
      exp++;
    }
  }
  const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let s = (neg ? '-' : '') + '0' + fmt + String(Number((mant >> 60n) & 1n));
  mant = (mant << 4n) & ((1n << 64n) - 1n); // remove leading 0 or 1
  if (prec < 0 && mant !== 0n) {
    s += '.';
    while (mant !== 0n) {
      s += hex[Number((mant >> 60n) & 15n)] ?? '';
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  } else if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      s += hex[Number((mant >> 60n) & 15n)] ?? '';
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  }
  s += fmt === 'X' ? 'P' : 'p';
  s += exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return s + (exp < 10 ? '0' + String(exp) : String(exp));
}
