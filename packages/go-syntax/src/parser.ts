import { Language, Parser } from 'web-tree-sitter';
import type { Tree } from 'web-tree-sitter';
import { parseGoFast } from './fast-parse.ts';
import { toGoNode, withoutField } from './go-node.ts';
import type { GoNode } from './go-node.ts';
import { findBuildConstraint } from './go-version.ts';
import { LineIndex } from './line-index.ts';
import type { SourcePosition } from './line-index.ts';
import { collectSyntaxProblems } from './syntax-errors.ts';

/** Where the two WebAssembly modules come from: file paths in Node, URLs or bytes in a browser. */
export interface GrammarSource {
  /** tree-sitter-go's grammar (`tree-sitter-go/tree-sitter-go.wasm`). */
  readonly goGrammar: string | Uint8Array;
  /** web-tree-sitter's runtime (`web-tree-sitter/web-tree-sitter.wasm`); its default location when absent. */
  readonly runtime?: string | undefined;
}

/** A syntax error with its Go-style position. */
export interface SyntaxError {
  readonly file: string;
  readonly position: SourcePosition;
  readonly message: string;
}

/** ABI versions this web-tree-sitter accepts (Parser's MIN_COMPATIBLE_VERSION..LANGUAGE_VERSION). */
const MIN_ABI = 13;
const MAX_ABI = 15;

/** Parses Go source files. One parser serves any number of files, one at a time. */
export class GoParser {
  readonly #parser: Parser;

  private constructor(parser: Parser) {
    this.#parser = parser;
  }

  /** Loads the runtime and the grammar. Fails clearly if the grammar's ABI does not fit the runtime. */
  static async create(source: GrammarSource): Promise<GoParser> {
    const runtime = source.runtime;
    await Parser.init(runtime === undefined ? undefined : { locateFile: () => runtime });
    const language = await Language.load(source.goGrammar);
    if (language.abiVersion < MIN_ABI || language.abiVersion > MAX_ABI) {
      throw new Error(
        `tree-sitter-go grammar has ABI ${language.abiVersion}; web-tree-sitter accepts ${MIN_ABI}..${MAX_ABI}`,
      );
    }
    const parser = new Parser();
    parser.setLanguage(language);
    return new GoParser(parser);
  }

  /**
   * Parses one file: with mapscope's own parser (fast-parse.ts), which gives tree-sitter-go's
   * tree for the files it accepts, else with tree-sitter, whose error recovery reports syntax
   * errors as the Go compiler phrases them.
   */
  parse(path: string, source: string): ParsedFile {
    const tree = parseGoFast(source);
    return tree === undefined
      ? this.parseWithTreeSitter(path, source)
      : new ParsedFile(path, source, tree, false);
  }

  /** Parses one file with tree-sitter alone (the reference the fast parser is checked against). */
  parseWithTreeSitter(path: string, source: string): ParsedFile {
    const tree = this.#retryNewExpr(path, source, this.#parse(path, source));
    try {
      const hasError = tree.rootNode.hasError;
      return new ParsedFile(path, source, toGoNode(tree.rootNode, source, hasError), hasError);
    } finally {
      tree.delete();
    }
  }

  /** See NEW_CALLS: reparse with the failing `new(` calls renamed, if that parses better. */
  #retryNewExpr(path: string, source: string, tree: Tree): Tree {
    if (!tree.rootNode.hasError || !source.includes('new')) {
      return tree;
    }
    const errors = tree.rootNode
      .descendantsOfType('ERROR')
      .map((n): [number, number] => [n.startIndex, n.endIndex]);
    const renamed = renameFailingNewCalls(source, errors);
    if (renamed === source) {
      return tree;
    }
    const retry = this.#parse(path, renamed);
    if (retry.rootNode.descendantsOfType('ERROR').length < errors.length) {
      tree.delete();
      return retry;
    }
    retry.delete();
    return tree;
  }

  #parse(path: string, source: string): Tree {
    const tree = this.#parser.parse(source);
    if (tree === null) {
      throw new Error(`tree-sitter returned no tree for ${path}`);
    }
    return tree;
  }

  /** Frees the parser. */
  dispose(): void {
    this.#parser.delete();
  }
}

/**
 * tree-sitter-go 0.25 parses `new(...)` with a rule that admits only a type, so Go 1.26's
 * `new(expr)` (`new(uint64(1))`) is a syntax error to it. Each `new(` call that holds an
 * error is renamed `n_w(`, an ordinary call whose arguments are expressions, and the file is
 * parsed again. The rename keeps every offset, and the GoNodes read their text from the
 * original source, so the call's function is still `new`; only its argument list's shape
 * (expressions, not one type) tells the two forms apart.
 */
