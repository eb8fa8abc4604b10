/**
 * The tokenizer behind {@link parseGoFast} (fast-parse.ts). It reads Go source by char code
 * and yields one token at a time, the way tree-sitter-go 0.25's lexer splits the same text:
 *
 * - A newline is a statement terminator only after a token that can end a statement (Go's
 *   semicolon rule), which is where tree-sitter's parse states accept its hidden `\n` token.
 *   The terminator token is that newline and the newlines right after it (`\n\n`, not
 *   `\n \n`), as tree-sitter lexes it: nodes that end with a terminator include it.
 * - Comments are extras: each becomes a `comment` GoNode pushed onto the shared node stack
 *   as it is met, so the parser can attach it the way tree-sitter does.
 * - Anything this lexer is unsure tree-sitter reads the same way (non-ASCII spaces, a byte
 *   order mark, NUL, a malformed literal) stops the parse: see {@link GoLexer.fail}.
 */
import { GoNode } from './go-node.ts';

const TOKEN_KINDS = {
  EOF: 0,
  Ident: 1,
  Int: 2,
  Float: 3,
  Imaginary: 4,
  Rune: 5,
  String: 6,
  RawString: 7,
  /** A newline that ends a statement (hidden in tree-sitter's tree). */
  Newline: 8,
  Comma: 9,
  Semicolon: 10,
  Colon: 11,
  Dot: 12,
  Ellipsis: 13,
  LParen: 14,
  RParen: 15,
  LBracket: 16,
  RBracket: 17,
  LBrace: 18,
  RBrace: 19,
  Define: 20,
  Assign: 21,
  /** `+=`, `<<=`, …: one kind, the text is read from the source. */
  AssignOp: 22,
  Inc: 23,
  Dec: 24,
  Arrow: 25,
  Not: 26,
  Tilde: 27,
  // Binary operators, grouped by precedence (see BINARY_PRECEDENCE).
  OrOr: 28,
  AndAnd: 29,
  Eql: 30,
  Neq: 31,
  Lss: 32,
  Leq: 33,
  Gtr: 34,
  Geq: 35,
  Add: 36,
  Sub: 37,
  Or: 38,
  Xor: 39,
  Mul: 40,
  Quo: 41,
  Rem: 42,
  Shl: 43,
  Shr: 44,
  And: 45,
  AndNot: 46,
  // Keywords.
  Break: 47,
  Case: 48,
  Chan: 49,
  Const: 50,
  Continue: 51,
  Default: 52,
  Defer: 53,
  Else: 54,
  Fallthrough: 55,
  For: 56,
  Func: 57,
  Go: 58,
  Goto: 59,
  If: 60,
  Import: 61,
  Interface: 62,
  Map: 63,
  Package: 64,
  Range: 65,
  Return: 66,
  Select: 67,
  Struct: 68,
  Switch: 69,
  Type: 70,
  Var: 71,
} as const;

/**
 * Token kinds. Operators and keywords have their own kind; their text is {@link TOKEN_TEXT}.
 * Typed as plain numbers so that comparing `tok` does not narrow it across `next()` calls.
 */
export const Tok: { readonly [K in keyof typeof TOKEN_KINDS]: number } = TOKEN_KINDS;

/** The node type of each fixed-text token (its text), by kind. */
export const TOKEN_TEXT: readonly string[] = [
  '', '', '', '', '', '', '', '', '', ',', ';', ':', '.', '...', '(', ')', '[', ']', '{', '}',
  ':=', '=', '', '++', '--', '<-', '!', '~', '||', '&&', '==', '!=', '<', '<=', '>', '>=', '+',
  '-', '|', '^', '*', '/', '%', '<<', '>>', '&', '&^', 'break', 'case', 'chan', 'const',
  'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if',
  'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch',
  'type', 'var',
]; // prettier-ignore

/** Binary operator precedence by kind (0: not a binary operator), as in tree-sitter-go's PREC. */
export const BINARY_PRECEDENCE: Uint8Array = (() => {
  const table = new Uint8Array(TOKEN_TEXT.length);
  table[Tok.OrOr] = 1;
  table[Tok.AndAnd] = 2;
  for (const k of [Tok.Eql, Tok.Neq, Tok.Lss, Tok.Leq, Tok.Gtr, Tok.Geq]) table[k] = 3;
  for (const k of [Tok.Add, Tok.Sub, Tok.Or, Tok.Xor]) table[k] = 4;
  for (const k of [Tok.Mul, Tok.Quo, Tok.Rem, Tok.Shl, Tok.Shr, Tok.And, Tok.AndNot]) table[k] = 5;
  return table;
})();

