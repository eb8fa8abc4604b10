/**
 * A position in a source file as Go tools print it. Lines and columns are 1-based;
 * `column` counts UTF-8 bytes from the start of the line, as `go vet` and the compiler do
 * (a tab is one byte), while `utf16Column` counts UTF-16 code units, as SARIF wants.
 */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly utf16Column: number;
  /** Offset into the JavaScript string (UTF-16 code units). */
  readonly offset: number;
}

// Matches any character outside ASCII; lines without one need no byte counting.
const NON_ASCII = /[\u0080-\uffff]/;

/** Maps offsets of a JavaScript string to Go-style line:column positions. */
export class LineIndex {
  readonly #source: string;
  readonly #lineStarts: number[];

  constructor(source: string) {
    this.#source = source;
    const starts = [0];
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) {
      starts.push(i + 1);
    }
    this.#lineStarts = starts;
  }

  /** Number of lines (a final line without a newline counts). */
  get lineCount(): number {
    return this.#lineStarts.length;
  }

  /** The position of a UTF-16 offset into the source. */
  position(offset: number): SourcePosition {
    const lineIndex = this.#lineOf(offset);
    const lineStart = this.#lineStarts[lineIndex] ?? 0;
    const prefix = this.#source.slice(lineStart, offset);
    const column = NON_ASCII.test(prefix) ? utf8Length(prefix) + 1 : prefix.length + 1;
    return { line: lineIndex + 1, column, utf16Column: offset - lineStart + 1, offset };
  }

  /** The text of a 1-based line, without its line terminator. */
  lineText(line: number): string {
    const start = this.#lineStarts[line - 1];
    if (start === undefined) {
      return '';
    }
    const next = this.#lineStarts[line];
    const end = next === undefined ? this.#source.length : next - 1;
    const text = this.#source.slice(start, end);
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }

  #lineOf(offset: number): number {
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}

/** The number of bytes `s` takes in UTF-8 (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      bytes += 1;
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    } else {
      bytes += 3;
    }
  }
  return bytes;
}