const NEW_CALLS = /\bnew(?=\s*\()/g;

function renameFailingNewCalls(source: string, errors: readonly [number, number][]): string {
  let out = source;
  for (const m of source.matchAll(NEW_CALLS)) {
    const open = source.indexOf('(', m.index);
    const close = matchingParen(source, open);
    if (errors.some(([start, end]) => start <= close && end >= m.index)) {
      out = `${out.slice(0, m.index)}n_w${out.slice(m.index + 3)}`;
    }
  }
  return out;
}

/** The offset of the `)` closing the `(` at `open` (string and rune literals skipped). */
function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '`') {
      const end = source.indexOf('`', i + 1);
      i = end < 0 ? source.length : end;
    } else if (c === '"' || c === "'") {
      for (i++; i < source.length && source[i] !== c && source[i] !== '\n'; i++) {
        if (source[i] === '\\') {
          i++;
        }
      }
    } else if (c === '(') {
      depth++;
    } else if (c === ')' && --depth === 0) {
      return i;
    }
  }
  return source.length;
}

/** One parsed Go source file, held as plain GoNodes (no WebAssembly memory). */
export class ParsedFile {
  readonly path: string;
  readonly source: string;
  readonly lines: LineIndex;
  /** The whole file: a `source_file` node. */
  readonly tree: GoNode;
  readonly #hasError: boolean;
  #syntaxErrors: SyntaxError[] | undefined;
  #topLevelNodes: GoNode[] | undefined;
  #comments: GoNode[] | undefined;
  #packageName: { readonly name: string | undefined } | undefined;

  /** A file whose tree is `tree`; `hasError` says it holds ERROR or missing nodes. */
  constructor(path: string, source: string, tree: GoNode, hasError: boolean) {
    this.path = path;
    this.source = source;
    this.lines = new LineIndex(source);
    this.tree = tree;
    this.#hasError = hasError;
  }

  /** Whether the tree holds ERROR or missing nodes (syntaxErrors says where and what). */
  get hasError(): boolean {
    return this.#hasError;
  }

  /** The root's named children (package clause, imports, declarations, comments). */
  get topLevelNodes(): readonly GoNode[] {
    this.#topLevelNodes ??= this.tree.children.filter((c) => c.named);
    return this.#topLevelNodes;
  }

  /** Every comment of the file, in source order. */
  get comments(): readonly GoNode[] {
    if (this.#comments === undefined) {
      const found: GoNode[] = [];
      this.tree.walk((n) => {
        if (n.type === 'comment') {
          found.push(n);
        }
        return true;
      });
      this.#comments = found;
    }
    return this.#comments;
  }

  /** Whether the UTF-16 offset falls inside a comment (not a string that looks like one). */
  inComment(offset: number): boolean {
    return this.comments.some((c) => c.start <= offset && offset < c.end);
  }

  /** The `//go:build` expression before the package clause, if any. */
  get buildConstraint(): string | undefined {
    return findBuildConstraint(this.source);
  }

  /** The package clause's name, or undefined when the file has none. */
  get packageName(): string | undefined {
    if (this.#packageName === undefined) {
      const clause = this.topLevelNodes.find((c) => c.type === 'package_clause');
      const name = clause?.namedChildren[0];
      this.#packageName = { name: name?.text };
    }
    return this.#packageName.name;
  }

  /** Syntax errors, in source order; empty for a file that parses. */
  get syntaxErrors(): readonly SyntaxError[] {
    this.#syntaxErrors ??= this.#hasError
      ? collectSyntaxProblems(this.tree, this.source).map((p) => ({
          file: this.path,
          position: this.lines.position(p.offset),
          message: p.message,
        }))
      : [];
    return this.#syntaxErrors;
  }

  /**
   * The file's top-level nodes (package clause, imports, declarations; no comments); the
   * functions and methods `withBody` says no to are given as copies without their bodies (a
   * type checker reading only some bodies reads less of the tree).
   */
  topLevel(withBody: (start: number) => boolean = () => true): GoNode[] {
    return this.topLevelNodes.flatMap((c) => {
      if (c.type === 'comment') {
        return [];
      }
      const func = c.type === 'function_declaration' || c.type === 'method_declaration';
      return [func && !withBody(c.start) ? withoutField(c, 'body') : c];
    });
  }

  /** A node's text (as `node.text`: the source as written, see NEW_CALLS). */
  text(node: GoNode): string {
    return this.source.slice(node.start, node.end);
  }

  /** The Go-style position of a UTF-16 offset. */
  position(offset: number): SourcePosition {
    return this.lines.position(offset);
  }
}
