// An exact decimal, as Go's strconv/decimal.go holds one: digits d[0:nd] with the decimal point
// after dp digits, trailing zeros trimmed. Built exactly with bigint arithmetic (Go shifts a
// fixed 800-digit buffer, which is exact for every float64: both give the same digits).
// Go: strconv/decimal.go.

/** Go: strconv.decimal (d as a string of ASCII digits). */
export interface Decimal {
  d: string;
  /** Number of digits used. */
  nd: number;
  /** Decimal point position. */
  dp: number;
}

/** The exact decimal value of mant × 2^exp. Go: decimal.Assign followed by decimal.Shift. */
export function exactDecimal(mant: bigint, exp: number): Decimal {
  if (mant === 0n) {
    return { d: '', nd: 0, dp: 0 };
  }
  let digits: string, dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    // mant / 2^k = mant × 5^k / 10^k
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  const trimmed = digits.replace(/0+$/, '');
  return { d: trimmed, nd: trimmed.length, dp };
}

// Go: strconv/decimal.go trim.
function trim(a: Decimal): void {
  while (a.nd > 0 && a.d.charCodeAt(a.nd - 1) === 0x30) {
    a.nd--;
  }
  a.d = a.d.slice(0, a.nd);
  if (a.nd === 0) {
    a.dp = 0;
  }
}

/** Go: strconv/decimal.go shouldRoundUp (halfway rounds to even; digits are never truncated). */
function shouldRoundUp(a: Decimal, nd: number): boolean {
  if (nd < 0 || nd >= a.nd) {
    return false;
  }
  const c = a.d.charCodeAt(nd);
  if (c === 0x35 && nd + 1 === a.nd) {
    return nd > 0 && (a.d.charCodeAt(nd - 1) - 0x30) % 2 !== 0;
  }
  return c >= 0x35;
}

/** Rounds a to nd digits (or fewer), to nearest, halfway to even. Go: decimal.Round. */
export function round(a: Decimal, nd: number): void {
  if (nd < 0 || nd >= a.nd) {
    return;
  }
  if (shouldRoundUp(a, nd)) {
    roundUp(a, nd);
  } else {
    roundDown(a, nd);
  }
}

/** Truncates a to nd digits. Go: decimal.RoundDown. */
export function roundDown(a: Decimal, nd: number): void {
  if (nd < 0 || nd >= a.nd) {
    return;
  }
  a.nd = nd;
  trim(a);
}

/** Rounds a up to nd digits. Go: decimal.RoundUp. */
export function roundUp(a: Decimal, nd: number): void {
  if (nd < 0 || nd >= a.nd) {
    return;
  }
  for (let i = nd - 1; i >= 0; i--) {
    const c = a.d.charCodeAt(i);
    if (c < 0x39) {
      a.d = a.d.slice(0, i) + String.fromCharCode(c + 1);
      a.nd = i + 1;
      return;
    }
  }
  a.d = '1';
  a.nd = 1;
  a.dp++;
}