/** Identifiers with a meaning to the parser (contextual words), in {@link GoLexer.word}. */
export const Word = { None: 0, Nil: 1, True: 2, False: 3, Iota: 4, New: 5, Make: 6 } as const;

const KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['break', Tok.Break],
  ['case', Tok.Case],
  ['chan', Tok.Chan],
  ['const', Tok.Const],
  ['continue', Tok.Continue],
  ['default', Tok.Default],
  ['defer', Tok.Defer],
  ['else', Tok.Else],
  ['fallthrough', Tok.Fallthrough],
  ['for', Tok.For],
  ['func', Tok.Func],
  ['go', Tok.Go],
  ['goto', Tok.Goto],
  ['if', Tok.If],
  ['import', Tok.Import],
  ['interface', Tok.Interface],
  ['map', Tok.Map],
  ['package', Tok.Package],
  ['range', Tok.Range],
  ['return', Tok.Return],
  ['select', Tok.Select],
  ['struct', Tok.Struct],
  ['switch', Tok.Switch],
  ['type', Tok.Type],
  ['var', Tok.Var],
]);

const WORDS: ReadonlyMap<string, number> = new Map([
  ['nil', Word.Nil],
  ['true', Word.True],
  ['false', Word.False],
  ['iota', Word.Iota],
  ['new', Word.New],
  ['make', Word.Make],
]);

/**
 * Keywords and contextual words by first letter (`a` = 0): [text, token kind, word]. Looking
 * a word up here compares it in place, with no substring made.
 */
const SPECIAL_WORDS: readonly (readonly (readonly [string, number, number])[] | undefined)[] =
  (() => {
    const table: [string, number, number][][] = [];
    const add = (text: string, tok: number, word: number): void => {
      const i = text.charCodeAt(0) - 97;
      (table[i] ??= []).push([text, tok, word]);
    };
    for (const [text, tok] of KEYWORDS) add(text, tok, Word.None);
    for (const [text, word] of WORDS) add(text, TOKEN_KINDS.Ident, word);
    return table;
  })();

/** Character classes of ASCII codes: identifier start, identifier part, digit. */
const IDENT_START = 1;
const IDENT_PART = 2;
const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    const digit = c >= 48 && c <= 57;
    table[c] = (letter ? IDENT_START | IDENT_PART : 0) | (digit ? IDENT_PART : 0);
  }
  return table;
})();

const XID_START = /^[_\p{XID_Start}]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

// The grammar's number literal rules (grammar.js), as anchored regular expressions. A number
// is first scanned loosely, as Go's scanner does, then its text must match one of these.
const DEC = '[0-9](?:_?[0-9])*';
const HEX = '[0-9a-fA-F](?:_?[0-9a-fA-F])*';
const INT_LITERAL = `0[bB]_?[01](?:_?[01])*|0|[1-9](?:_?${DEC})?|0[oO]?_?[0-7](?:_?[0-7])*|0[xX]_?${HEX}`;
const FLOAT_LITERAL =
  `${DEC}\\.(?:${DEC})?(?:[eE][+-]?${DEC})?|${DEC}[eE][+-]?${DEC}|\\.${DEC}(?:[eE][+-]?${DEC})?` +
  `|0[xX](?:_?${HEX}\\.(?:${HEX})?|_?${HEX}|\\.${HEX})[pP][+-]?${DEC}`;
const INT_RE = new RegExp(`^(?:${INT_LITERAL})$`);
const FLOAT_RE = new RegExp(`^(?:${FLOAT_LITERAL})$`);
const IMAGINARY_RE = new RegExp(`^(?:${DEC}|${INT_LITERAL}|${FLOAT_LITERAL})i$`);

/**
 * A signal thrown through the parser, made once: throwing it captures no stack trace, so
 * trying a reading and backing out stays cheap.
 */
export class ParseSignal extends Error {}

