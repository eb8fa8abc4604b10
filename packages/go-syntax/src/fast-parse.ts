/**
 * A hand-written Go parser that builds the same GoNode tree as tree-sitter-go 0.25 followed
 * by `toGoNode` (go-node.ts), in plain JavaScript and a fraction of the time. It accepts only
 * what it can reproduce exactly: on any syntax error, or any construct whose tree it is not
 * sure of, it returns `undefined` and the caller falls back to tree-sitter (which recovers
 * from errors and reports them).
 *
 * How tree-sitter's tree is reproduced:
 * - Nodes are built bottom-up on a stack, as an LR parser does: a node's children are the
 *   stack entries pushed since the node began (see `finish`).
 * - Comments (extras) are pushed as they are lexed. A node never starts or ends with one:
 *   `finish` leaves trailing comments on the stack for the parent, and a node's stack mark is
 *   taken after the comments before its first token. So a comment lands in the smallest node
 *   whose tokens surround it, as in tree-sitter.
 * - A node ends at the end of its last token, counting the hidden newline terminator that
 *   ends a statement (a `statement_list` ends after the newline that ends its last statement).
 * - Where tree-sitter's GLR parse picks among readings by dynamic precedence, the choice is
 *   made the same way here: both readings are built (going back in the source between them)
 *   and scored (see `nameAndBrackets`, `parenthesized` and `dynamicPrecedence`).
 * - Some choices of tree-sitter's have no such rule behind them (a limit on GLR versions,
 *   ties): they were found by comparing trees, and are noted where they are reproduced.
 *
 * bench/diff-fast-parse.mjs compares this parser with tree-sitter on whole source trees.
 */
import { GoNode } from './go-node.ts';
import {
  BINARY_PRECEDENCE,
  GoLexer,
  PARSE_FAILED,
  ParseSignal,
  Tok,
  TOKEN_TEXT,
  Word,
} from './fast-lexer.ts';

/** Why {@link parseGoFastDetailed} gave up, and where. */
export interface FastParseFailure {
  readonly reason: string;
  /** UTF-16 offset of the token where the parse stopped. */
  readonly offset: number;
}

/**
 * Parses a Go source file into the tree tree-sitter-go would give (`toGoNode(tree.rootNode,
 * source, false)`), or returns `undefined` if the file has a syntax error or a construct this
 * parser leaves to tree-sitter.
 */
export function parseGoFast(source: string): GoNode | undefined {
  const result = parseGoFastDetailed(source);
  return 'root' in result ? result.root : undefined;
}

/** {@link parseGoFast}, saying why it gave up when it does. */
export function parseGoFastDetailed(
  source: string,
): { readonly root: GoNode } | { readonly failure: FastParseFailure } {
  const parser = new FastGoParser(source);
  try {
    return { root: parser.parseFile() };
  } catch (e) {
    if (e === PARSE_FAILED || e === GUARD_FOUND) {
      return { failure: { reason: parser.failReason, offset: parser.failOffset } };
    }
    if (e instanceof RangeError) {
      // The call stack overflowed on deeply nested code: tree-sitter has no such limit.
      return { failure: { reason: 'nesting too deep', offset: parser.failOffset } };
    }
    throw e;
  }
}

/** How the parser treats a `.(type)` switch guard (the lexer's `guard` field). */
const Guard = {
  /** Not in a `switch` header: `.(type)` is an error. */
  None: 0,
  /** Looking for a guard: throw GUARD_FOUND when one is met. */
  Detect: 1,
  /** Parsing a type switch header: stop before the guard, which the header consumes. */
  Stop: 2,
} as const;

/** The most names tree-sitter-go's parse keeps in one parameter group (`a, b, c int`). */
const MAX_GROUPED_NAMES = 9;

/** Thrown when a `.(type)` guard is met with `Guard.Detect`. */
const GUARD_FOUND: ParseSignal = new ParseSignal('type switch guard found');

/** What kind of operand a primary expression turned out to be. */
const Operand = {
  /** Any expression. */
  Expr: 0,
  /** A lone identifier: it may name a type (`T{…}`, `T[int](x)`). */
  Name: 1,
  /** `a.b` of two identifiers: it may be a qualified type (`pkg.T{…}`). */
  Qualified: 2,
  /** A type that cannot be an expression (`[]int`, `func()`) and was not converted or used in a literal. */
  TypeOnly: 3,
} as const;

/** The result of a simple statement, for the statements that embed one. */
const Simple = {
  /** A complete statement node (assignment, send, …). */
  Statement: 0,
  /** A lone expression, left unwrapped (the caller decides if it is an expression statement). */
  Expression: 1,
  /** An identifier followed by `:` (a label). */
  Label: 2,
  /** A `range_clause` (only where `rangeOk`). */
  Range: 3,
} as const;

class FastGoParser extends GoLexer {
  /** Parses the whole file into its `source_file` node. */
  parseFile(): GoNode {
    if (this.src.charCodeAt(0) === 0xfeff || this.src.includes('\0')) {
      this.fail('byte order mark or NUL');
    }
    this.next();
    while (this.tok !== Tok.EOF) {
      let endOptional = true;
      switch (this.tok) {
        case Tok.Package:
          this.#packageClause();
          break;
        case Tok.Import:
          this.#importDeclaration();
          break;
        case Tok.Func:
          this.#functionDeclaration();
          break;
        case Tok.Var:
        case Tok.Const:
        case Tok.Type:
          this.#declaration();
          endOptional = false;
          break;
        default:
          this.fail('top-level statement');
      }
      if (this.tok === Tok.Semicolon) {
        this.#token();
      } else if (this.tok === Tok.Newline) {
        this.#skip();
      } else if (this.tok !== Tok.EOF || !endOptional) {
        // A var, const or type declaration (a statement to tree-sitter-go) needs a terminator;
        // at the end of the file tree-sitter's reading depends on what precedes the end.
        this.fail('expected end of declaration');
      }
    }
    const first = this.stack[0];
    if (first === undefined) this.fail('empty file');
    this.lastEnd = this.src.length;
    return this.#finish(0, first.start, 'source_file', undefined);
  }

  // ---- Building nodes ------------------------------------------------------------------

