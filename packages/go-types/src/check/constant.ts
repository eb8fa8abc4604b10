// Constant values and their exact arithmetic, as Go's go/constant: integers are bigints;
// floats are exact fractions (Rat) while numerator and denominator stay below 4096 bits, and
// binary floating-point numbers with a 512-bit mantissa (BigFloat) beyond that (huge or tiny
// exponents, as go/constant's big.Float); complex numbers are pairs of those. Values are only
// rounded to float64/float32 when a constant gets a typed float type (types2's roundFloat64).
// Go: go/constant/value.go, cmd/compile/internal/types2/expr.go (representableConst).

/** Go's go/constant mantissa precision for non-fraction floats. */
const PREC = 512;
/** Fractions whose components reach this many bits become BigFloats (go/constant's maxExp). */
const MAX_EXP = 4 << 10;
/** big.Float's exponent range: beyond it a value is infinite (unknown) or zero. */
const BIG_MAX_EXP = 2 ** 31 - 1;
const BIG_MIN_EXP = -(2 ** 31);

/** The number of bits of |x| (0 for 0). */
export function bitLen(x: bigint): number {
  const a = x < 0n ? -x : x;
  if (a < 0x100000000n) {
    return 32 - Math.clz32(Number(a));
  }
  const s = a.toString(16);
  return (s.length - 1) * 4 + (32 - Math.clz32(parseInt(s.slice(0, 1), 16)));
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** An exact fraction num/den, den > 0, in lowest terms (go/constant's ratVal). */
export class Rat {
  readonly num: bigint;
  readonly den: bigint;
  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  /** num/den in lowest terms; den must not be 0. */
  static of(num: bigint, den: bigint): Rat {
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    if (den === 1n) {
      return new Rat(num, 1n);
    }
    if (num === 0n) {
      return new Rat(0n, 1n);
    }
    const g = gcd(num, den);
    return g === 1n ? new Rat(num, den) : new Rat(num / g, den / g);
  }

  static int(n: bigint): Rat {
    return new Rat(n, 1n);
  }

  sign(): number {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }
}

/** mant × 2**exp with |mant| < 2**512 and mant odd (or 0): go/constant's floatVal. */
export class BigFloat {
  readonly mant: bigint;
  readonly exp: number;
  private constructor(mant: bigint, exp: number) {
    this.mant = mant;
    this.exp = exp;
  }

  /** mant × 2**exp rounded to 512 bits (to nearest, ties to even). */
  static of(mant: bigint, exp: number): BigFloat {
    if (mant === 0n) {
      return new BigFloat(0n, 0);
    }
    if (bitLen(mant) > PREC) {
      [mant, exp] = roundFrac(mant, 1n, exp, PREC, -Infinity);
    }
    // Strip trailing zero bits (canonical form).
    let tz = 0;
    while (((mant >> BigInt(tz)) & 0xffffffffn) === 0n) {
      tz += 32;
    }
    while (((mant >> BigInt(tz)) & 1n) === 0n) {
      tz++;
    }
    return tz === 0 ? new BigFloat(mant, exp) : new BigFloat(mant >> BigInt(tz), exp + tz);
  }

  /** num/den rounded to 512 bits (big.Float.SetRat). */
  static frac(num: bigint, den: bigint, exp = 0): BigFloat {
    const [m, e] = roundFrac(num, den, exp, PREC, -Infinity);
    return BigFloat.of(m, e);
  }

  sign(): number {
    return this.mant < 0n ? -1 : this.mant > 0n ? 1 : 0;
  }

  /** The exponent e with this = m × 2**e, 0.5 <= |m| < 1 (big.Float.MantExp); 0 for 0. */
  mantExp(): number {
    return this.mant === 0n ? 0 : bitLen(this.mant) + this.exp;
  }
}

export type FloatValue = Rat | BigFloat;
/** An integer (bigint) or float constant. */
export type RealValue = bigint | FloatValue;

/** A complex constant: its parts may be integers or floats, as in go/constant. */
export class ComplexValue {
  readonly re: RealValue;
  readonly im: RealValue;
  constructor(re: RealValue, im: RealValue) {
    this.re = re;
    this.im = im;
  }
}

/** A constant: bool, integer (bigint), float (Rat or BigFloat), complex, or string (bytes). */
export type ConstValue = boolean | string | RealValue | ComplexValue;

export function isComplexValue(v: ConstValue): v is ComplexValue {
  return v instanceof ComplexValue;
}

export function isFloatValue(v: ConstValue): v is FloatValue {
  return v instanceof Rat || v instanceof BigFloat;
}

export function isNumericValue(v: ConstValue): v is RealValue | ComplexValue {
  return typeof v === 'bigint' || typeof v === 'object';
}

/**
 * n/d × 2**e0 rounded to a prec-bit mantissa (to nearest, ties to even), with the result's
 * least significant bit no lower than 2**emin (subnormals): [m, e] with the value m × 2**e.
 */
function roundFrac(n: bigint, d: bigint, e0: number, prec: number, emin: number): [bigint, number] {
  let neg = false;
  if (n < 0n) {
    n = -n;
    neg = !neg;
  }
  if (d < 0n) {
    d = -d;
    neg = !neg;
  }
  if (n === 0n) {
    return [0n, 0];
  }
  // q = floor(n/d × 2**s) has at least prec+2 bits.
  const s = prec + 2 - (bitLen(n) - bitLen(d));
  let q: bigint;
  let sticky: boolean;
  if (s >= 0) {
    const nn = n << BigInt(s);
    q = nn / d;
    sticky = nn % d !== 0n;
  } else {
    const dd = d << BigInt(-s);
    q = n / dd;
    sticky = n % dd !== 0n;
  }
  const lsb0 = e0 - s;
  const ql = bitLen(q);
  const lead = ql - 1 + lsb0;
  const lsb = Math.max(lead - prec + 1, emin);
  const drop = lsb - lsb0;
  if (drop > ql + 1) {
    return [0n, 0]; // below half the smallest unit
  }
  const bd = BigInt(drop);
  let m = q >> bd;
  const half = ((q >> (bd - 1n)) & 1n) === 1n;
  const rest = sticky || (q & ((1n << (bd - 1n)) - 1n)) !== 0n;
  let e = lsb;
  if (half && (rest || (m & 1n) === 1n)) {
    m += 1n;
    if (bitLen(m) > prec) {
      m >>= 1n;
      e++;
    }
  }
  return [neg ? -m : m, e];
}

/** n/d × 2**e0 as the nearest float of the given format (±Infinity if it overflows). */
function fracToFloat(
  n: bigint,
  d: bigint,
  e0: number,
  mbits: number,
  emin: number,
  emax: number,
): number {
  if (n === 0n) {
    return 0;
  }
  const neg = n < 0n !== d < 0n;
  const approx = bitLen(n) - bitLen(d) + e0; // the leading bit's exponent is approx-1 or approx
  if (approx > emax + 2) {
    return neg ? -Infinity : Infinity;
  }
  if (approx < emin - 2) {
    return 0;
  }
  const [m, e] = roundFrac(n, d, e0, mbits, emin);
  if (m === 0n) {
    return 0;
  }
  if (bitLen(m) - 1 + e > emax) {
    return neg ? -Infinity : Infinity;
  }
  return Number(m) * 2 ** e;
}

function realToFloat(v: RealValue, mbits: number, emin: number, emax: number): number {
  if (typeof v === 'bigint') {
    return fracToFloat(v, 1n, 0, mbits, emin, emax);
  }
  if (v instanceof Rat) {
    return fracToFloat(v.num, v.den, 0, mbits, emin, emax);
  }
  return fracToFloat(v.mant, 1n, v.exp, mbits, emin, emax);
}

/** The nearest float64 (±Infinity if too large; the real part of a complex). */
export function float64Val(v: ConstValue): number {
  if (v instanceof ComplexValue) {
    return float64Val(v.re);
  }
  if (typeof v === 'bigint') {
    return Number(v);
  }
  if (v instanceof Rat && v.den === 1n) {
    return Number(v.num);
  }
  if (isFloatValue(v)) {
    return realToFloat(v, 53, -1074, 1023);
  }
  return NaN;
}

/** The nearest float32, as a JS number (±Infinity if too large). */
export function float32Val(v: ConstValue): number {
  if (v instanceof ComplexValue) {
    return float32Val(v.re);
  }
  if (typeof v === 'bigint' || isFloatValue(v)) {
    return realToFloat(v, 24, -149, 127);
  }
  return NaN;
}

/** The exact float constant for a finite float64 (go/constant's MakeFloat64). */
export function floatFromNumber(x: number): Rat {
  if (Number.isInteger(x)) {
    return Rat.int(BigInt(x));
  }
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) {
    e = -1074;
  } else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  if (x < 0) {
    mant = -mant;
  }
  return e >= 0 ? Rat.int(mant << BigInt(e)) : Rat.of(mant, 1n << BigInt(-e));
}

/** A fraction as a Float constant: a Rat while its components are small (go/constant's makeRat). */
export function makeRat(num: bigint, den: bigint): FloatValue {
  if (bitLen(num) < MAX_EXP && bitLen(den) < MAX_EXP) {
    return Rat.of(num, den);
  }
  return BigFloat.frac(num, den);
}

function ratOf(v: bigint | Rat): Rat {
  return typeof v === 'bigint' ? Rat.int(v) : v;
}

function bigOf(v: RealValue): BigFloat {
  if (typeof v === 'bigint') {
    return BigFloat.of(v, 0);
  }
  if (v instanceof Rat) {
    return v.den === 1n ? BigFloat.of(v.num, 0) : BigFloat.frac(v.num, v.den);
  }
  return v;
}

/** The constant as a float (go/constant's ToFloat), or null if it is not numeric or not real. */
export function toFloat(v: ConstValue): FloatValue | null {
  if (typeof v === 'bigint') {
    return bitLen(v) < MAX_EXP ? Rat.int(v) : BigFloat.of(v, 0);
  }
  if (v instanceof Rat || v instanceof BigFloat) {
    return v;
  }
  if (v instanceof ComplexValue) {
    return realSign(v.im) === 0 ? toFloat(v.re) : null;
  }
  return null;
}

/** The constant as a complex (go/constant's ToComplex); non-numeric values give 0. */
export function toComplex(v: ConstValue): ComplexValue {
  if (v instanceof ComplexValue) {
    return v;
  }
  return new ComplexValue(typeof v === 'bigint' || isFloatValue(v) ? v : 0n, 0n);
}

/** The value as an exact integer, or null if it is not one (go/constant's ToInt). */
export function toInt(v: ConstValue): bigint | null {
  if (typeof v === 'bigint') {
    return v;
  }
  if (v instanceof Rat) {
    return v.den === 1n ? v.num : null;
  }
  if (v instanceof BigFloat) {
    return bigFloatToInt(v);
  }
  if (v instanceof ComplexValue) {
    const f = toFloat(v);
    return f === null ? null : toInt(f);
  }
  return null;
}

/** go/constant's ToInt for a floatVal: exact, or within a few bits of rounding error. */
function bigFloatToInt(x: BigFloat): bigint | null {
  if (x.mant === 0n) {
    return 0n;
  }
  const me = x.mantExp();
  if (!(-MAX_EXP < me && me < MAX_EXP)) {
    return null;
  }
  const exact = (m: bigint, e: number): bigint | null => {
    if (e >= 0) {
      return m << BigInt(e);
    }
    const a = m < 0n ? -m : m;
    const mask = (1n << BigInt(-e)) - 1n;
    if ((a & mask) !== 0n) {
      return null;
    }
    return m < 0n ? -(a >> BigInt(-e)) : a >> BigInt(-e);
  };
  const r = exact(x.mant, x.exp);
  if (r !== null) {
    return r;
  }
  // Round to prec-4 bits toward zero, then away from zero (go/constant: "rounding errors in
  // prior computations").
  const a = x.mant < 0n ? -x.mant : x.mant;
  const n = bitLen(a);
  const keep = PREC - 4;
  if (n <= keep) {
    return null;
  }
  const drop = BigInt(n - keep);
  const down = a >> drop;
  const sgn = x.mant < 0n ? -1n : 1n;
  const e = x.exp + (n - keep);
  const r1 = exact(sgn * down, e);
  if (r1 !== null) {
    return r1;
  }
  const up = (a & ((1n << drop) - 1n)) !== 0n ? down + 1n : down;
  return exact(sgn * up, e);
}

function realSign(v: RealValue): number {
  if (typeof v === 'bigint') {
    return v < 0n ? -1 : v > 0n ? 1 : 0;
  }
  return v.sign();
}

/** -1, 0 or 1; for complex values, 0 if the value is 0 and 1 otherwise. */
export function constSign(v: ConstValue): number {
  if (v instanceof ComplexValue) {
    return realSign(v.re) !== 0 || realSign(v.im) !== 0 ? 1 : 0;
  }
  if (typeof v === 'bigint' || isFloatValue(v)) {
    return realSign(v);
  }
  return 1;
}

/** -v for a numeric constant. */
export function negConst(v: ConstValue): ConstValue {
  if (typeof v === 'bigint') {
    return -v;
  }
  if (v instanceof Rat) {
    return Rat.of(-v.num, v.den);
  }
  if (v instanceof BigFloat) {
    return BigFloat.of(-v.mant, v.exp);
  }
  if (v instanceof ComplexValue) {
    return new ComplexValue(negConst(v.re) as RealValue, negConst(v.im) as RealValue);
  }
  return v;
}

/** The constant rounded to float64 (types2's roundFloat64), or null if it overflows. */
export function roundFloat64(v: ConstValue): Rat | null {
  const f = float64Val(v);
  return Number.isFinite(f) ? floatFromNumber(f) : null;
}

/** The constant rounded to float32 (types2's roundFloat32), or null if it overflows. */
export function roundFloat32(v: ConstValue): Rat | null {
  const f = float32Val(v);
  return Number.isFinite(f) ? floatFromNumber(f) : null;
}

/**
 * The constant converted to a float or complex type by its name ('float32', 'float64',
 * 'complex64', 'complex128', 'untyped float', 'untyped complex'), rounded to the type;
 * null if it is not representable (overflow, or a float from a complex with an imaginary part).
 */
export function roundConst(v: ConstValue, name: string): FloatValue | ComplexValue | null {
  switch (name) {
    case 'float32':
    case 'float64': {
      const f = toFloat(v);
      return f === null ? null : name === 'float32' ? roundFloat32(f) : roundFloat64(f);
    }
    case 'complex64':
    case 'complex128': {
      const c = toComplex(v);
      const round = name === 'complex64' ? roundFloat32 : roundFloat64;
      const re = round(c.re);
      const im = round(c.im);
      return re === null || im === null ? null : new ComplexValue(re, im);
    }
    case 'untyped complex':
      return toComplex(v);
    default:
      return toFloat(v);
  }
}

/** What {@link binaryConst} returns for a division by zero: no string, since strings are constants. */
export const divZero: unique symbol = Symbol('divzero');
/** What {@link binaryConst} returns when a float result is out of range (go/constant's Unknown). */
export const notRepresentable: unique symbol = Symbol('notrepresentable');

class Overflow extends Error {}

function bigAdd(a: BigFloat, b: BigFloat): BigFloat {
  if (a.mant === 0n) {
    return b;
  }
  if (b.mant === 0n) {
    return a;
  }
  // A much smaller operand only matters as a tiny nonzero amount below the rounding point.
  const la = a.mantExp();
  const lb = b.mantExp();
  if (la - lb > PREC + 8) {
    b = BigFloat.of(b.mant < 0n ? -1n : 1n, la - PREC - 10);
  } else if (lb - la > PREC + 8) {
    a = BigFloat.of(a.mant < 0n ? -1n : 1n, lb - PREC - 10);
  }
  const e = Math.min(a.exp, b.exp);
  return BigFloat.of((a.mant << BigInt(a.exp - e)) + (b.mant << BigInt(b.exp - e)), e);
}

function checkBig(x: BigFloat): BigFloat {
  const me = x.mantExp();
  if (me > BIG_MAX_EXP) {
    throw new Overflow();
  }
  return me < BIG_MIN_EXP ? BigFloat.of(0n, 0) : x;
}

function realOp(op: string, x: RealValue, y: RealValue): RealValue {
  if (x instanceof BigFloat || y instanceof BigFloat) {
    const a = bigOf(x);
    const b = bigOf(y);
    switch (op) {
      case '+':
        return checkBig(bigAdd(a, b));
      case '-':
        return checkBig(bigAdd(a, BigFloat.of(-b.mant, b.exp)));
      case '*':
        return checkBig(BigFloat.of(a.mant * b.mant, a.exp + b.exp));
      case '/':
        return checkBig(BigFloat.frac(a.mant, b.mant, a.exp - b.exp));
    }
  } else if (x instanceof Rat || y instanceof Rat) {
    const a = ratOf(x);
    const b = ratOf(y);
    switch (op) {
      case '+':
        return a.den === 1n && b.den === 1n
          ? makeRat(a.num + b.num, 1n)
          : makeRat(a.num * b.den + b.num * a.den, a.den * b.den);
      case '-':
        return a.den === 1n && b.den === 1n
          ? makeRat(a.num - b.num, 1n)
          : makeRat(a.num * b.den - b.num * a.den, a.den * b.den);
      case '*':
        return makeRat(a.num * b.num, a.den * b.den);
      case '/':
        return makeRat(a.num * b.den, a.den * b.num);
    }
  } else {
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return makeRat(x, y); // go/constant's QUO of integers is a fraction
    }
  }
  throw new Error(`constant operator ${op}`);
}