/** Thrown when the parse cannot go on (a syntax error, or a construct left to tree-sitter). */
export const PARSE_FAILED: ParseSignal = new ParseSignal('fast Go parse failed');

/** A saved lexer and stack position, to try one reading of the source and go back. */
export interface Checkpoint {
  readonly pos: number;
  readonly tok: number;
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly word: number;
  readonly lastEnd: number;
  readonly stackLength: number;
  readonly noLiteral: boolean;
  readonly guard: number;
}

/**
 * Char-code tokenizer for Go. The current token is `tok` over `[tokStart, tokEnd)`; `next()`
 * moves on. The parser (a subclass) consumes tokens and builds nodes on `stack`.
 */
export class GoLexer {
  protected readonly src: string;
  /**
   * Nodes built so far and not yet adopted by a parent (the parse stack): `stack[0..sp)`.
   * The array is never shortened (entries past `sp` are stale), which is cheaper than
   * setting its length.
   */
  protected readonly stack: GoNode[] = [];
  protected sp = 0;
  /** Offset of the next character to read. */
  protected pos = 0;
  protected tok: number = Tok.EOF;
  protected tokStart = 0;
  protected tokEnd = 0;
  /** Makes a newline after the current token end a statement (after an empty statement). */
  protected newlineEndsStatement = false;
  /** For `Tok.Ident`, which contextual word it is (`Word.None` for a plain name). */
  protected word: number = Word.None;
  /** End of the last token consumed (the end of the node being finished). */
  protected lastEnd = 0;
  /**
   * In an `if`, `for` or `switch` header (outside any brackets), where `T {` opens the
   * statement's block rather than a composite literal of a type name (as in Go's parser).
   */
  protected noLiteral = false;
  /** How a `.(type)` switch guard is met: see the parser's `Guard`. */
  protected guard = 0;
  /** Why the parse stopped, for diagnostics. */
  failReason = '';
  failOffset = 0;

  constructor(src: string) {
    this.src = src;
  }

  /** Pushes `node` onto the parse stack. */
  protected push(node: GoNode): void {
    this.stack[this.sp++] = node;
  }

  /** Stops the parse: the source has an error, or a construct this parser does not handle. */
  protected fail(reason: string): never {
    this.failReason = reason;
    this.failOffset = this.tokStart;
    throw PARSE_FAILED;
  }

  protected checkpoint(): Checkpoint {
    return {
      pos: this.pos,
      tok: this.tok,
      tokStart: this.tokStart,
      tokEnd: this.tokEnd,
      word: this.word,
      lastEnd: this.lastEnd,
      stackLength: this.sp,
      noLiteral: this.noLiteral,
      guard: this.guard,
    };
  }

  protected restore(cp: Checkpoint): void {
    this.pos = cp.pos;
    this.tok = cp.tok;
    this.tokStart = cp.tokStart;
    this.tokEnd = cp.tokEnd;
    this.word = cp.word;
    this.lastEnd = cp.lastEnd;
    this.sp = cp.stackLength;
    this.noLiteral = cp.noLiteral;
    this.guard = cp.guard;
  }

  /**
   * Goes back to the token at `start` (the current token when the stack was `mark` long and
   * the last consumed token ended at `lastEnd`), to read the source from there another way.
   */
  protected rewindTo(start: number, mark: number, lastEnd: number): void {
    this.pos = start;
    this.tok = Tok.EOF;
    this.sp = mark;
    this.next();
    this.lastEnd = lastEnd;
  }

  /** The kind of the token after the current one (lexes it, then goes back). */
  protected peek(): number {
    const { pos, tok, tokStart, tokEnd, word } = this;
    const sp = this.sp;
    this.next();
    const kind = this.tok;
    this.pos = pos;
    this.tok = tok;
    this.tokStart = tokStart;
    this.tokEnd = tokEnd;
    this.word = word;
    this.sp = sp;
    return kind;
  }