  /** Pushes the current token as an anonymous node (its text is its type) and moves on. */
  #token(field?: string): void {
    const type =
      this.tok === Tok.AssignOp
        ? this.src.slice(this.tokStart, this.tokEnd)
        : (TOKEN_TEXT[this.tok] ?? '');
    this.push(new GoNode(this.src, type, false, field, this.tokStart, this.tokEnd, false));
    this.lastEnd = this.tokEnd;
    this.next();
  }

  /** Pushes the current token as a named leaf of `type` and moves on. */
  #leaf(type: string, field?: string): void {
    this.push(new GoNode(this.src, type, true, field, this.tokStart, this.tokEnd, false));
    this.lastEnd = this.tokEnd;
    this.next();
  }

  /** Consumes a token of `kind` as an anonymous node, or fails. */
  #expect(kind: number, field?: string): void {
    if (this.tok !== kind) this.fail(`expected ${TOKEN_TEXT[kind] ?? kind}`);
    this.#token(field);
  }

  /** Consumes an identifier as a named leaf of `type`, or fails. */
  #ident(type: string, field?: string): void {
    if (this.tok !== Tok.Ident) this.fail('expected identifier');
    this.#leaf(type, field);
  }

  /** Consumes a hidden token (a newline terminator): it only extends the node being built. */
  #skip(): void {
    this.lastEnd = this.tokEnd;
    this.next();
  }

  /** Consumes a statement terminator: a visible `;` or a hidden newline. False if none. */
  #terminator(): boolean {
    if (this.tok === Tok.Semicolon) {
      this.#token();
      return true;
    }
    if (this.tok === Tok.Newline) {
      this.#skip();
      return true;
    }
    return false;
  }

  /**
   * Makes the entries pushed since `mark` the children of a new node, which takes their
   * place on the stack. Comments after the last consumed token stay on the stack, after it.
   */
  #finish(mark: number, start: number, type: string, field: string | undefined): GoNode {
    const stack = this.stack;
    const end = this.lastEnd;
    const top = this.sp;
    let last = top;
    for (;;) {
      const c = stack[last - 1];
      if (last <= mark || c === undefined || c.start < end) break;
      last--;
    }
    const children = stack.slice(mark, last);
    const node = new GoNode(this.src, type, true, field, start, end, false, children);
    for (const c of children) {
      c.parent = node;
    }
    stack[mark] = node;
    let j = mark + 1;
    for (let i = last; i < top; i++) {
      const c = stack[i];
      if (c !== undefined) stack[j++] = c;
    }
    this.sp = j;
    return node;
  }

  /** Gives the node at `stack[i]` the field (and type) it fills in its parent-to-be. */
  #relabel(i: number, field: string | undefined, type?: string): void {
    const n = this.stack[i];
    if (n === undefined) this.fail('internal: empty stack');
    if (n.field === field && (type === undefined || n.type === type)) return;
    const copy = new GoNode(
      this.src,
      type ?? n.type,
      n.named,
      field,
      n.start,
      n.end,
      false,
      n.children,
    );
    for (const c of n.children) {
      c.parent = copy;
    }
    this.stack[i] = copy;
  }

  /** Puts a named leaf at `stack[at]`, before the comments pushed since (see `guessedLeaf`). */
  #insertLeaf(
    at: number,
    type: string,
    field: string | undefined,
    start: number,
    end: number,
  ): void {
    const node = new GoNode(this.src, type, true, field, start, end, false);
    this.push(node);
    const stack = this.stack;
    for (let i = this.sp - 1; i > at; i--) {
      const c = stack[i - 1];
      if (c !== undefined) stack[i] = c;
    }
    stack[at] = node;
  }

  /** The node at `stack[i]` (which must exist). */
  #at(i: number): GoNode {
    const n = this.stack[i];
    if (n === undefined) this.fail('internal: empty stack');
    return n;
  }

  /**
   * The field the (sub)expression just built most likely fills, judging by the token after
   * it; `hint` is the field its caller wants for a whole expression. A good guess saves
   * `relabel` a copy; a wrong one only costs that copy.
   */
  #guess(hint: string | undefined): string | undefined {
    switch (this.tok) {
      case Tok.Dot:
      case Tok.LBracket:
        return 'operand';
      case Tok.LParen:
        return 'function';
      default:
        return (BINARY_PRECEDENCE[this.tok] ?? 0) > 0 ? 'left' : hint;
    }
  }

  /**
   * Consumes the current token as a named leaf of `type`, its field guessed from the token
   * after it (see `guess`). Comments between the two stay after the leaf.
   */
  #guessedLeaf(type: string, hint: string | undefined): void {
    const start = this.tokStart;
    const end = this.tokEnd;
    const at = this.sp;
    this.lastEnd = end;
    this.next();
    this.#insertLeaf(at, type, this.#guess(hint), start, end);
  }

  // ---- Declarations --------------------------------------------------------------------

  /** `package name`. */
  #packageClause(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    this.#ident('package_identifier');
    this.#finish(mark, start, 'package_clause', undefined);
  }

  /** `import spec` or `import ( specs )`. */
  #importDeclaration(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    if (this.tok === Tok.LParen) {
      const listMark = this.sp;
      const listStart = this.tokStart;
      this.#token();
      while (this.tok !== Tok.RParen) {
        this.#importSpec();
        if (!this.#terminator()) break;
      }
      this.#expect(Tok.RParen);
      this.#finish(listMark, listStart, 'import_spec_list', undefined);
    } else {
      this.#importSpec();
    }
    this.#finish(mark, start, 'import_declaration', undefined);
  }

  /** `[name] "path"`, the name being `.`, `_` or a package name. */
  #importSpec(): void {
    const mark = this.sp;
    const start = this.tokStart;
    if (this.tok === Tok.Dot) {
      this.#token();
      this.#finish(mark, start, 'dot', 'name');
    } else if (this.tok === Tok.Ident) {
      const blank = this.tokEnd - this.tokStart === 1 && this.src.charCodeAt(this.tokStart) === 95;
      this.#leaf(blank ? 'blank_identifier' : 'package_identifier', 'name');
    }
    this.#stringLiteral('path');
    this.#finish(mark, start, 'import_spec', undefined);
  }

  /** A function or method declaration (the body is optional, as for assembly functions). */
  #functionDeclaration(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    let type = 'function_declaration';
    if (this.tok === Tok.LParen) {
      type = 'method_declaration';
      this.#parameterList('receiver');
      this.#ident('field_identifier', 'name');
    } else {
      this.#ident('identifier', 'name');
      if (this.tok === Tok.LBracket) this.#typeParameterList();
    }
    this.#parameterList('parameters');
    this.#result();
    if (this.tok === Tok.LBrace) this.#block('body');
    this.#finish(mark, start, type, undefined);
  }

  /** An optional result: a parameter list or a type other than a parenthesized one. */
  #result(): void {
    if (this.tok === Tok.LParen) {
      this.#parameterList('result');
    } else if (startsSimpleType(this.tok)) {
      this.#type('result');
    }
  }

  /** `var`, `const` or `type` declaration (a statement in tree-sitter-go's grammar). */
  #declaration(): void {
    const mark = this.sp;
    const start = this.tokStart;
    const keyword = this.tok;
    this.#token();
    if (keyword === Tok.Type) {
      if (this.tok === Tok.LParen) {
        this.#token();
        while (this.tok !== Tok.RParen) {
          this.#typeSpec();
          if (!this.#terminator()) break;
        }
        this.#expect(Tok.RParen);
      } else {
        this.#typeSpec();
      }
      this.#finish(mark, start, 'type_declaration', undefined);
      return;
    }
    const spec = keyword === Tok.Var ? this.#varSpec : this.#constSpec;
    if (this.tok === Tok.LParen) {
      // tree-sitter-go wants a terminator after every spec, the last one too.
      const listMark = this.sp;
      const listStart = this.tokStart;
      this.#token();
      while (this.tok !== Tok.RParen) {
        spec.call(this);
        if (!this.#terminator()) this.fail('expected terminator after spec');
      }
      this.#token();
      if (keyword === Tok.Var) this.#finish(listMark, listStart, 'var_spec_list', undefined);
    } else {
      spec.call(this);
    }
    this.#finish(
      mark,
      start,
      keyword === Tok.Var ? 'var_declaration' : 'const_declaration',
      undefined,
    );
  }

  /** `names type`, `names = values` or `names type = values`. */
  #varSpec(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#ident('identifier', 'name');
    while (this.tok === Tok.Comma) {
      this.#token();
      this.#ident('identifier', 'name');
    }
    if (this.tok !== Tok.Assign) {
      this.#type('type');
    }
    if (this.tok === Tok.Assign) {
      this.#token();
      this.#expressionList('value');
    }
    this.#finish(mark, start, 'var_spec', undefined);
  }

  /** A const spec; its name field covers the commas between the names too. */
  #constSpec(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#ident('identifier', 'name');
    while (this.tok === Tok.Comma) {
      this.#token('name');
      this.#ident('identifier', 'name');
    }
    if (this.tok !== Tok.Assign && startsType(this.tok)) {
      this.#type('type');
      if (this.tok !== Tok.Assign) this.fail('expected = after const type');
    }
    if (this.tok === Tok.Assign) {
      this.#token();
      this.#expressionList('value');
    }
    this.#finish(mark, start, 'const_spec', undefined);
  }

  /** `Name[params] Type` (a `type_spec`) or `Name[params] = Type` (a `type_alias`). */
  #typeSpec(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#ident('type_identifier', 'name');
    if (this.tok === Tok.LBracket) {
      // `type T[P any] …` declares type parameters; `type A [N]T` is an array type.
      const cp = this.checkpoint();
      try {
        const list = this.#typeParameterList();
        if (ambiguousTypeParameters(list)) this.fail('type parameters or array length');
      } catch (e) {
        if (e !== PARSE_FAILED) throw e;
        this.restore(cp);
      }
    }
    let type = 'type_spec';
    if (this.tok === Tok.Assign) {
      type = 'type_alias';
      this.#token();
    }
    this.#type('type');
    this.#finish(mark, start, type, undefined);
  }

  /** `[P, Q any, R interface{…}]`, filling `type_parameters`. */
  #typeParameterList(): GoNode {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    for (;;) {
      const declMark = this.sp;
      const declStart = this.tokStart;
      this.#ident('identifier', 'name');
      while (this.tok === Tok.Comma) {
        this.#token();
        this.#ident('identifier', 'name');
      }
      this.#typeElem('type_constraint', 'type');
      this.#finish(declMark, declStart, 'type_parameter_declaration', undefined);
      if (this.tok !== Tok.Comma) break;
      this.#token();
      if (this.tok === Tok.RBracket) break;
    }
    this.#expect(Tok.RBracket);
    return this.#finish(mark, start, 'type_parameter_list', 'type_parameters');
  }

  /** Types joined by `|`, as a node of `type` (`type_elem`, or `type_constraint`). */
  #typeElem(type: string, field?: string): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#type();
    while (this.tok === Tok.Or) {
      this.#token();
      this.#type();
    }
    this.#finish(mark, start, type, field);
  }

  /**
   * A parameter list. Its entries are all types (`(int, string)`) or all groups of names
   * with a type (`(a, b int, c string)`). A list that starts `(x T` has names; otherwise the
   * first reading is tried and, if the entries do not fit it, the list is read the second way.
   */
  #parameterList(field: string): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#expect(Tok.LParen);
    if (this.tok === Tok.Ident && startsNamedParameter(this.peek())) {
      this.#namedParameters(); // `(x int, …)`, `(x ...T)`: clearly names
    } else if (this.tok !== Tok.RParen) {
      const cp = this.checkpoint();
      let unnamed = false;
      try {
        unnamed = this.#unnamedParameters();
      } catch (e) {
        if (e !== PARSE_FAILED) throw e;
      }
      if (!unnamed) {
        this.restore(cp);
        this.#namedParameters();
      }
    }
    this.#expect(Tok.RParen);
    this.#finish(mark, start, 'parameter_list', field);
  }

  /** Parameters that are types only. False when an entry has a name. */
  #unnamedParameters(): boolean {
    for (;;) {
      const mark = this.sp;
      const start = this.tokStart;
      if (this.tok === Tok.Ellipsis) {
        this.#token();
        this.#type('type');
        this.#finish(mark, start, 'variadic_parameter_declaration', undefined);
      } else {
        this.#type('type');
        if (this.tok !== Tok.Comma && this.tok !== Tok.RParen) return false;
        this.#finish(mark, start, 'parameter_declaration', undefined);
      }
      if (this.tok !== Tok.Comma) return true;
      this.#token();
      if (this.tok === Tok.RParen) return true;
    }
  }

  /** Parameters in groups of names and a type (`a, b int`), or `name ...T`. */
  #namedParameters(): void {
    for (;;) {
      const mark = this.sp;
      const start = this.tokStart;
      if (this.tok === Tok.Ellipsis) {
        this.#token();
        this.#type('type');
        this.#finish(mark, start, 'variadic_parameter_declaration', undefined);
      } else {
        const lastEnd = this.lastEnd;
        this.#ident('identifier', 'name');
        if (this.tok === Tok.Ellipsis) {
          this.#token();
          this.#type('type');
          this.#finish(mark, start, 'variadic_parameter_declaration', undefined);
        } else {
          let names = 1;
          while (this.tok === Tok.Comma) {
            this.#token();
            this.#ident('identifier', 'name');
            names++;
          }
          if (names > MAX_GROUPED_NAMES) {
            this.rewindTo(start, mark, lastEnd);
            this.#splitNameGroup(names);
            continue;
          }
          this.#type('type');
          this.#finish(mark, start, 'parameter_declaration', undefined);
        }
      }
      if (this.tok !== Tok.Comma) return;
      this.#token();
      if (this.tok === Tok.RParen) return;
    }
  }

  /**
   * The start of a group of `names` (> 9) parameter names: tree-sitter-go's GLR parse keeps
   * only the last 9 in the group, reading each one before them as an unnamed parameter of
   * that type name. Leaves the parser at the first of the 9.
   */
  #splitNameGroup(names: number): void {
    for (let i = names - MAX_GROUPED_NAMES; i > 0; i--) {
      const mark = this.sp;
      const start = this.tokStart;
      this.#ident('type_identifier', 'type');
      this.#finish(mark, start, 'parameter_declaration', undefined);
      this.#expect(Tok.Comma);
    }
  }

  // ---- Types ---------------------------------------------------------------------------

  /**
   * Any type (tree-sitter-go's `_type`), filling `field`. `[...]T` is a type only as the
   * type of a composite literal (`implicitLength`).
   */
  #type(field?: string, implicitLength = false): void {
    const mark = this.sp;
    const start = this.tokStart;
    switch (this.tok) {
      case Tok.Ident:
        this.#typeName(field);
        return;
      case Tok.Mul:
        this.#token();
        this.#type();
        this.#finish(mark, start, 'pointer_type', field);
        return;
      case Tok.LBracket:
        this.#token();
        if (this.tok === Tok.RBracket) {
          this.#token();
          this.#type('element');
          this.#finish(mark, start, 'slice_type', field);
        } else if (this.tok === Tok.Ellipsis && implicitLength) {
          this.#token();
          this.#expect(Tok.RBracket);
          this.#type('element');
          this.#finish(mark, start, 'implicit_length_array_type', field);
        } else {
          this.#expr('length');
          this.#expect(Tok.RBracket);
          this.#type('element');
          this.#finish(mark, start, 'array_type', field);
        }
        return;
      case Tok.Map:
        this.#token();
        this.#expect(Tok.LBracket);
        this.#type('key');
        this.#expect(Tok.RBracket);
        this.#type('value');
        this.#finish(mark, start, 'map_type', field);
        return;
      case Tok.Chan:
        this.#token();
        if (this.tok === Tok.Arrow && this.peek() === Tok.Chan) {
          // tree-sitter-go reads `chan<- chan T` (and `chan <-chan T`) as a channel of
          // `<-chan T` where it can, else as a send-only channel of `chan …`.
          const cp = this.checkpoint();
          try {
            this.#type('value');
            this.#finish(mark, start, 'channel_type', field);
            return;
          } catch (e) {
            if (e !== PARSE_FAILED) throw e;
            this.restore(cp);
          }
        }
        if (this.tok === Tok.Arrow) this.#token();
        this.#type('value');
        this.#finish(mark, start, 'channel_type', field);
        return;
      case Tok.Arrow:
        this.#token();
        this.#expect(Tok.Chan);
        this.#type('value');
        this.#finish(mark, start, 'channel_type', field);
        return;
      case Tok.Func:
        this.#token();
        this.#parameterList('parameters');
        this.#result();
        this.#finish(mark, start, 'function_type', field);
        return;
      case Tok.Struct:
        this.#token();
        this.#fieldDeclarationList();
        this.#finish(mark, start, 'struct_type', field);
        return;
      case Tok.Interface:
        this.#interfaceBody();
        this.#finish(mark, start, 'interface_type', field);
        return;
      case Tok.LParen:
        this.#token();
        this.#type();
        this.#expect(Tok.RParen);
        this.#finish(mark, start, 'parenthesized_type', field);
        return;
      case Tok.Tilde:
        this.#token();
        this.#type();
        this.#finish(mark, start, 'negated_type', field);
        return;
      default:
        this.fail('expected type');
    }
  }

  /** `T`, `pkg.T`, either with type arguments (`T[int]`) unless `withArguments` is false. */
  #typeName(field?: string, withArguments = true): void {
    const mark = this.sp;
    const start = this.tokStart;
    if (this.tok !== Tok.Ident) this.fail('expected type name');
    const end = this.tokEnd;
    this.lastEnd = end;
    this.next();
    let generic = this.tok === Tok.LBracket && withArguments;
    if (this.tok === Tok.Dot) {
      this.#insertLeaf(mark, 'package_identifier', 'package', start, end);
      this.#token();
      this.#ident('type_identifier', 'name');
      generic = this.tok === Tok.LBracket && withArguments;
      this.#finish(mark, start, 'qualified_type', generic ? 'type' : field);
    } else {
      this.#insertLeaf(mark, 'type_identifier', generic ? 'type' : field, start, end);
    }
    if (generic) {
      this.#typeArguments();
      this.#finish(mark, start, 'generic_type', field);
    }
  }

  /** `[int, ~string | T]` after a generic type's name, filling `type_arguments`. */
  #typeArguments(): void {
    const mark = this.sp;
    const start = this.tokStart;
    const { noLiteral, guard } = this;
    this.noLiteral = false;
    this.guard = Guard.None;
    this.#token();
    for (;;) {
      this.#typeElem('type_elem');
      if (this.tok !== Tok.Comma) break;
      this.#token();
      if (this.tok === Tok.RBracket) break;
    }
    this.#expect(Tok.RBracket);
    this.noLiteral = noLiteral;
    this.guard = guard;
    this.#finish(mark, start, 'type_arguments', 'type_arguments');
  }

  /** `{ fields }` of a struct type. */
  #fieldDeclarationList(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#expect(Tok.LBrace);
    while (this.tok !== Tok.RBrace) {
      this.#fieldDeclaration();
      if (!this.#terminator()) break;
    }
    this.#expect(Tok.RBrace);
    this.#finish(mark, start, 'field_declaration_list', undefined);
  }

  /** `a, b T`, an embedded `T`, `*T`, `pkg.T` or `G[A]`, each with an optional tag. */
  #fieldDeclaration(): void {
    const mark = this.sp;
    const start = this.tokStart;
    if (this.tok === Tok.Mul) {
      this.#token();
      this.#typeName('type');
    } else {
      const following = this.peek();
      if (
        following === Tok.Dot ||
        following === Tok.Newline ||
        following === Tok.Semicolon ||
        following === Tok.RBrace ||
        following === Tok.String ||
        following === Tok.RawString
      ) {
        this.#typeName('type'); // an embedded field
      } else if (following === Tok.LBracket) {
        // `a [N]T` (a field of array type) or `G[T]` (an embedded generic type).
        const cp = this.checkpoint();
        try {
          this.#namedField();
        } catch (e) {
          if (e !== PARSE_FAILED) throw e;
          this.restore(cp);
          this.#typeName('type');
        }
      } else {
        this.#namedField();
      }
    }
    if (this.tok === Tok.String || this.tok === Tok.RawString) this.#stringLiteral('tag');
    this.#finish(mark, start, 'field_declaration', undefined);
  }

  /** The names and type of a field declaration (`a, b int`). */
  #namedField(): void {
    this.#ident('field_identifier', 'name');
    while (this.tok === Tok.Comma) {
      this.#token();
      this.#ident('field_identifier', 'name');
    }
    this.#type('type');
  }

  /** `interface { … }`: the keyword, braces and elements are children of `interface_type`. */
  #interfaceBody(): void {
    this.#token();
    this.#expect(Tok.LBrace);
    while (this.tok !== Tok.RBrace) {
      if (this.tok === Tok.Ident && this.peek() === Tok.LParen) {
        const mark = this.sp;
        const start = this.tokStart;
        this.#leaf('field_identifier', 'name');
        this.#parameterList('parameters');
        this.#result();
        this.#finish(mark, start, 'method_elem', undefined);
      } else {
        this.#typeElem('type_elem');
      }
      if (!this.#terminator()) break;
    }
    this.#expect(Tok.RBrace);
  }

  // ---- Statements ----------------------------------------------------------------------

  /** `{ statements }`; composite literals of type names are allowed again inside. */
  #block(field: string | undefined): void {
    const mark = this.sp;
    const start = this.tokStart;
    const { noLiteral, guard } = this;
    this.noLiteral = false;
    this.guard = Guard.None;
    this.#expect(Tok.LBrace);
    if (this.tok !== Tok.RBrace) this.#statementList();
    this.#expect(Tok.RBrace);
    this.noLiteral = noLiteral;
    this.guard = guard;
    this.#finish(mark, start, 'block', field);
  }

  /** Statements up to `}`, `case` or `default`, with their terminators. */
  #statementList(): void {
    const mark = this.sp;
    const start = this.tokStart;
    for (;;) {
      this.#statement();
      if (!this.#terminator()) break;
      const t = this.tok;
      if (t === Tok.RBrace || t === Tok.Case || t === Tok.Default || t === Tok.EOF) break;
    }
    this.#finish(mark, start, 'statement_list', undefined);
  }

  /** Whether the current token ends a statement list (so an optional part is absent). */
  #atStatementEnd(): boolean {
    const t = this.tok;
    return (
      t === Tok.Newline ||
      t === Tok.Semicolon ||
      t === Tok.RBrace ||
      t === Tok.Case ||
      t === Tok.Default ||
      t === Tok.EOF
    );
  }

  /** One statement; `labeled` when it is the statement of a label (which cannot be empty). */
  #statement(labeled = false): void {
    const mark = this.sp;
    const start = this.tokStart;
    switch (this.tok) {
      case Tok.Var:
      case Tok.Const:
      case Tok.Type:
        this.#declaration();
        return;
      case Tok.Return:
        this.#token();
        if (!this.#atStatementEnd()) this.#expressionList(undefined);
        this.#finish(mark, start, 'return_statement', undefined);
        return;
      case Tok.Go:
      case Tok.Defer: {
        const type = this.tok === Tok.Go ? 'go_statement' : 'defer_statement';
        this.#token();
        this.#expr();
        this.#finish(mark, start, type, undefined);
        return;
      }
      case Tok.If:
        this.#ifStatement(undefined);
        return;
      case Tok.For:
        this.#forStatement();
        return;
      case Tok.Switch:
        this.#switchStatement();
        return;
      case Tok.Select:
        this.#selectStatement();
        return;
      case Tok.Break:
      case Tok.Continue: {
        const type = this.tok === Tok.Break ? 'break_statement' : 'continue_statement';
        this.#token();
        if (this.tok === Tok.Ident) this.#leaf('label_name');
        this.#finish(mark, start, type, undefined);
        return;
      }
      case Tok.Goto:
        this.#token();
        this.#ident('label_name');
        this.#finish(mark, start, 'goto_statement', undefined);
        return;
      case Tok.Fallthrough:
        this.#token();
        this.#finish(mark, start, 'fallthrough_statement', undefined);
        return;
      case Tok.LBrace:
        this.#block(undefined);
        return;
      case Tok.Semicolon:
        // An empty statement; unlike a terminator `;`, it can end a line, so a newline after
        // it is a terminator.
        this.newlineEndsStatement = true;
        this.#token();
        this.#finish(mark, start, 'empty_statement', undefined);
        return;
    }
    const kind = this.#simpleStatement(false);
    if (kind === Simple.Expression) {
      this.#finish(mark, start, 'expression_statement', undefined);
    } else if (kind === Simple.Label) {
      this.#relabel(mark, 'label', 'label_name');
      this.#token();
      const t = this.tok;
      if (t !== Tok.RBrace && t !== Tok.Case && t !== Tok.Default) {
        this.#statement(true);
      } else if (labeled) {
        this.fail('empty labeled statement after a label');
      }
      this.#finish(mark, start, 'labeled_statement', undefined);
    } else if (kind !== Simple.Statement) {
      this.fail('unexpected range');
    }
  }

  /**
   * A simple statement (assignment, `:=`, send, `++`, `--` or an expression). A lone
   * expression is left unwrapped on the stack; `rangeOk` allows a `range_clause` (in `for`).
   */
  #simpleStatement(rangeOk: boolean): number {
    const mark = this.sp;
    const start = this.tokStart;
    if (rangeOk && this.tok === Tok.Range) {
      this.#token();
      this.#expr('right');
      this.#finish(mark, start, 'range_clause', undefined);
      return Simple.Range;
    }
    this.#expr();
    let count = 1;
    while (this.tok === Tok.Comma) {
      this.#token();
      this.#expr();
      count++;
    }
    const op = this.tok;
    switch (op) {
      case Tok.Define:
      case Tok.Assign:
      case Tok.AssignOp: {
        const define = op === Tok.Define;
        this.#finish(mark, start, 'expression_list', 'left');
        const opIndex = this.sp;
        this.#token(define ? undefined : 'operator');
        if (rangeOk && this.tok === Tok.Range && op !== Tok.AssignOp) {
          // The `=` of a range clause is no assignment operator.
          if (!define) this.#relabel(opIndex, undefined);
          this.#token();
          this.#expr('right');
          this.#finish(mark, start, 'range_clause', undefined);
          return Simple.Range;
        }
        this.#expressionList('right');
        this.#finish(
          mark,
          start,
          define ? 'short_var_declaration' : 'assignment_statement',
          undefined,
        );
        return Simple.Statement;
      }
      case Tok.Arrow:
        if (count !== 1) break;
        this.#relabel(mark, 'channel');
        this.#token();
        this.#expr('value');
        this.#finish(mark, start, 'send_statement', undefined);
        return Simple.Statement;
      case Tok.Inc:
      case Tok.Dec:
        if (count !== 1) break;
        this.#token();
        this.#finish(mark, start, op === Tok.Inc ? 'inc_statement' : 'dec_statement', undefined);
        return Simple.Statement;
      case Tok.Colon:
        if (
          count === 1 &&
          this.#at(mark).type === 'identifier' &&
          this.#at(mark).children.length === 0
        ) {
          return Simple.Label;
        }
        break;
      default:
        if (count === 1) return Simple.Expression;
    }
    return this.fail('unexpected token after expression list');
  }

  /** `if [init;] cond { … } [else …]`. */
  #ifStatement(field: string | undefined): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    const noLiteral = this.noLiteral;
    this.noLiteral = true;
    const headMark = this.sp;
    const headStart = this.tokStart;
    const kind = this.#simpleStatement(false);
    if (this.tok === Tok.Semicolon) {
      if (kind === Simple.Expression)
        this.#finish(headMark, headStart, 'expression_statement', undefined);
      else if (kind !== Simple.Statement) this.fail('bad if initializer');
      this.#relabel(headMark, 'initializer');
      this.#token();
      this.#expr('condition');
    } else {
      if (kind !== Simple.Expression) this.fail('bad if condition');
      this.#relabel(headMark, 'condition');
    }
    this.noLiteral = noLiteral;
    this.#block('consequence');
    if (this.tok === Tok.Else) {
      this.#token();
      if (this.tok === Tok.If) this.#ifStatement('alternative');
      else this.#block('alternative');
    }
    this.#finish(mark, start, 'if_statement', field);
  }

  /** `for { … }`, `for cond`, `for init; cond; post` or `for … range x`. */
  #forStatement(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    const noLiteral = this.noLiteral;
    this.noLiteral = true;
    if (this.tok !== Tok.LBrace) {
      const headMark = this.sp;
      const headStart = this.tokStart;
      const kind = this.tok === Tok.Semicolon ? undefined : this.#simpleStatement(true);
      if (this.tok === Tok.Semicolon) {
        if (kind === Simple.Expression) {
          this.#finish(headMark, headStart, 'expression_statement', undefined);
        } else if (kind !== undefined && kind !== Simple.Statement) {
          this.fail('bad for initializer');
        }
        if (kind !== undefined) this.#relabel(headMark, 'initializer');
        this.#token();
        if (this.tok !== Tok.Semicolon) this.#expr('condition');
        this.#expect(Tok.Semicolon);
        if (this.tok !== Tok.LBrace) {
          const postMark = this.sp;
          const postStart = this.tokStart;
          const post = this.#simpleStatement(false);
          if (post === Simple.Expression)
            this.#finish(postMark, postStart, 'expression_statement', undefined);
          else if (post !== Simple.Statement) this.fail('bad for update');
          this.#relabel(postMark, 'update');
        }
        this.#finish(headMark, headStart, 'for_clause', undefined);
      } else if (kind !== Simple.Expression && kind !== Simple.Range) {
        this.fail('bad for header');
      }
    }
    this.noLiteral = noLiteral;
    this.#block('body');
    this.#finish(mark, start, 'for_statement', undefined);
  }

  /**
   * An expression or type switch. The header is read as an expression switch's; meeting a
   * `.(type)` guard there, it is read again as a type switch's.
   */
  #switchStatement(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    const noLiteral = this.noLiteral;
    const guard = this.guard;
    let typeSwitch = false;
    if (this.tok !== Tok.LBrace) {
      const cp = this.checkpoint();
      this.noLiteral = true;
      this.guard = Guard.Detect;
      try {
        this.#expressionSwitchHeader();
      } catch (e) {
        if (e !== GUARD_FOUND) throw e;
        typeSwitch = true;
      }
      if (typeSwitch) {
        this.restore(cp);
        this.noLiteral = true;
        this.#typeSwitchHeader();
      }
    }
    this.noLiteral = noLiteral;
    this.guard = guard;
    this.#expect(Tok.LBrace);
    while (this.tok === Tok.Case || this.tok === Tok.Default) {
      const caseMark = this.sp;
      const caseStart = this.tokStart;
      let type = 'default_case';
      if (this.tok === Tok.Case) {
        this.#token();
        if (typeSwitch) {
          type = 'type_case';
          this.#type('type');
          while (this.tok === Tok.Comma) {
            this.#token('type');
            this.#type('type');
          }
        } else {
          type = 'expression_case';
          this.#expressionList('value');
        }
      } else {
        this.#token();
      }
      this.#expect(Tok.Colon);
      this.#caseBody();
      this.#finish(caseMark, caseStart, type, undefined);
    }
    this.#expect(Tok.RBrace);
    this.#finish(
      mark,
      start,
      typeSwitch ? 'type_switch_statement' : 'expression_switch_statement',
      undefined,
    );
  }

  /** The statements of a case clause, if any. */
  #caseBody(): void {
    const t = this.tok;
    if (t !== Tok.Case && t !== Tok.Default && t !== Tok.RBrace) this.#statementList();
  }

  /** `[initializer ;] [value]` of an expression switch (throws GUARD_FOUND for a type switch). */
  #expressionSwitchHeader(): void {
    const headMark = this.sp;
    const headStart = this.tokStart;
    const kind = this.#simpleStatement(false);
    if (this.tok === Tok.Semicolon) {
      if (kind === Simple.Expression)
        this.#finish(headMark, headStart, 'expression_statement', undefined);
      else if (kind !== Simple.Statement) this.fail('bad switch initializer');
      this.#relabel(headMark, 'initializer');
      this.#token();
      if (this.tok !== Tok.LBrace) {
        this.#expr('value');
        // `switch x := f(); y := x.(type)`: a type switch's alias after the initializer.
        if (this.tok === Tok.Define || this.tok === Tok.Comma) throw GUARD_FOUND;
      }
    } else {
      if (kind !== Simple.Expression) this.fail('bad switch value');
      this.#relabel(headMark, 'value');
    }
  }

  /** `[initializer ;] [alias :=] value.(type)`, the hidden `_type_switch_header`. */
  #typeSwitchHeader(): void {
    const cp = this.checkpoint();
    const headMark = this.sp;
    const headStart = this.tokStart;
    let initializer = false;
    this.guard = Guard.Detect;
    try {
      const kind = this.#simpleStatement(false);
      if (this.tok === Tok.Semicolon) {
        initializer = true;
        if (kind === Simple.Expression)
          this.#finish(headMark, headStart, 'expression_statement', undefined);
        else if (kind !== Simple.Statement) this.fail('bad switch initializer');
        this.#relabel(headMark, 'initializer');
        this.#token();
      }
    } catch (e) {
      if (e !== GUARD_FOUND) throw e;
    }
    if (!initializer) this.restore(cp);
    this.guard = Guard.Stop;
    this.noLiteral = true;
    const mark = this.sp;
    const start = this.tokStart;
    this.#expr();
    if (this.tok === Tok.Comma || this.tok === Tok.Define) {
      while (this.tok === Tok.Comma) {
        this.#token();
        this.#expr();
      }
      this.#finish(mark, start, 'expression_list', 'alias');
      this.#expect(Tok.Define);
      const valueMark = this.sp;
      this.#expr();
      this.#relabel(valueMark, 'value');
    } else {
      this.#relabel(mark, 'value');
    }
    this.#expect(Tok.Dot);
    this.#expect(Tok.LParen);
    this.#expect(Tok.Type);
    this.#expect(Tok.RParen);
    this.guard = Guard.None;
  }

  /** `select { case send/receive: … default: … }`. */
  #selectStatement(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#token();
    this.#expect(Tok.LBrace);
    while (this.tok === Tok.Case || this.tok === Tok.Default) {
      const caseMark = this.sp;
      const caseStart = this.tokStart;
      const isCase = this.tok === Tok.Case;
      this.#token();
      if (isCase) this.#communication();
      this.#expect(Tok.Colon);
      this.#caseBody();
      this.#finish(caseMark, caseStart, isCase ? 'communication_case' : 'default_case', undefined);
    }
    this.#expect(Tok.RBrace);
    this.#finish(mark, start, 'select_statement', undefined);
  }

  /** The send or receive statement of a `select` case. */
  #communication(): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#expr();
    let count = 1;
    while (this.tok === Tok.Comma) {
      this.#token();
      this.#expr();
      count++;
    }
    if (this.tok === Tok.Arrow && count === 1) {
      this.#relabel(mark, 'channel');
      this.#token();
      this.#expr('value');
      this.#finish(mark, start, 'send_statement', 'communication');
      return;
    }
    if (this.tok === Tok.Define || this.tok === Tok.Assign) {
      this.#finish(mark, start, 'expression_list', 'left');
      this.#token();
      this.#expr('right');
    } else if (count === 1) {
      this.#relabel(mark, 'right');
    } else {
      this.fail('bad communication');
    }
    this.#finish(mark, start, 'receive_statement', 'communication');
  }

  // ---- Expressions ---------------------------------------------------------------------

  /** Expressions separated by commas, as an `expression_list` filling `field`. */
  #expressionList(field: string | undefined): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#expr();
    while (this.tok === Tok.Comma) {
      this.#token();
      this.#expr();
    }
    this.#finish(mark, start, 'expression_list', field);
  }

  /** An expression filling `field`. */
  #expr(field?: string): void {
    const mark = this.sp;
    if (this.#binary(1, field) === Operand.TypeOnly) this.fail('type used as expression');
    if (field !== undefined) this.#relabel(mark, field);
  }

  /** Binary expressions of operators binding at least as tight as `minPrec` (left-associative). */
  #binary(minPrec: number, hint: string | undefined): number {
    const mark = this.sp;
    const start = this.tokStart;
    let kind = this.#unary(hint, false);
    for (;;) {
      const prec = BINARY_PRECEDENCE[this.tok] ?? 0;
      if (prec < minPrec || prec === 0) return kind;
      if (kind === Operand.TypeOnly) this.fail('type used as operand');
      this.#relabel(mark, 'left');
      this.#token('operator');
      const rightMark = this.sp;
      if (this.#binary(prec + 1, 'right') === Operand.TypeOnly) this.fail('type used as operand');
      this.#relabel(rightMark, 'right');
      const next = BINARY_PRECEDENCE[this.tok] ?? 0;
      this.#finish(mark, start, 'binary_expression', next >= minPrec && next > 0 ? 'left' : hint);
      kind = Operand.Expr;
    }
  }

  /**
   * A unary expression or primary. `*` before a type that is no expression (`*[]int`,
   * `*(*T)`) makes a pointer type; a conversion right after converts to that pointer type
   * (`*(*[4]byte)(p)` converts p to `*(*[4]byte)`), as tree-sitter-go reads it. `pointed`
   * says a `*` is before this operand, which then leaves such a conversion to it.
   */
  #unary(hint: string | undefined, pointed: boolean): number {
    switch (this.tok) {
      case Tok.Add:
      case Tok.Sub:
      case Tok.Not:
      case Tok.Xor:
      case Tok.Mul:
      case Tok.And:
      case Tok.Arrow: {
        const mark = this.sp;
        const start = this.tokStart;
        if (this.tok === Tok.Arrow && this.peek() === Tok.Chan) {
          this.#type(); // `<-chan T` in `(<-chan T)(c)`
          return Operand.TypeOnly;
        }
        const star = this.tok === Tok.Mul;
        const lastEnd = this.lastEnd;
        this.#token('operator');
        const operandMark = this.sp;
        if (this.#unary('operand', star) === Operand.TypeOnly) {
          if (!star) this.fail('type used as operand');
          this.#relabel(mark, undefined);
          this.#finish(mark, start, 'pointer_type', undefined);
          if (pointed || this.tok !== Tok.LParen) return Operand.TypeOnly;
          this.#conversion(mark, start);
          const t = this.tok;
          if (t === Tok.Dot || t === Tok.LBracket || t === Tok.LParen || t === Tok.LBrace) {
            this.fail('postfix after a conversion to a pointer type');
          }
          return Operand.Expr;
        }
        if (star && this.#at(operandMark).type === 'type_instantiation_expression') {
          // `*T[A, B]` also reads as an instantiation of the pointer type `*T`, which
          // tree-sitter-go prefers (the dynamic precedences tie).
          this.rewindTo(start, mark, lastEnd);
          this.#token();
          this.#typeName(undefined, false);
          this.#finish(mark, start, 'pointer_type', 'type');
          this.#instantiationArguments(mark, start);
          return Operand.Expr;
        }
        this.#relabel(operandMark, 'operand');
        this.#finish(mark, start, 'unary_expression', this.#guess(hint));
        return Operand.Expr;
      }
      default:
        return this.#primary(hint, pointed);
    }
  }

  /**
   * An operand and its selectors, indexes, slices, calls, assertions and literal bodies. With
   * `pointed`, a type operand is returned before a conversion (see `unary`).
   */
  #primary(hint: string | undefined, pointed: boolean): number {
    const mark = this.sp;
    const start = this.tokStart;
    const lastEnd = this.lastEnd;
    let kind = this.#operand(mark, start, hint);
    for (;;) {
      switch (this.tok) {
        case Tok.Dot: {
          if (kind === Operand.TypeOnly) this.fail('selector on a type');
          if (this.guard !== Guard.None && this.#atTypeGuard()) return kind;
          this.#relabel(mark, 'operand');
          this.#token();
          if (this.tok === Tok.LParen) {
            this.#token();
            const { noLiteral, guard } = this;
            this.noLiteral = false;
            this.guard = Guard.None;
            this.#type('type');
            this.noLiteral = noLiteral;
            this.guard = guard;
            this.#expect(Tok.RParen);
            this.#finish(mark, start, 'type_assertion_expression', this.#guess(hint));
            kind = Operand.Expr;
          } else {
            this.#ident('field_identifier', 'field');
            this.#finish(mark, start, 'selector_expression', this.#guess(hint));
            kind = kind === Operand.Name ? Operand.Qualified : Operand.Expr;
          }
          break;
        }
        case Tok.LBracket:
          if (kind === Operand.TypeOnly) this.fail('index on a type');
          if (kind === Operand.Name || kind === Operand.Qualified) {
            this.#nameAndBrackets(mark, start, lastEnd, kind);
          } else {
            this.#indexOrSlice(mark, start, hint);
          }
          kind = Operand.Expr;
          break;
        case Tok.LParen:
          if (kind === Operand.TypeOnly) {
            if (pointed) return kind;
            this.#conversion(mark, start, hint);
          } else {
            this.#relabel(mark, 'function');
            this.#argumentList(false);
            this.#finish(mark, start, 'call_expression', this.#guess(hint));
          }
          kind = Operand.Expr;
          break;
        case Tok.LBrace:
          if ((kind !== Operand.Name && kind !== Operand.Qualified) || this.noLiteral) return kind;
          this.rewindTo(start, mark, lastEnd);
          this.#typeName('type');
          this.#literalValue('body');
          this.#finish(mark, start, 'composite_literal', this.#guess(hint));
          kind = Operand.Expr;
          break;
        default:
          return kind;
      }
    }
  }

  /**
   * `X[A…]` where X is a name or `a.b` (at `mark`, the current token being `[`). tree-sitter-go
   * reads this both as an expression (an index) and as a generic type, and keeps the reading
   * of higher dynamic precedence (see `dynamicPrecedence`):
   *
   * - followed by `{` (outside an if/for/switch header): a composite literal of the generic type;
   * - followed by `(`: a conversion to the generic type (one argument) or a call with type
   *   arguments, against a call of the index expression; ties go to the conversion, then to
   *   the index;
   * - otherwise a `type_instantiation_expression` against the index; ties go to the former.
   */
  #nameAndBrackets(mark: number, start: number, lastEnd: number, kind: number): void {
    const typeScore = this.#firstBrackets(mark, start, lastEnd, kind);
    if (typeScore !== undefined && this.tok === Tok.LBracket) {
      this.#secondBrackets(mark, start, lastEnd, typeScore);
    }
  }

  /**
   * `X[A][B]` where `X[A]` (at `mark`) was read as an expression though it can also be a
   * generic type, of dynamic precedence `typeScore`: `[B]` then indexes it, or makes a
   * `type_instantiation_expression` of the generic type, whichever scores higher (ties go to
   * the instantiation). A call right after is left to tree-sitter where readings compete.
   */
  #secondBrackets(mark: number, start: number, lastEnd: number, typeScore: number): void {
    const { noLiteral, guard } = this;
    const firstScore = dynamicPrecedence(this.#at(mark));
    const cp = this.checkpoint();
    const first = this.stack.slice(mark, this.sp);
    let exprScore: number | undefined;
    try {
      this.#indexOrSlice(mark, start);
      exprScore = dynamicPrecedence(this.#at(mark));
    } catch (e) {
      if (e !== PARSE_FAILED) throw e;
    }
    const exprFollow = this.tok;
    this.noLiteral = noLiteral;
    this.guard = guard;
    let instScore: number | undefined;
    this.rewindTo(start, mark, lastEnd);
    try {
      this.#typeName('type');
      instScore = dynamicPrecedence(this.#instantiationArguments(mark, start));
    } catch (e) {
      if (e !== PARSE_FAILED) throw e;
    }
    this.noLiteral = noLiteral;
    this.guard = guard;
    if (instScore !== undefined && (exprScore === undefined || instScore >= exprScore)) {
      if (this.tok === Tok.LParen && exprScore !== undefined) this.fail('call after X[A][B]');
      return;
    }
    if (exprScore === undefined) this.fail('no reading of brackets');
    if (exprFollow === Tok.LParen && instScore !== undefined) {
      // f(…) of X[A][B] might take [B] as type arguments (score firstScore + 2 + T(B)).
      const callWithTypeArguments = firstScore + 2 + (instScore + 1 - typeScore);
      if (callWithTypeArguments > exprScore) this.fail('type arguments after an index');
    }
    this.restore(cp);
    for (const [i, node] of first.entries()) this.stack[mark + i] = node;
    this.#indexOrSlice(mark, start);
  }

  /**
   * `[T, …]` after the type at `mark`: a `type_instantiation_expression` (types only, no
   * fields). Returns the node.
   */
  #instantiationArguments(mark: number, start: number): GoNode {
    this.#expect(Tok.LBracket);
    for (;;) {
      this.#type();
      if (this.tok !== Tok.Comma) break;
      this.#token();
      if (this.tok === Tok.RBracket) break;
    }
    this.#expect(Tok.RBracket);
    return this.#finish(mark, start, 'type_instantiation_expression', undefined);
  }

  /**
   * The first brackets of `X[…]` (see `nameAndBrackets`). Returns the score of `X[A]` as a
   * generic type if it was read as an expression but could be that type, else undefined.
   */
  #firstBrackets(mark: number, start: number, lastEnd: number, kind: number): number | undefined {
    const { noLiteral, guard } = this;
    const afterBracket = this.peek();
    let typeScore: number | undefined;
    let instantiable = false;
    let follow: number = Tok.EOF;
    if (startsType(afterBracket) || afterBracket === Tok.Tilde) {
      this.rewindTo(start, mark, lastEnd);
      try {
        this.#typeName();
        const args = this.#at(mark).children.find((c) => c.type === 'type_arguments');
        if (args !== undefined) {
          typeScore = dynamicPrecedence(args);
          instantiable = args.children.every(
            (c) => c.type !== 'type_elem' || c.children.length === 1,
          );
          follow = this.tok;
        }
      } catch (e) {
        if (e !== PARSE_FAILED) throw e;
      }
      this.noLiteral = noLiteral;
      this.guard = guard;
      if (typeScore !== undefined && follow === Tok.LBrace && !noLiteral) {
        this.#relabel(mark, 'type');
        this.#literalValue('body');
        this.#finish(mark, start, 'composite_literal', undefined);
        return;
      }
      this.rewindTo(start, mark, lastEnd);
      this.#nameExpression(kind);
    }
    let exprScore: number | undefined;
    if (typeScore === undefined) {
      this.#indexOrSlice(mark, start);
      return undefined;
    }
    try {
      this.#indexOrSlice(mark, start);
      exprScore = dynamicPrecedence(this.#at(mark));
    } catch (e) {
      if (e !== PARSE_FAILED) throw e;
    }
    this.noLiteral = noLiteral;
    this.guard = guard;
    if (follow === Tok.LParen) {
      if (exprScore !== undefined && exprScore > typeScore) return undefined;
      // The conversion T[A](x) if there is one argument; else the call f[A](x, y) unless the
      // index reading scores the same.
      this.rewindTo(start, mark, lastEnd);
      this.#typeName();
      const cp = this.checkpoint();
      try {
        this.#conversion(mark, start);
        return undefined;
      } catch (e) {
        if (e !== PARSE_FAILED) throw e;
      }
      this.restore(cp);
      this.rewindTo(start, mark, lastEnd);
      this.#nameExpression(kind);
      if (exprScore === typeScore) {
        this.#indexOrSlice(mark, start);
        return undefined;
      }
      this.#relabel(mark, 'function');
      this.#typeArguments();
      this.#argumentList(false);
      this.#finish(mark, start, 'call_expression', undefined);
      return undefined;
    }
    const instantiationScore = typeScore - 2 - 1 + (kind === Operand.Name ? -1 : 0);
    if (!instantiable || (exprScore !== undefined && exprScore > instantiationScore)) {
      if (exprScore === undefined) this.fail('no reading of brackets');
      return typeScore + 1;
    }
    this.rewindTo(start, mark, lastEnd);
    this.#typeName('type', false);
    this.#instantiationArguments(mark, start);
    return typeScore + 1;
  }

  /** Reads again the name or `a.b` selector a primary began with (see `Operand`). */
  #nameExpression(kind: number): void {
    const mark = this.sp;
    const start = this.tokStart;
    this.#leaf('identifier');
    if (kind === Operand.Qualified) {
      this.#relabel(mark, 'operand');
      this.#token();
      this.#ident('field_identifier', 'field');
      this.#finish(mark, start, 'selector_expression', undefined);
    }
  }

  /** Whether `.(type)` follows (the current token is the `.`). */
  #atTypeGuard(): boolean {
    const cp = this.checkpoint();
    this.next();
    let found = false;
    if (this.tok === Tok.LParen) {
      this.next();
      found = this.tok === Tok.Type;
    }
    this.restore(cp);
    if (found && this.guard === Guard.Detect) throw GUARD_FOUND;
    return found;
  }

  /** `T(x)` or `T(x,)` where the type T is at `mark`: a `type_conversion_expression`. */
  #conversion(mark: number, start: number, hint?: string): void {
    const { noLiteral, guard } = this;
    this.noLiteral = false;
    this.guard = Guard.None;
    this.#relabel(mark, 'type');
    this.#token();
    this.#expr('operand');
    if (this.tok === Tok.Comma) this.#token();
    this.#expect(Tok.RParen);
    this.noLiteral = noLiteral;
    this.guard = guard;
    this.#finish(mark, start, 'type_conversion_expression', this.#guess(hint));
  }

  /** `x[i]`, `x[i:j]` or `x[i:j:k]`, x being at `mark`. */
  #indexOrSlice(mark: number, start: number, hint?: string): void {
    const { noLiteral, guard } = this;
    this.noLiteral = false;
    this.guard = Guard.None;
    this.#relabel(mark, 'operand');
    this.#token();
    let slice = true;
    if (this.tok !== Tok.Colon) {
      const indexMark = this.sp;
      this.#expr();
      if (this.tok === Tok.RBracket) {
        this.#relabel(indexMark, 'index');
        slice = false;
      } else {
        this.#relabel(indexMark, 'start');
      }
    }
    if (slice) {
      this.#expect(Tok.Colon);
      if (this.tok !== Tok.RBracket && this.tok !== Tok.Colon) this.#expr('end');
      if (this.tok === Tok.Colon) {
        this.#token();
        this.#expr('capacity');
      }
    }
    this.#expect(Tok.RBracket);
    this.noLiteral = noLiteral;
    this.guard = guard;
    this.#finish(mark, start, slice ? 'slice_expression' : 'index_expression', this.#guess(hint));
  }

  /**
   * `(args)` of a call, as an `argument_list` filling `arguments`. With `special` (`new` and
   * `make`), the first argument is a type.
   */
  #argumentList(special: boolean): void {
    const mark = this.sp;
    const start = this.tokStart;
    const { noLiteral, guard } = this;
    this.noLiteral = false;
    this.guard = Guard.None;
    this.#token();
    let first = true;
    while (this.tok !== Tok.RParen) {
      if (first && special) {
        this.#type();
      } else {
        const argMark = this.sp;
        const argStart = this.tokStart;
        this.#expr();
        if (this.tok === Tok.Ellipsis && !special) {
          this.#token();
          this.#finish(argMark, argStart, 'variadic_argument', undefined);
        }
      }
      first = false;
      if (this.tok !== Tok.Comma) break;
      this.#token();
    }
    this.#expect(Tok.RParen);
    this.noLiteral = noLiteral;
    this.guard = guard;
    this.#finish(mark, start, 'argument_list', 'arguments');
  }

  /** The operand of a primary expression, built at `mark`. Returns its Operand kind. */
  #operand(mark: number, start: number, hint: string | undefined): number {
    switch (this.tok) {
      case Tok.Ident:
        switch (this.word) {
          case Word.Nil:
            this.#guessedLeaf('nil', hint);
            return Operand.Expr;
          case Word.True:
            this.#guessedLeaf('true', hint);
            return Operand.Expr;
          case Word.False:
            this.#guessedLeaf('false', hint);
            return Operand.Expr;
          case Word.Iota:
            this.#guessedLeaf('iota', hint);
            return Operand.Expr;
          case Word.New:
          case Word.Make:
            this.#guessedLeaf('identifier', hint);
            if (this.tok !== Tok.LParen) return Operand.Expr;
            this.#relabel(mark, 'function');
            this.#argumentList(true);
            this.#finish(mark, start, 'call_expression', undefined);
            return Operand.Expr;
          default:
            this.#guessedLeaf('identifier', hint);
            return Operand.Name;
        }
      case Tok.Int:
        this.#guessedLeaf('int_literal', hint);
        return Operand.Expr;
      case Tok.Float:
        this.#guessedLeaf('float_literal', hint);
        return Operand.Expr;
      case Tok.Imaginary:
        this.#guessedLeaf('imaginary_literal', hint);
        return Operand.Expr;
      case Tok.Rune:
        this.#guessedLeaf('rune_literal', hint);
        return Operand.Expr;
      case Tok.String:
      case Tok.RawString:
        this.#stringLiteral(undefined);
        return Operand.Expr;
      case Tok.LParen:
        return this.#parenthesized(mark, start, hint, true);
      case Tok.Func:
        this.#token();
        this.#parameterList('parameters');
        this.#result();
        if (this.tok !== Tok.LBrace) {
          this.#finish(mark, start, 'function_type', undefined);
          return Operand.TypeOnly;
        }
        this.#block('body');
        this.#finish(mark, start, 'func_literal', undefined);
        return Operand.Expr;
      case Tok.LBracket:
      case Tok.Map:
      case Tok.Struct: {
        this.#type(undefined, true);
        if (this.tok === Tok.LBrace) {
          this.#relabel(mark, 'type');
          this.#literalValue('body');
          this.#finish(mark, start, 'composite_literal', undefined);
          return Operand.Expr;
        }
        if (this.#at(mark).type === 'implicit_length_array_type')
          this.fail('[...]T without literal');
        return Operand.TypeOnly;
      }
      case Tok.Interface:
      case Tok.Chan:
        this.#type();
        return Operand.TypeOnly;
      default:
        return this.fail('expected expression');
    }
  }

  /**
   * `(x)` or `(T)`. When `(E)(y)` reads both as a call of a parenthesized expression and as a
   * conversion to a parenthesized type, tree-sitter-go keeps the conversion unless the call
   * has the higher dynamic precedence (as for `(*T)(p)`, whose conversion scores -2 to 0).
   * With `conversionOk`, the conversion is built here when it wins (the primary goes on after it).
   */
  #parenthesized(
    mark: number,
    start: number,
    hint: string | undefined,
    conversionOk: boolean,
  ): number {
    const lastEnd = this.lastEnd;
    const { noLiteral, guard } = this;
    this.noLiteral = false;
    this.guard = Guard.None;
    this.#token();
    const inner = this.#binary(1, undefined);
    this.#expect(Tok.RParen);
    this.noLiteral = noLiteral;
    this.guard = guard;
    if (inner === Operand.TypeOnly) {
      this.#finish(mark, start, 'parenthesized_type', undefined);
      return Operand.TypeOnly;
    }
    const node = this.#finish(mark, start, 'parenthesized_expression', this.#guess(hint));
    if (conversionOk && this.tok === Tok.LParen) {
      const content = node.children.find((c) => c.named && c.type !== 'comment');
      const asType = content === undefined ? undefined : typeReadingScore(content);
      if (
        content !== undefined &&
        asType !== undefined &&
        asType - 1 >= dynamicPrecedence(content)
      ) {
        this.rewindTo(start, mark, lastEnd);
        try {
          this.#type();
          this.#conversion(mark, start, hint);
          return Operand.Expr;
        } catch (e) {
          if (e !== PARSE_FAILED) throw e;
        }
        this.noLiteral = noLiteral;
        this.guard = guard;
        this.rewindTo(start, mark, lastEnd);
        return this.#parenthesized(mark, start, hint, false);
      }
    }
    return Operand.Expr;
  }

  /** `{ elements }` of a composite literal (or a nested element). */
  #literalValue(field: string | undefined): void {
    const mark = this.sp;
    const start = this.tokStart;
    const { noLiteral, guard } = this;
    this.noLiteral = false;
    this.guard = Guard.None;
    this.#token();
    while (this.tok !== Tok.RBrace) {
      const elementMark = this.sp;
      const elementStart = this.tokStart;
      this.#literalElement(undefined);
      if (this.tok === Tok.Colon) {
        this.#relabel(elementMark, 'key');
        this.#token();
        this.#literalElement('value');
        this.#finish(elementMark, elementStart, 'keyed_element', undefined);
      }
      if (this.tok !== Tok.Comma) break;
      this.#token();
    }
    this.#expect(Tok.RBrace);
    this.noLiteral = noLiteral;
    this.guard = guard;
    this.#finish(mark, start, 'literal_value', field);
  }

  /** An element or key of a literal value: an expression or a nested `{ … }`. */
  #literalElement(field: string | undefined): void {
    const mark = this.sp;
    const start = this.tokStart;
    if (this.tok === Tok.LBrace) this.#literalValue(undefined);
    else this.#expr();
    this.#finish(mark, start, 'literal_element', field);
  }

  /** An interpreted or raw string literal with its parts. */
  #stringLiteral(field: string | undefined): void {
    const mark = this.sp;
    const start = this.tokStart;
    const end = this.tokEnd;
    if (this.tok === Tok.String) {
      this.stringParts(start, end);
      this.#skip();
      this.#finish(mark, start, 'interpreted_string_literal', field);
    } else if (this.tok === Tok.RawString) {
      const src = this.src;
      this.push(new GoNode(src, '`', false, undefined, start, start + 1, false));
      const content = 'raw_string_literal_content';
      this.push(new GoNode(src, content, true, undefined, start + 1, end - 1, false));
      this.push(new GoNode(src, '`', false, undefined, end - 1, end, false));
      this.#skip();
      this.#finish(mark, start, 'raw_string_literal', field);
    } else {
      this.fail('expected string');
    }
  }
}