/** x compared with y: -1, 0 or 1 (go/constant's match, then Cmp). */
function realCmp(x: RealValue, y: RealValue): number {
  if (typeof x === 'bigint' && typeof y === 'bigint') {
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (x instanceof BigFloat || y instanceof BigFloat) {
    const a = bigOf(x);
    const b = bigOf(y);
    return bigAdd(a, BigFloat.of(-b.mant, b.exp)).sign();
  }
  const a = ratOf(x);
  const b = ratOf(y);
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** `x op y` for constants of the same kind class ('int', 'float', 'complex', 'string', 'bool'). */
export function binaryConst(
  op: string,
  x: ConstValue,
  y: ConstValue,
  cls: 'int' | 'float' | 'complex' | 'string' | 'bool',
): ConstValue | typeof divZero | typeof notRepresentable {
  switch (cls) {
    case 'bool': {
      const a = x as boolean;
      const b = y as boolean;
      return op === '&&' ? a && b : a || b;
    }
    case 'string':
      return (x as string) + (y as string);
    case 'int': {
      const a = toInt(x) ?? 0n;
      const b = toInt(y) ?? 0n;
      switch (op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0n ? divZero : a / b;
        case '%':
          return b === 0n ? divZero : a % b;
        case '&':
          return a & b;
        case '|':
          return a | b;
        case '^':
          return a ^ b;
        case '&^':
          return a & ~b;
      }
      break;
    }
    case 'float': {
      const a = toFloat(x) ?? Rat.int(0n);
      const b = toFloat(y) ?? Rat.int(0n);
      if (op === '/' && b.sign() === 0) {
        return divZero;
      }
      try {
        return realOp(op, a, b);
      } catch (err) {
        if (err instanceof Overflow) {
          return notRepresentable;
        }
        throw err;
      }
    }
    case 'complex': {
      const { re: a, im: b } = toComplex(x);
      const { re: c, im: d } = toComplex(y);
      try {
        switch (op) {
          case '+':
            return new ComplexValue(realOp('+', a, c), realOp('+', b, d));
          case '-':
            return new ComplexValue(realOp('-', a, c), realOp('-', b, d));
          case '*': {
            const re = realOp('-', realOp('*', a, c), realOp('*', b, d));
            const im = realOp('+', realOp('*', b, c), realOp('*', a, d));
            return new ComplexValue(re, im);
          }
          case '/': {
            const s = realOp('+', realOp('*', c, c), realOp('*', d, d));
            if (realSign(s) === 0) {
              return divZero;
            }
            const re = realOp('+', realOp('*', a, c), realOp('*', b, d));
            const im = realOp('-', realOp('*', b, c), realOp('*', a, d));
            return new ComplexValue(realOp('/', re, s), realOp('/', im, s));
          }
        }
      } catch (err) {
        if (err instanceof Overflow) {
          return notRepresentable;
        }
        throw err;
      }
      break;
    }
  }
  throw new Error(`constant operator ${op} on ${cls}`);
}

/** `x op y` for comparison operators. */
export function compareConst(op: string, x: ConstValue, y: ConstValue): boolean {
  if (x instanceof ComplexValue || y instanceof ComplexValue) {
    const a = toComplex(x);
    const b = toComplex(y);
    const eq = realCmp(a.re, b.re) === 0 && realCmp(a.im, b.im) === 0;
    return op === '==' ? eq : !eq;
  }
  let c: number;
  if (typeof x === 'string' && typeof y === 'string') {
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (typeof x === 'boolean' || typeof y === 'boolean') {
    c = x === y ? 0 : 1;
  } else if (typeof x === 'string' || typeof y === 'string') {
    c = 1;
  } else {
    c = realCmp(x, y);
  }
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** A key identifying the constant's value, for duplicate map keys and switch cases. */
export function constKey(v: ConstValue): unknown {
  if (v instanceof Rat) {
    return v.den === 1n ? `r${v.num}` : `r${v.num}/${v.den}`;
  }
  if (v instanceof BigFloat) {
    return `f${v.mant}p${v.exp}`;
  }
  if (v instanceof ComplexValue) {
    return `c${String(constKey(toFloat(v.re) ?? 0n))},${String(constKey(toFloat(v.im) ?? 0n))}`;
  }
  return v;
}

// ---- literals ----

/**
 * The exact value of a floating-point literal (decimal or hexadecimal mantissa, with an
 * exponent), or null if it is out of range (types2: "malformed constant").
 */
export function parseFloatConst(raw: string): FloatValue | null {
  const s = raw.replaceAll('_', '');
  let mant: bigint;
  let exp2 = 0; // value = mant × 2**exp2 × 5**exp5
  let exp5 = 0;
  const hex = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(s);
  if (hex !== null) {
    const int = hex[1] ?? '';
    const frac = hex[2] ?? '';
    mant = BigInt(`0x${int}${frac}` === '0x' ? '0' : `0x${int}${frac}`);
    exp2 = expNumber(hex[3] ?? '0') - 4 * frac.length;
  } else {
    const other = /^0[bBoO]/.test(s) ? s : null; // binary or octal integer (imaginary literals)
    if (other !== null) {
      mant = BigInt(other);
    } else {
      const dec = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
      if (dec === null) {
        return null;
      }
      const int = dec[1] ?? '';
      const frac = dec[2] ?? '';
      const digits = `${int}${frac}`.replace(/^0+/, '');
      mant = digits === '' ? 0n : BigInt(digits);
      exp5 = expNumber(dec[3] ?? '0') - frac.length;
      exp2 = exp5;
    }
  }
  if (mant === 0n) {
    return Rat.int(0n);
  }
  // big.Float's SetString: the exponent before applying 5**exp5 must be in range.
  const e2 = bitLen(mant) + exp2;
  if (e2 > BIG_MAX_EXP || e2 < BIG_MIN_EXP) {
    return null;
  }
  // The binary exponent of the value, within a bit or two.
  const approx = e2 + exp5 * Math.log2(5);
  if (Math.abs(approx) < MAX_EXP + 16 && Math.abs(exp5) < 2 * MAX_EXP) {
    // Exact; then as go/constant: a Rat unless the exponent is too large.
    let num = mant;
    let den = 1n;
    if (exp5 >= 0) {
      num *= 5n ** BigInt(exp5);
    } else {
      den = 5n ** BigInt(-exp5);
    }
    if (exp2 >= 0) {
      num <<= BigInt(exp2);
    } else {
      den <<= BigInt(-exp2);
    }
    const me =
      bitLen(num) -
      bitLen(den) +
      (num << BigInt(bitLen(den)) >= den << BigInt(bitLen(num)) ? 1 : 0);
    if (-MAX_EXP < me && me < MAX_EXP) {
      return Rat.of(num, den);
    }
    return BigFloat.frac(num, den);
  }
  // Huge or tiny: 5**|exp5| to a little more than 512 bits (exact while it is small).
  const [p, pe] = pow5(Math.abs(exp5));
  const r = exp5 >= 0 ? BigFloat.of(mant * p, exp2 + pe) : BigFloat.frac(mant, p, exp2 - pe);
  const me = r.mantExp();
  if (me > BIG_MAX_EXP) {
    return null;
  }
  return me < BIG_MIN_EXP ? Rat.int(0n) : r;
}

function expNumber(s: string): number {
  const n = Number(s);
  return Math.max(-1e15, Math.min(1e15, n));
}

/** 5**k as m × 2**e, exact for moderate k and with a 640-bit mantissa beyond. */
function pow5(k: number): [bigint, number] {
  if (k <= 100000) {
    return [5n ** BigInt(k), 0];
  }
  const bits = 640;
  const trunc = (m: bigint, e: number): [bigint, number] => {
    const n = bitLen(m);
    return n > bits ? [m >> BigInt(n - bits), e + n - bits] : [m, e];
  };
  let rm = 1n;
  let re = 0;
  let bm = 5n;
  let be = 0;
  let n = k;
  while (n > 0) {
    if (n % 2 === 1) {
      [rm, re] = trunc(rm * bm, re + be);
    }
    n = Math.floor(n / 2);
    if (n > 0) {
      [bm, be] = trunc(bm * bm, be + be);
    }
  }
  return [rm, re];
}

/** The value of an imaginary literal (without its `i`), or null if it is out of range. */
export function parseImagConst(body: string): ComplexValue | null {
  const s = body.replaceAll('_', '');
  // Decimal digits (leading zeros included) and 0x/0b/0o integers; else a float literal.
  const im = /^[0-9]+$/.test(s)
    ? Rat.int(BigInt(s.replace(/^0+(?=.)/, '')))
    : /^0[xX][0-9a-fA-F]+$/.test(s)
      ? Rat.int(BigInt(s))
      : parseFloatConst(s);
  return im === null ? null : new ComplexValue(0n, im);
}

// ---- printing ----

/** The constant as Go prints it in error messages (go/constant's Value.String). */
export function constString(v: ConstValue): string {
  if (typeof v === 'string') {
    return JSON.stringify(v);
  }
  if (typeof v === 'boolean' || typeof v === 'bigint') {
    return String(v);
  }
  if (v instanceof ComplexValue) {
    return `(${constString(v.re)} + ${constString(v.im)}i)`;
  }
  return floatString(v);
}

/** go/constant's floatVal.String (ratVal.String converts to a floatVal first). */
function floatString(v: FloatValue): string {
  const x = float64Val(v);
  const sign = v.sign();
  if ((sign === 0) === (x === 0) && Number.isFinite(x)) {
    return formatG(x, 6);
  }
  // Out of float64 range: an approximate decimal conversion, as Go does.
  const b = bigOf(v);
  const a = b.mant < 0n ? -b.mant : b.mant;
  const n = bitLen(a);
  const top = n > 64 ? a >> BigInt(n - 64) : a;
  let m = (Number(top) / 2 ** Math.min(n, 64)) * sign; // 0.5 <= |m| < 1
  const exp = n + b.exp;
  const d = exp * LOG10_2;
  let e = Math.trunc(d);
  m *= Math.pow(10, d - e);
  const am = Math.abs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return `${formatG(m, 6)}e${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** float64(math.Ln2 / math.Ln10). */
const LOG10_2 = 0.3010299956639812;

/** Go's %.{prec}g for a float64 (strconv.FormatFloat(x, 'g', prec, 64)). */
export function formatG(x: number, prec: number): string {
  if (Number.isNaN(x)) {
    return 'NaN';
  }
  if (!Number.isFinite(x)) {
    return x > 0 ? '+Inf' : '-Inf';
  }
  if (x === 0) {
    return Object.is(x, -0) ? '-0' : '0';
  }
  const neg = x < 0;
  const r = floatFromNumber(Math.abs(x));
  // Correctly rounded decimal digits (ties to even), as strconv's fixed-precision path.
  let dp = Math.floor(Math.log10(Math.abs(x))) + 1; // 10**(dp-1) <= |x| < 10**dp, maybe off by one
  const ge = (k: number): boolean =>
    k >= 0 ? r.num >= r.den * 10n ** BigInt(k) : r.num * 10n ** BigInt(-k) >= r.den;
  while (!ge(dp - 1)) {
    dp--;
  }
  while (ge(dp)) {
    dp++;
  }
  const k = prec - dp;
  const num = k >= 0 ? r.num * 10n ** BigInt(k) : r.num;
  const den = k >= 0 ? r.den : r.den * 10n ** BigInt(-k);
  let q = num / den;
  const rem2 = (num % den) * 2n;
  if (rem2 > den || (rem2 === den && (q & 1n) === 1n)) {
    q += 1n;
  }
  if (q === 10n ** BigInt(prec)) {
    q /= 10n;
    dp++;
  }
  const ds = q.toString().replace(/0+$/, '');
  const nd = ds.length;
  let eprec = prec;
  if (eprec > nd && nd >= dp) {
    eprec = nd;
  }
  const exp = dp - 1;
  let out: string;
  if (exp < -4 || exp >= eprec) {
    const p = Math.min(prec, nd);
    out = ds.slice(0, 1);
    if (p > 1) {
      out += `.${ds.slice(1, p)}`;
    }
    const ae = Math.abs(exp);
    out += `e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  } else {
    const p = prec > dp ? nd : prec;
    const frac = Math.max(p - dp, 0);
    out = dp > 0 ? ds.slice(0, dp).padEnd(dp, '0') : '0';
    if (frac > 0) {
      let f = '';
      for (let i = 0; i < frac; i++) {
        const j = dp + i;
        f += j >= 0 && j < nd ? ds.charAt(j) : '0';
      }
      out += `.${f}`;
    }
  }
  return neg ? `-${out}` : out;
}
