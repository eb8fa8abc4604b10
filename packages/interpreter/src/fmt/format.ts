// The formatter under fmt's printer: flags, width, precision, padding, and the number, string
// and rune conversions. Output is a byte string. Go: fmt/format.go.
import { isPrint } from './is-print.ts';
import { formatFloat } from './strconv-ftoa.ts';
import { canBackquote, quote, quoteRune, quoteRuneToASCII, quoteToASCII } from './strconv-quote.ts';
import { decodeRune, encodeRune, maxRune, runeCount, runeError } from './utf8.ts';

/** Go: fmt/format.go ldigits. */
export const ldigits = '0123456789abcdefx';
/** Go: fmt/format.go udigits. */
export const udigits = '0123456789ABCDEFX';

/** The flags of one verb. Go: fmt/format.go fmtFlags. */
export interface FmtFlags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  /** %+v: plus is cleared and plusV set, since %+v means "with field names". */
  plusV: boolean;
  /** %#v: Go syntax. */
  sharpV: boolean;
}

function noFlags(): FmtFlags {
  return {
    widPresent: false,
    precPresent: false,
    minus: false,
    plus: false,
    sharp: false,
    space: false,
    zero: false,
    plusV: false,
    sharpV: false,
  };
}

/** Go: fmt/format.go fmt: the raw formatter writing into the printer's buffer. */
export class Fmt {
  buf = '';
  flags: FmtFlags = noFlags();
  wid = 0;
  prec = 0;

  /** Go: fmt.clearflags (width and precision stay: their Present flags say if they count). */
  clearflags(): void {
    this.flags = noFlags();
  }

  /** Go: fmt.writePadding: n bytes of padding (zeros when the zero flag is set). */
  writePadding(n: number): void {
    if (n > 0) {
      this.buf += (this.flags.zero ? '0' : ' ').repeat(n);
    }
  }