/** Whether `tok` can start a type other than a parenthesized one (a result type). */
function startsSimpleType(tok: number): boolean {
  switch (tok) {
    case Tok.Ident:
    case Tok.Mul:
    case Tok.LBracket:
    case Tok.Map:
    case Tok.Chan:
    case Tok.Arrow:
    case Tok.Func:
    case Tok.Struct:
    case Tok.Interface:
      return true;
    default:
      return false;
  }
}

/** Whether `tok` can start a type. */
function startsType(tok: number): boolean {
  return tok === Tok.LParen || startsSimpleType(tok);
}

/**
 * The dynamic precedence tree-sitter-go gives the subtree `node` (the sum of `prec.dynamic`
 * over the rules it was built with), by which its GLR parser picks among readings.
 */
function dynamicPrecedence(node: GoNode): number {
  let score = 0;
  switch (node.type) {
    case 'index_expression':
    case 'generic_type':
      score = 1;
      break;
    case 'type_arguments':
      score = 2;
      break;
    case 'type_conversion_expression':
    case 'type_instantiation_expression':
      score = -1;
      break;
    case 'map_type':
      // prec.dynamic(3) applies where a map type is a `_simple_type`, not as a literal's type.
      score = node.parent?.type === 'composite_literal' && node.field === 'type' ? 0 : 3;
      break;
    case 'type_identifier':
      return namesTypeDirectly(node) ? 0 : -1;
  }
  for (const c of node.children) {
    if (c.named) score += dynamicPrecedence(c);
  }
  return score;
}

