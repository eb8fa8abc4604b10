// Quoting and unquoting Go string and rune literals. Strings are byte strings. Go: strconv/quote.go.
import { isGraphicRune, isPrint } from './is-print.ts';
import { decodeRune, encodeRune, runeError, runeSelf, validRune, validString } from './utf8.ts';

const lowerhex = '0123456789abcdef';

function hex(n: number, digits: number): string {
  let s = '';
  for (let sh = (digits - 1) * 4; sh >= 0; sh -= 4) {
    s += lowerhex.charAt((n >>> sh) & 0xf);
  }
  return s;
}

/** Go: strconv/quote.go appendEscapedRune. */
function escapedRune(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (r === quote || r === 0x5c) {
    return '\\' + String.fromCharCode(r);
  }
  if (asciiOnly) {
    if (r < runeSelf && isPrint(r)) {
      return String.fromCharCode(r);
    }
  } else if (isPrint(r) || (graphicOnly && isGraphicRune(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x0c:
      return '\\f';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x09:
      return '\\t';
    case 0x0b:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) {
    return '\\x' + hex(r, 2);
  }
  if (!validRune(r)) {
    r = 0xfffd;
  }
  return r < 0x10000 ? '\\u' + hex(r, 4) : '\\U' + hex(r, 8);
}

/** Go: strconv/quote.go appendQuotedWith. */
function quoteWith(s: string, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  const q = String.fromCharCode(quote);
  let out = q;
  for (let i = 0; i < s.length;) {
    const [r, width] = decodeRune(s, i);
    if (width === 1 && r === runeError) {
      out += '\\x' + hex(s.charCodeAt(i), 2);
    } else {
      out += escapedRune(r, quote, asciiOnly, graphicOnly);
    }
    i += width;
  }
  return out + q;
}

/** Go: strconv/quote.go appendQuotedRuneWith. */
function quoteRuneWith(r: number, asciiOnly: boolean, graphicOnly: boolean): string {
  return "'" + escapedRune(validRune(r) ? r : runeError, 0x27, asciiOnly, graphicOnly) + "'";
}

/** A double-quoted Go string literal for s. Go: strconv.Quote. */
export function quote(s: string): string {
  return quoteWith(s, 0x22, false, false);
}

/** Like quote, escaping every non-ASCII rune. Go: strconv.QuoteToASCII. */
export function quoteToASCII(s: string): string {
  return quoteWith(s, 0x22, true, false);
}

/** Like quote, keeping graphic runes. Go: strconv.QuoteToGraphic. */
export function quoteToGraphic(s: string): string {
  return quoteWith(s, 0x22, false, true);
}

/** A single-quoted Go rune literal for r. Go: strconv.QuoteRune. */
export function quoteRune(r: number): string {
  return quoteRuneWith(r, false, false);
}

/** Like quoteRune, escaping non-ASCII. Go: strconv.QuoteRuneToASCII. */
export function quoteRuneToASCII(r: number): string {
  return quoteRuneWith(r, true, false);
}

/** Whether s can be a raw (backquoted) string literal unchanged. Go: strconv.CanBackquote. */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const [r, wid] = decodeRune(s, i);
    i += wid;
    if (wid > 1) {
      if (r === 0xfeff) {
        return false; // BOMs are invisible and should not be quoted.
      }
      continue;
    }
    if (r === runeError) {
      return false;
    }
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f) {
      return false;
    }
  }
  return true;
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) {
    return c - 0x30;
  }
  if (c >= 0x61 && c <= 0x66) {
    return c - 0x61 + 10;
  }
  if (c >= 0x41 && c <= 0x46) {
    return c - 0x41 + 10;
  }
  return -1;
}

/** One decoded character of a quoted literal. */
export interface UnquotedChar {
  readonly value: number;
  readonly multibyte: boolean;
  readonly tail: string;
}

const simpleEscapes: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 0x5c,
};