  /** Go: fmt.pad / padString: s padded to the width in runes, left or right. */
  pad(s: string): void {
    const f = this.flags;
    if (!f.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!f.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  // pad with the zero flag off (Go saves and restores f.zero around these).
  private padNoZero(s: string): void {
    const oldZero = this.flags.zero;
    this.flags.zero = false;
    this.pad(s);
    this.flags.zero = oldZero;
  }

  /** Go: fmt.fmtBoolean. */
  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** %U: U+0078, or with # U+0078 'x'. Go: fmt.fmtUnicode. */
  fmtUnicode(u: bigint): void {
    let prec = 4;
    if (this.flags.precPresent && this.prec > 4) {
      prec = this.prec;
    }
    let tail = '';
    if (this.flags.sharp && u <= BigInt(maxRune) && isPrint(Number(u))) {
      tail = " '" + encodeRune(Number(u)) + "'";
    }
    const digits = u.toString(16).toUpperCase();
    this.padNoZero('U+' + '0'.repeat(Math.max(prec - digits.length, 0)) + digits + tail);
  }

  /**
   * An integer given as its 64-bit pattern u (a bigint 0 ≤ u < 2^64) in base 2, 8, 10 or 16.
   * Go: fmt.fmtInteger.
   */
  fmtInteger(u: bigint, base: number, isSigned: boolean, verb: string, digits: string): void {
    const f = this.flags;
    const negative = isSigned && u >= 1n << 63n;
    if (negative) {
      u = (1n << 64n) - u;
    }
    let prec = 0;
    if (f.precPresent) {
      prec = this.prec;
      // Precision of 0 and value of 0 means "print nothing" but padding.
      if (prec === 0 && u === 0n) {
        const oldZero = f.zero;
        f.zero = false;
        this.writePadding(this.wid);
        f.zero = oldZero;
        return;
      }
    } else if (f.zero && f.widPresent) {
      prec = this.wid;
      if (negative || f.plus || f.space) {
        prec--; // leave room for sign
      }
    }
    let s = u.toString(base);
    if (digits === udigits) {
      s = s.toUpperCase();
    }
    if (s.length < prec) {
      s = '0'.repeat(prec - s.length) + s;
    }
    if (f.sharp) {
      if (base === 2) {
        s = '0b' + s;
      } else if (base === 8) {
        if (!s.startsWith('0')) {
          s = '0' + s;
        }
      } else if (base === 16) {
        s = '0' + (digits[16] ?? 'x') + s;
      }
    }
    if (verb === 'O') {
      s = '0o' + s;
    }
    if (negative) {
      s = '-' + s;
    } else if (f.plus) {
      s = '+' + s;
    } else if (f.space) {
      s = ' ' + s;
    }
    this.padNoZero(s);
  }

  /** s cut to the precision in runes. Go: fmt.truncateString / truncate. */
  truncate(s: string): string {
    if (this.flags.precPresent) {
      let n = this.prec;
      for (let i = 0; i < s.length;) {
        n--;
        if (n < 0) {
          return s.slice(0, i);
        }
        i += s.charCodeAt(i) < 0x80 ? 1 : decodeRune(s, i)[1];
      }
    }
    return s;
  }

  /** %s. Go: fmt.fmtS / fmtBs. */
  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  /** %x / %X of a string or byte slice's bytes. Go: fmt.fmtSbx. */
  fmtSbx(s: string, digits: string): void {
    const f = this.flags;
    let length = s.length;
    if (f.precPresent && this.prec < length) {
      length = this.prec;
    }
    // Compute width of the encoding taking into account the f.sharp and f.space flag.
    let width = 2 * length;
    if (width > 0) {
      if (f.space) {
        if (f.sharp) {
          width *= 2;
        }
        width += length - 1;
      } else if (f.sharp) {
        width += 2;
      }
    } else {
      if (f.widPresent) {
        this.writePadding(this.wid);
      }
      return;
    }
    if (f.widPresent && this.wid > width && !f.minus) {
      this.writePadding(this.wid - width);
    }
    const x = digits[16] ?? 'x';
    let out = f.sharp ? '0' + x : '';
    for (let i = 0; i < length; i++) {
      if (f.space && i > 0) {
        out += ' ';
        if (f.sharp) {
          out += '0' + x;
        }
      }
      const c = s.charCodeAt(i);
      out += (digits[c >> 4] ?? '') + (digits[c & 0xf] ?? '');
    }
    this.buf += out;
    if (f.widPresent && this.wid > width && f.minus) {
      this.writePadding(this.wid - width);
    }
  }

  /** %q of a string. Go: fmt.fmtQ. */
  fmtQ(s: string): void {
    s = this.truncate(s);
    if (this.flags.sharp && canBackquote(s)) {
      this.pad('`' + s + '`');
      return;
    }
    this.pad(this.flags.plus ? quoteToASCII(s) : quote(s));
  }

  /** %c. Go: fmt.fmtC. */
  fmtC(c: bigint): void {
    this.pad(encodeRune(c > BigInt(maxRune) ? runeError : Number(c)));
  }

  /** %q of a rune. Go: fmt.fmtQc. */
  fmtQc(c: bigint): void {
    const r = c > BigInt(maxRune) ? runeError : Number(c);
    this.pad(this.flags.plus ? quoteRuneToASCII(r) : quoteRune(r));
  }

  /**
   * A float64 (or float32 widened) with strconv's verb and precision, then fmt's flags: sign,
   * space, # (keep the point and trailing zeros), zero padding after the sign.
   * Go: fmt.fmtFloat.
   */
  fmtFloat(v: number, size: 32 | 64, verb: string, prec: number): void {
    const f = this.flags;
    if (f.precPresent) {
      prec = this.prec;
    }
    let num = formatFloat(v, verb, prec, size);
    // Go formats into a buffer with room for a sign: num[0] is the sign, always present.
    num = num.startsWith('-') || num.startsWith('+') ? num : '+' + num;
    if (f.space && num.startsWith('+') && !f.plus) {
      num = ' ' + num.slice(1);
    }
    // Special handling for infinities and NaN, which don't look like a number so shouldn't
    // be padded with zeros.
    if (num[1] === 'I' || num[1] === 'N') {
      if (num[1] === 'N' && !f.space && !f.plus) {
        num = num.slice(1);
      }
      this.padNoZero(num);
      return;
    }
    if (f.sharp && verb !== 'b') {
      num = sharpFloat(num, verb, prec);
    }
    // We want a sign if asked for and if the sign is not positive.
    if (f.plus || !num.startsWith('+')) {
      // If we're zero padding to the left we want the sign before the leading zeros.
      if (f.zero && f.widPresent && this.wid > num.length) {
        this.buf += num[0] ?? '';
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    // No sign to show and the number is positive; just print the unsigned number.
    this.pad(num.slice(1));
  }
}

/** The # flag of a float: keep the decimal point and pad %g's digits. Go: fmt.fmtFloat. */
function sharpFloat(num: string, verb: string, prec: number): string {
  let digits = 0;
  if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') {
    digits = prec === -1 ? 6 : prec;
  }
  // Buffer pre-allocated with enough room for exponent notations of the form "e+123" or "p-1023".
  let tail = '';
  let hasDecimalPoint = false;
  let sawNonzeroDigit = false;
  for (let i = 1; i < num.length; i++) {
    const c = num[i];
    if (c === '.') {
      hasDecimalPoint = true;
    } else if (
      c === 'p' ||
      c === 'P' ||
      ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')
    ) {
      tail = num.slice(i);
      num = num.slice(0, i);
    } else {
      if (c !== '0') {
        sawNonzeroDigit = true;
      }
      // Count significant digits after the first non-zero digit.
      if (sawNonzeroDigit) {
        digits--;
      }
    }
  }
  if (!hasDecimalPoint) {
    // Leading digit 0 should contribute once to digits.
    if (num.length === 2 && num[1] === '0') {
      digits--;
    }
    num += '.';
  }
  if (digits > 0) {
    num += '0'.repeat(digits);
  }
  return num + tail;
}