  /** Whether a newline after the current token would end a statement (Go's semicolon rule). */
  #endsStatement(): boolean {
    switch (this.tok) {
      case Tok.Ident:
      case Tok.Int:
      case Tok.Float:
      case Tok.Imaginary:
      case Tok.Rune:
      case Tok.String:
      case Tok.RawString:
      case Tok.RParen:
      case Tok.RBracket:
      case Tok.RBrace:
      case Tok.Inc:
      case Tok.Dec:
      case Tok.Break:
      case Tok.Continue:
      case Tok.Fallthrough:
      case Tok.Return:
        return true;
      default:
        return false;
    }
  }

  /** Reads the next token into `tok`, pushing the comments before it onto the stack. */
  protected next(): void {
    const src = this.src;
    const len = src.length;
    const newlineEnds = this.newlineEndsStatement || this.#endsStatement();
    this.newlineEndsStatement = false;
    let pos = this.pos;
    this.word = Word.None;
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        this.tok = Tok.EOF;
        this.tokStart = this.tokEnd = len;
        return;
      }
      const c = src.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 13) {
        pos++;
        continue;
      }
      if (c === 10) {
        if (newlineEnds) {
          // tree-sitter's terminator takes a run of newlines (not broken by other spaces).
          let end = pos + 1;
          while (src.charCodeAt(end) === 10) end++;
          this.#set(Tok.Newline, pos, end);
          return;
        }
        pos++;
        continue;
      }
      if (c === 47) {
        const d = src.charCodeAt(pos + 1);
        if (d === 47) {
          let end = src.indexOf('\n', pos + 2);
          if (end < 0) end = len;
          this.#comment(pos, end);
          pos = end;
          continue;
        }
        if (d === 42) {
          const close = src.indexOf('*/', pos + 2);
          if (close < 0) {
            this.tokStart = pos;
            this.fail('unterminated comment');
          }
          this.#comment(pos, close + 2);
          pos = close + 2;
          continue;
        }
      }
      this.#scan(c, pos);
      return;
    }
  }

  #set(tok: number, start: number, end: number): void {
    this.tok = tok;
    this.tokStart = start;
    this.tokEnd = end;
    this.pos = end;
  }

  #comment(start: number, end: number): void {
    this.push(new GoNode(this.src, 'comment', true, undefined, start, end, false));
  }

  /** Scans the token starting with char code `c` at `pos`. */
  #scan(c: number, pos: number): void {
    const src = this.src;
    if (c < 128) {
      const cls = CHAR_CLASS[c] ?? 0;
      if ((cls & IDENT_START) !== 0) {
        let end = pos + 1;
        for (;;) {
          const d = src.charCodeAt(end);
          if (d < 128 ? ((CHAR_CLASS[d] ?? 0) & IDENT_PART) === 0 : !this.#nonAsciiPart(end)) break;
          end++;
        }
        this.#word(pos, end);
        return;
      }
      if (c >= 48 && c <= 57) {
        this.#number(pos);
        return;
      }
    } else {
      const cp = src.codePointAt(pos) ?? 0;
      if (XID_START.test(String.fromCodePoint(cp))) {
        let end = pos + (cp > 0xffff ? 2 : 1);
        while (end < src.length) {
          const d = src.charCodeAt(end);
          if (d < 128 ? ((CHAR_CLASS[d] ?? 0) & IDENT_PART) === 0 : !this.#nonAsciiPart(end)) break;
          end += (src.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
        }
        this.#word(pos, end);
        return;
      }
      this.tokStart = pos;
      this.fail('unexpected character');
    }
    const d = src.charCodeAt(pos + 1);
    switch (c) {
      case 34: // "
        this.#interpreted(pos);
        return;
      case 96: {
        // `
        const close = src.indexOf('`', pos + 1);
        if (close < 0) {
          this.tokStart = pos;
          this.fail('unterminated raw string');
        }
        this.#set(Tok.RawString, pos, close + 1);
        return;
      }
      case 39: // '
        this.#rune(pos);
        return;
      case 40:
        this.#set(Tok.LParen, pos, pos + 1);
        return;
      case 41:
        this.#set(Tok.RParen, pos, pos + 1);
        return;
      case 91:
        this.#set(Tok.LBracket, pos, pos + 1);
        return;
      case 93:
        this.#set(Tok.RBracket, pos, pos + 1);
        return;
      case 123:
        this.#set(Tok.LBrace, pos, pos + 1);
        return;
      case 125:
        this.#set(Tok.RBrace, pos, pos + 1);
        return;
      case 44:
        this.#set(Tok.Comma, pos, pos + 1);
        return;
      case 59:
        this.#set(Tok.Semicolon, pos, pos + 1);
        return;
      case 46: // .
        if (d >= 48 && d <= 57) {
          this.#number(pos);
        } else if (d === 46 && src.charCodeAt(pos + 2) === 46) {
          this.#set(Tok.Ellipsis, pos, pos + 3);
        } else {
          this.#set(Tok.Dot, pos, pos + 1);
        }
        return;
      case 58: // :
        if (d === 61) this.#set(Tok.Define, pos, pos + 2);
        else this.#set(Tok.Colon, pos, pos + 1);
        return;
      case 61: // =
        if (d === 61) this.#set(Tok.Eql, pos, pos + 2);
        else this.#set(Tok.Assign, pos, pos + 1);
        return;
      case 33: // !
        if (d === 61) this.#set(Tok.Neq, pos, pos + 2);
        else this.#set(Tok.Not, pos, pos + 1);
        return;
      case 126: // ~
        this.#set(Tok.Tilde, pos, pos + 1);
        return;
      case 43: // +
        if (d === 43) this.#set(Tok.Inc, pos, pos + 2);
        else if (d === 61) this.#set(Tok.AssignOp, pos, pos + 2);
        else this.#set(Tok.Add, pos, pos + 1);
        return;
      case 45: // -
        if (d === 45) this.#set(Tok.Dec, pos, pos + 2);
        else if (d === 61) this.#set(Tok.AssignOp, pos, pos + 2);
        else this.#set(Tok.Sub, pos, pos + 1);
        return;
      case 42: // *
        this.#operator(pos, d, Tok.Mul);
        return;
      case 47: // /
        this.#operator(pos, d, Tok.Quo);
        return;
      case 37: // %
        this.#operator(pos, d, Tok.Rem);
        return;
      case 94: // ^
        this.#operator(pos, d, Tok.Xor);
        return;
      case 124: // |
        if (d === 124) this.#set(Tok.OrOr, pos, pos + 2);
        else this.#operator(pos, d, Tok.Or);
        return;
      case 38: // &
        if (d === 38) this.#set(Tok.AndAnd, pos, pos + 2);
        else if (d === 94) this.#operator(pos + 1, src.charCodeAt(pos + 2), Tok.AndNot, pos);
        else this.#operator(pos, d, Tok.And);
        return;
      case 60: // <
        if (d === 45) this.#set(Tok.Arrow, pos, pos + 2);
        else if (d === 61) this.#set(Tok.Leq, pos, pos + 2);
        else if (d === 60) this.#operator(pos + 1, src.charCodeAt(pos + 2), Tok.Shl, pos);
        else this.#set(Tok.Lss, pos, pos + 1);
        return;
      case 62: // >
        if (d === 61) this.#set(Tok.Geq, pos, pos + 2);
        else if (d === 62) this.#operator(pos + 1, src.charCodeAt(pos + 2), Tok.Shr, pos);
        else this.#set(Tok.Gtr, pos, pos + 1);
        return;
      default:
        this.tokStart = pos;
        this.fail('unexpected character');
    }
  }

  /** An operator whose last character is at `last`, or its assignment form if `=` follows. */
  #operator(last: number, following: number, tok: number, start = last): void {
    if (following === 61) this.#set(Tok.AssignOp, start, last + 2);
    else this.#set(tok, start, last + 1);
  }

  #nonAsciiPart(pos: number): boolean {
    const cp = this.src.codePointAt(pos);
    return cp !== undefined && XID_CONTINUE.test(String.fromCodePoint(cp));
  }

  /** An identifier or keyword over `[start, end)`. */
  #word(start: number, end: number): void {
    this.#set(Tok.Ident, start, end);
    const candidates = SPECIAL_WORDS[this.src.charCodeAt(start) - 97];
    if (candidates === undefined) return;
    const n = end - start;
    for (const [text, tok, word] of candidates) {
      if (text.length === n && this.src.startsWith(text, start)) {
        this.tok = tok;
        this.word = word;
        return;
      }
    }
  }

  /** A number literal: scanned loosely, then checked against the grammar's token rules. */
  #number(start: number): void {
    const src = this.src;
    let end = start;
    let exponent = 101; // 'e'; 'p' for hex mantissas
    if (src.charCodeAt(start) === 48) {
      const x = src.charCodeAt(start + 1) | 32;
      if (x === 120) exponent = 112;
    }
    for (;;) {
      const c = src.charCodeAt(end);
      const lower = c | 32;
      if ((c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || c === 95) {
        end++;
        if (lower === exponent) {
          const sign = src.charCodeAt(end);
          if (sign === 43 || sign === 45) end++;
        }
      } else if (c === 46 && src.charCodeAt(end + 1) !== 46) {
        end++;
      } else {
        break;
      }
    }
    const text = src.slice(start, end);
    let tok: number;
    if (INT_RE.test(text)) tok = Tok.Int;
    else if (FLOAT_RE.test(text)) tok = Tok.Float;
    else if (IMAGINARY_RE.test(text)) tok = Tok.Imaginary;
    else {
      this.tokStart = start;
      this.fail('malformed number');
    }
    this.#set(tok, start, end);
  }

  /** An interpreted string; its parts are split by the parser (`stringParts`). */
  #interpreted(start: number): void {
    const src = this.src;
    let i = start + 1;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        if (src.charCodeAt(i + 1) === 10) {
          this.tokStart = start;
          this.fail('escaped newline in string');
        }
        i += 2;
        continue;
      }
      if (c === 10 || i >= src.length) {
        this.tokStart = start;
        this.fail('unterminated string');
      }
      i++;
    }
    this.#set(Tok.String, start, i + 1);
  }

  /** A rune literal: one character or one escape, as the grammar's `rune_literal` token. */
  #rune(start: number): void {
    const src = this.src;
    let i = start + 1;
    const c = src.charCodeAt(i);
    if (c === 92) {
      const e = src.charCodeAt(i + 1);
      let digits = 0;
      let hex = true;
      if (e === 120) digits = 2;
      else if (e === 117) digits = 4;
      else if (e === 85) digits = 8;
      else if (e >= 48 && e <= 55) {
        // `\ooo`: the first octal digit stands where an escape letter would.
        digits = 2;
        hex = false;
      } else if ('abfnrtv\\\'"'.includes(String.fromCharCode(e))) {
        digits = 0;
      } else {
        this.tokStart = start;
        this.fail('malformed rune');
      }
      i += 2;
      for (let k = 0; k < digits; k++, i++) {
        const d = src.charCodeAt(i);
        const ok = hex ? isHex(d) : d >= 48 && d <= 55;
        if (!ok) {
          this.tokStart = start;
          this.fail('malformed rune');
        }
      }
    } else if (c === 39 || c === 10 || Number.isNaN(c)) {
      this.tokStart = start;
      this.fail('malformed rune');
    } else {
      i += (src.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    if (src.charCodeAt(i) !== 39) {
      this.tokStart = start;
      this.fail('malformed rune');
    }
    this.#set(Tok.Rune, start, i + 1);
  }

  /**
   * Pushes the children of the interpreted string token `[start, end)`: its quotes, runs of
   * plain text (`interpreted_string_literal_content`) and `escape_sequence`s.
   */
  protected stringParts(start: number, end: number): void {
    const src = this.src;
    this.push(new GoNode(src, '"', false, undefined, start, start + 1, false));
    let i = start + 1;
    const close = end - 1;
    while (i < close) {
      if (src.charCodeAt(i) === 92) {
        const e = src.charCodeAt(i + 1);
        let n = 2;
        if (e === 120 || e === 117 || e === 85) {
          const digits = e === 120 ? 2 : e === 117 ? 4 : 8;
          for (let k = 0; k < digits; k++) {
            if (!isHex(src.charCodeAt(i + 2 + k))) {
              this.tokStart = i;
              this.fail('malformed escape');
            }
          }
          n += digits;
        } else if (e >= 48 && e <= 57) {
          while (n < 4 && isDigit(src.charCodeAt(i + n))) n++;
        }
        this.push(new GoNode(src, 'escape_sequence', true, undefined, i, i + n, false));
        i += n;
      } else {
        let j = i + 1;
        while (j < close && src.charCodeAt(j) !== 92) j++;
        const content = 'interpreted_string_literal_content';
        this.push(new GoNode(src, content, true, undefined, i, j, false));
        i = j;
      }
    }
    this.push(new GoNode(src, '"', false, undefined, close, end, false));
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