/**
 * Decodes the first character or escape of s, the body of a literal quoted with `quote`;
 * null is Go's ErrSyntax. Go: strconv.UnquoteChar.
 */
export function unquoteChar(s: string, quote: number): UnquotedChar | null {
  if (s.length === 0) {
    return null;
  }
  const c0 = s.charCodeAt(0);
  if (c0 === quote && (quote === 0x27 || quote === 0x22)) {
    return null;
  }
  if (c0 >= runeSelf) {
    const [r, size] = decodeRune(s, 0);
    return { value: r, multibyte: true, tail: s.slice(size) };
  }
  if (c0 !== 0x5c) {
    return { value: c0, multibyte: false, tail: s.slice(1) };
  }
  if (s.length <= 1) {
    return null;
  }
  const c = s.charAt(1);
  const rest = s.slice(2);
  const simple = simpleEscapes[c];
  if (simple !== undefined) {
    return { value: simple, multibyte: false, tail: rest };
  }
  if (c === 'x' || c === 'u' || c === 'U') {
    const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
    if (rest.length < n) {
      return null;
    }
    let v = 0;
    for (let j = 0; j < n; j++) {
      const x = unhex(rest.charCodeAt(j));
      if (x < 0) {
        return null;
      }
      v = v * 16 + x;
    }
    if (c === 'x') {
      return { value: v, multibyte: false, tail: rest.slice(n) };
    }
    return validRune(v) ? { value: v, multibyte: true, tail: rest.slice(n) } : null;
  }
  if (c >= '0' && c <= '7') {
    let v = c.charCodeAt(0) - 0x30;
    if (rest.length < 2) {
      return null;
    }
    for (let j = 0; j < 2; j++) {
      const x = rest.charCodeAt(j) - 0x30;
      if (x < 0 || x > 7) {
        return null;
      }
      v = (v << 3) | x;
    }
    return v > 255 ? null : { value: v, multibyte: false, tail: rest.slice(2) };
  }
  if ((c === "'" || c === '"') && c.charCodeAt(0) === quote) {
    return { value: quote, multibyte: false, tail: rest };
  }
  return null;
}

/**
 * The value of the Go string, rune or raw string literal s; null is Go's ErrSyntax
 * ("invalid syntax"). Go: strconv.Unquote.
 */
export function unquote(s: string): string | null {
  if (s.length < 2) {
    return null;
  }
  const q = s.charCodeAt(0);
  const end = s.indexOf(s.charAt(0), 1);
  if (end < 0) {
    return null;
  }
  if (q === 0x60) {
    return end + 1 === s.length ? s.slice(1, end).replaceAll('\r', '') : null;
  }
  if (q !== 0x22 && q !== 0x27) {
    return null;
  }
  const body = s.slice(1, end);
  if (!body.includes('\\') && !body.includes('\n') && end + 1 === s.length) {
    if (q === 0x22 && validString(body)) {
      return body;
    }
    if (q === 0x27) {
      const [r, n] = decodeRune(body, 0);
      if (n === body.length && (r !== runeError || n !== 1)) {
        return body;
      }
    }
  }
  return unquoteEscaped(s.slice(1), q);
}

// Go: strconv/quote.go unquote, the loop over escapes.
function unquoteEscaped(rest: string, q: number): string | null {
  let out = '';
  let i = rest;
  while (i.length > 0 && i.charCodeAt(0) !== q) {
    if (i.charCodeAt(0) === 0x0a) {
      return null;
    }
    const ch = unquoteChar(i, q);
    if (ch === null) {
      return null;
    }
    i = ch.tail;
    out +=
      ch.value < runeSelf || !ch.multibyte ? String.fromCharCode(ch.value) : encodeRune(ch.value);
    if (q === 0x27) {
      break;
    }
  }
  if (!(i.length > 0 && i.charCodeAt(0) === q)) {
    return null;
  }
  return i.length === 1 ? out : null;
}
