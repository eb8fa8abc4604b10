// Go's literals: strings and runes with their escapes, integers in every base. Strings come out
// as byte strings (one code unit per byte, UTF-8), as the runtime holds them.
// Go: the language spec, "Rune literals", "String literals", "Integer literals".

/** The UTF-8 bytes of a code point, as a byte string. */
export function encodeRune(r: number): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) {
    r = 0xfffd;
  }
  if (r < 0x80) {
    return String.fromCharCode(r);
  }
  if (r < 0x800) {
    return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  }
  if (r < 0x10000) {
    return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  }
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

/** A JavaScript (UTF-16) string as a Go byte string. */
export function utf8Bytes(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(s)) {
    return s;
  }
  let out = '';
  for (const ch of s) {
    out += encodeRune(ch.codePointAt(0) ?? 0xfffd);
  }
  return out;
}

/** A Go byte string decoded as UTF-8 into a JavaScript string (invalid bytes become U+FFFD). */
export function fromUtf8(b: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(b)) {
    return b;
  }
  let out = '';
  for (let i = 0; i < b.length;) {
    const [r, n] = decodeRuneAt(b, i);
    out += String.fromCodePoint(r);
    i += n;
  }
  return out;
}

/**
 * The rune starting at byte i of a byte string and its width, as `for range` decodes:
 * (0xFFFD, 1) for an invalid encoding. Go: unicode/utf8.DecodeRuneInString.
 */
export function decodeRuneAt(s: string, i: number): [rune: number, width: number] {
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) {
    return [c0, 1];
  }
  const n = s.length - i;
  const cont = (k: number): number => {
    const c = s.charCodeAt(i + k);
    return c >= 0x80 && c <= 0xbf ? c & 0x3f : -1;
  };
  if (c0 >= 0xc2 && c0 <= 0xdf && n >= 2) {
    const c1 = cont(1);
    if (c1 >= 0) {
      return [((c0 & 0x1f) << 6) | c1, 2];
    }
  } else if (c0 >= 0xe0 && c0 <= 0xef && n >= 3) {
    const b1 = s.charCodeAt(i + 1);
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    const c2 = cont(2);
    if (b1 >= lo && b1 <= hi && c2 >= 0) {
      return [((c0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | c2, 3];
    }
  } else if (c0 >= 0xf0 && c0 <= 0xf4 && n >= 4) {
    const b1 = s.charCodeAt(i + 1);
    const lo = c0 === 0xf0 ? 0x90 : 0x80;
    const hi = c0 === 0xf4 ? 0x8f : 0xbf;
    const c2 = cont(2);
    const c3 = cont(3);
    if (b1 >= lo && b1 <= hi && c2 >= 0 && c3 >= 0) {
      return [((c0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | (c2 << 6) | c3, 4];
    }
  }
  return [0xfffd, 1];
}

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
    return [utf8Bytes(String.fromCodePoint(cp)), i + len, cp];
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
    return utf8Bytes(raw.slice(1, -1).replaceAll('\r', ''));
  }
  const body = raw.slice(1, -1);
  if (!body.includes('\\')) {
    return utf8Bytes(body);
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
