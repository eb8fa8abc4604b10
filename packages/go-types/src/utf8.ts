// UTF-8 over byte strings (JavaScript strings whose code units are bytes 0..255), as Go's
// unicode/utf8 decodes and encodes them. Go: unicode/utf8/utf8.go.

/** Go: utf8.RuneError, the replacement character U+FFFD. */
export const runeError = 0xfffd;
/** Go: utf8.RuneSelf: bytes below it are one-byte runes. */
export const runeSelf = 0x80;
/** Go: utf8.MaxRune. */
export const maxRune = 0x10ffff;

const surrogateMin = 0xd800;
const surrogateMax = 0xdfff;

/**
 * The rune at byte offset `i` of `s` and its width in bytes; (RuneError, 1) for an invalid
 * encoding, (RuneError, 0) at the end. Go: utf8.DecodeRuneInString.
 */
export function decodeRune(s: string, i: number): [rune: number, size: number] {
  const n = s.length - i;
  if (n < 1) {
    return [runeError, 0];
  }
  const c0 = s.charCodeAt(i);
  if (c0 < 0x80) {
    return [c0, 1];
  }
  // Continuation ranges of the second byte depend on the first (Go: utf8.acceptRanges).
  let size: number,
    lo = 0x80,
    hi = 0xbf,
    r: number;
  if (c0 >= 0xc2 && c0 <= 0xdf) {
    size = 2;
    r = c0 & 0x1f;
  } else if (c0 >= 0xe0 && c0 <= 0xef) {
    size = 3;
    r = c0 & 0x0f;
    lo = c0 === 0xe0 ? 0xa0 : 0x80;
    hi = c0 === 0xed ? 0x9f : 0xbf;
  } else if (c0 >= 0xf0 && c0 <= 0xf4) {
    size = 4;
    r = c0 & 0x07;
    lo = c0 === 0xf0 ? 0x90 : 0x80;
    hi = c0 === 0xf4 ? 0x8f : 0xbf;
  } else {
    return [runeError, 1];
  }
  if (n < size) {
    return [runeError, 1];
  }
  for (let k = 1; k < size; k++) {
    const c = s.charCodeAt(i + k);
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) {
      return [runeError, 1];
    }
    r = (r << 6) | (c & 0x3f);
  }
  return [r, size];
}

/** Whether r can be encoded (not a surrogate, in range). Go: utf8.ValidRune. */
export function validRune(r: number): boolean {
  return (r >= 0 && r < surrogateMin) || (r > surrogateMax && r <= maxRune);
}

/** The UTF-8 bytes of r (RuneError's for an invalid rune). Go: utf8.EncodeRune. */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) {
    return String.fromCharCode(r);
  }
  if (!validRune(r)) {
    r = runeError;
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

/** The number of runes in s (each invalid byte counts as one). Go: utf8.RuneCountInString. */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c < 0x80 ? 1 : decodeRune(s, i)[1];
  }
  return n;
}

/** Whether s is valid UTF-8. Go: utf8.ValidString. */
export function validString(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const [r, size] = decodeRune(s, i);
    if (r === runeError && size === 1) {
      return false;
    }
    i += size;
  }
  return true;
}

/** A JavaScript (UTF-16) string as Go's byte string: its UTF-8 encoding. */
export function toByteString(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(s)) {
    return s; // ASCII is its own UTF-8
  }
  let out = '';
  for (const ch of s) {
    out += encodeRune(ch.codePointAt(0) ?? runeError);
  }
  return out;
}

/** A Go byte string decoded as UTF-8 into a JavaScript string (invalid bytes become U+FFFD). */
export function fromByteString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length;) {
    const [r, size] = decodeRune(s, i);
    out += String.fromCodePoint(r);
    i += size;
  }
  return out;
}