/**
 * Whether a `type_identifier` stands where the grammar takes a type name directly, rather
 * than as a `_simple_type` (which has dynamic precedence -1).
 */
function namesTypeDirectly(node: GoNode): boolean {
  switch (node.parent?.type) {
    case 'generic_type':
    case 'composite_literal':
      return node.field === 'type';
    case 'qualified_type':
      return true;
    default:
      return false;
  }
}

/**
 * The dynamic precedence the expression `node` would have read as a type (an identifier as a
 * type name, `a.b` as a qualified type, `*x` as a pointer type, `x[i]` as a generic type), or
 * undefined if it cannot be read as one.
 */
function typeReadingScore(node: GoNode): number | undefined {
  const named = node.children.filter((c) => c.named && c.type !== 'comment');
  switch (node.type) {
    case 'identifier':
      return -1;
    case 'selector_expression':
      return named[0]?.type === 'identifier' ? 0 : undefined;
    case 'unary_expression':
      return node.children.some((c) => c.type === '*') && named[0] !== undefined
        ? typeReadingScore(named[0])
        : undefined;
    case 'parenthesized_expression':
      return named[0] === undefined ? undefined : typeReadingScore(named[0]);
    case 'index_expression': {
      const [operand, index] = named;
      if (operand === undefined || index === undefined) return undefined;
      if (typeReadingScore(operand) === undefined || operand.type === 'unary_expression') {
        return undefined;
      }
      const arg = typeReadingScore(index);
      return arg === undefined ? undefined : 3 + arg;
    }
    case 'type_instantiation_expression': {
      let score = 3;
      for (const c of named) if (c.field !== 'type') score += dynamicPrecedence(c);
      return score;
    }
    default:
      return undefined;
  }
}

/**
 * Whether `type T[P *C] …` or `type T[P (C)] …` (one name, a constraint starting with `*` or
 * `(`, no trailing comma): Go and tree-sitter-go read these as array lengths (`P * C`). The
 * array reading is left to tree-sitter.
 */
function ambiguousTypeParameters(list: GoNode): boolean {
  const declarations = list.children.filter((c) => c.type === 'type_parameter_declaration');
  const only = declarations[0];
  if (
    declarations.length !== 1 ||
    only === undefined ||
    list.children.some((c) => c.type === ',')
  ) {
    return false;
  }
  if (only.fieldChildren('name').length !== 1) return false;
  const first = only.child('type')?.children[0]?.type;
  return first === 'pointer_type' || first === 'parenthesized_type';
}

/** Whether a parameter list entry `x <tok>` must be a name and its type (not a type alone). */
function startsNamedParameter(tok: number): boolean {
  switch (tok) {
    case Tok.Ident:
    case Tok.Mul:
    case Tok.Ellipsis:
    case Tok.Func:
    case Tok.Map:
    case Tok.Chan:
    case Tok.Struct:
    case Tok.Interface:
    case Tok.Arrow:
      return true;
    default:
      return false;
  }
}
