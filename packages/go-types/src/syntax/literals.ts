// Go's literals: strings and runes with their escapes, integers in every base. Strings come out
// as byte strings (one code unit per byte, UTF-8), as the runtime holds them.
// Go: the language spec, "Rune literals", "String literals", "Integer literals".
import { encodeRune, toByteString } from '../utf8.ts';

const simpleEscapes: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
  "'": 39,
  '"': 34,
};

/** Decodes one escape or character at `i` of the literal body; returns [bytes, next index]. */
function decodeOne(body: string, i: number, quote: string): [string, number, number] {
  const c = body[i] ?? '';
  if (c !== '\\') {
    const cp = body.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    return [toByteString(String.fromCodePoint(cp)), i + len, cp];
  }
  const e = body[i + 1] ?? '';
  const simple = simpleEscapes[e];
  if (simple !== undefined) {
    if ((e === "'" && quote !== "'") || (e === '"' && quote !== '"')) {
      throw new LiteralError('unknown escape sequence');
    }
    return [String.fromCharCode(simple), i + 2, simple];
  }
  const hex = (n: number): number => {
    const digits = body.slice(i + 2, i + 2 + n);
    if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) {
      throw new LiteralError('invalid escape sequence');
    }
    return parseInt(digits, 16);
  };
  switch (e) {
    case 'x': {
      const v = hex(2);
      return [String.fromCharCode(v), i + 4, v];
    }
    case 'u':
    case 'U': {
      const n = e === 'u' ? 4 : 8;
      const v = hex(n);
      if (v > 0x10ffff || (v >= 0xd800 && v < 0xe000)) {
        throw new LiteralError('escape is invalid Unicode code point');
      }
      return [encodeRune(v), i + 2 + n, v];
    }
    default:
      if (e >= '0' && e <= '7') {
        const digits = body.slice(i + 1, i + 4);
        if (!/^[0-7]{3}$/.test(digits)) {
          throw new LiteralError('invalid escape sequence');
        }
        const v = parseInt(digits, 8);
        if (v > 255) {
          throw new LiteralError('octal escape value > 255');
        }
        return [String.fromCharCode(v), i + 4, v];
      }
      throw new LiteralError('unknown escape sequence');
  }
}

/** A malformed literal. */
export class LiteralError extends Error {
  override name = 'LiteralError';
}

/** The bytes of a string literal as written in source (quotes included). */
export function decodeString(raw: string): string {
  if (raw.startsWith('`')) {
    return toByteString(raw.slice(1, -1).replaceAll('\r', ''));
  }
  const body = raw.slice(1, -1);
  if (!body.includes('\\')) {
    return toByteString(body);
  }
  let out = '';
  for (let i = 0; i < body.length;) {
    const [bytes, next] = decodeOne(body, i, '"');
    out += bytes;
    i = next;
  }
  return out;
}

/** The code point of a rune literal as written (quotes included). */
export function decodeRune(raw: string): number {
  const body = raw.slice(1, -1);
  const [, next, value] = decodeOne(body, 0, "'");
  if (next !== body.length) {
    throw new LiteralError('more than one character in rune literal');
  }
  return value;
}

/** The value of an integer literal (any base, with underscores). */
export function parseIntLit(raw: string): bigint {
  const s = raw.replaceAll('_', '');
  if (/^0[0-7]+$/.test(s)) {
    return BigInt(`0o${s.slice(1)}`);
  }
  if (/^0[oO]/.test(s)) {
    return BigInt(`0o${s.slice(2)}`);
  }
  return BigInt(s); // decimal, 0x, 0b
}

/** The value of a floating-point literal (decimal or hexadecimal mantissa). */
export function parseFloatLit(raw: string): number {
  const s = raw.replaceAll('_', '');
  if (/^0[xX]/.test(s)) {
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
    if (m === null) {
      return NaN;
    }
    const int = m[1] ?? '';
    const frac = m[2] ?? '';
    const mant = parseInt(`${int}${frac}` || '0', 16);
    return mant * 2 ** (Number(m[3]) - 4 * frac.length);
  }
  return Number(s);
}
