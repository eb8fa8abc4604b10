import { Language, Parser, Query } from 'web-tree-sitter';
import type { Node as TsNode, QueryCapture, Tree } from 'web-tree-sitter';
import { toGoNode } from './go-node.ts';
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
  readonly #language: Language;
  readonly #queries = new Map<string, Query>();

  private constructor(parser: Parser, language: Language) {
    this.#parser = parser;
    this.#language = language;
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
    return new GoParser(parser, language);
  }

  /** Parses one file. The result holds WebAssembly memory: call `dispose()` when done with it. */
  parse(path: string, source: string): ParsedFile {
    const tree = this.#parse(path, source);
    return new ParsedFile(path, source, this.#retryNewExpr(path, source, tree));
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

  /**
   * A compiled tree-sitter query, cached by its text. Queries run inside WebAssembly, so
   * they find candidate nodes far faster than walking the tree from JavaScript.
   */
  query(text: string): Query {
    let q = this.#queries.get(text);
    if (q === undefined) {
      q = new Query(this.#language, text);
      this.#queries.set(text, q);
    }
    return q;
  }

  /** Frees the parser and its cached queries. */
  dispose(): void {
    for (const q of this.#queries.values()) {
      q.delete();
    }
    this.#queries.clear();
    this.#parser.delete();
  }
}

/**
 * tree-sitter-go 0.25 parses `new(...)` with a rule that admits only a type, so Go 1.26's
 * `new(expr)` (`new(uint64(1))`) is a syntax error to it. Each `new(` call that holds an
 * error is renamed `n_w(`, an ordinary call whose arguments are expressions, and the file is
 * parsed again. The rename keeps every offset, and node texts are read from the original
 * source (ParsedFile.text), so only query predicates on the name `new` see the difference,
 * at those calls only.
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

/** One parsed Go source file. */
export class ParsedFile {
  readonly path: string;
  readonly source: string;
  readonly lines: LineIndex;
  readonly #tree: Tree;
  #syntaxErrors: SyntaxError[] | undefined;
  #topLevelNodes: TsNode[] | undefined;
  #packageName: { readonly name: string | undefined } | undefined;

  constructor(path: string, source: string, tree: Tree) {
    this.path = path;
    this.source = source;
    this.lines = new LineIndex(source);
    this.#tree = tree;
  }

  /** The tree-sitter root node (valid until `dispose()`). */
  get root(): TsNode {
    return this.#tree.rootNode;
  }

  /**
   * The root's named children (package clause, imports, declarations, comments) as
   * tree-sitter nodes, read out of WebAssembly once (valid until `dispose()`).
   */
  get topLevelNodes(): readonly TsNode[] {
    this.#topLevelNodes ??= this.root.namedChildren;
    return this.#topLevelNodes;
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
      this.#packageName = { name: name === undefined ? undefined : this.text(name) };
    }
    return this.#packageName.name;
  }

  /** Syntax errors, in source order; empty for a file that parses. */
  get syntaxErrors(): readonly SyntaxError[] {
    if (this.#syntaxErrors === undefined) {
      this.#syntaxErrors = this.root.hasError
        ? collectSyntaxProblems(toGoNode(this.root, this.source, true), this.source).map((p) => ({
            file: this.path,
            position: this.lines.position(p.offset),
            message: p.message,
          }))
        : [];
    }
    return this.#syntaxErrors;
  }

  /**
   * Copies a subtree (default: the whole file) into plain GoNodes. A top-level declaration's
   * copy is made once and given to every caller (reading a tree out of WebAssembly is the
   * costly part); other subtrees are copied afresh.
   */
  toGoNode(node: TsNode = this.root): GoNode {
    const top = node.parent?.id === this.root.id;
    const have = top ? this.#top.get(node.startIndex) : undefined;
    if (have !== undefined) {
      return have;
    }
    const copy = toGoNode(node, this.source, this.root.hasError);
    if (top) {
      this.#top.set(node.startIndex, copy);
    }
    return copy;
  }

  /**
   * The file's top-level nodes (package clause, imports, declarations; no comments) as
   * GoNodes; the functions and methods `withBody` says no to without their bodies (copied
   * afresh, not kept: a type checker reading only some bodies reads less of the tree).
   */
  topLevel(withBody: (start: number) => boolean = () => true): GoNode[] {
    return this.topLevelNodes.flatMap((c) => {
      if (c.type === 'comment') {
        return [];
      }
      const func = c.type === 'function_declaration' || c.type === 'method_declaration';
      return [
        func && !withBody(c.startIndex)
          ? toGoNode(c, this.source, this.root.hasError, 'body')
          : this.toGoNode(c),
      ];
    });
  }

  readonly #top = new Map<number, GoNode>();

  /** Runs a query over the file (or a subtree). */
  captures(query: Query, node: TsNode = this.root): QueryCapture[] {
    return query.captures(node);
  }

  /**
   * A tree-sitter node's text, read from the source as written (not `node.text`, which
   * reads what the grammar was given; see NEW_CALL).
   */
  text(node: TsNode): string {
    return this.source.slice(node.startIndex, node.endIndex);
  }

  /** The Go-style position of a UTF-16 offset. */
  position(offset: number): SourcePosition {
    return this.lines.position(offset);
  }

  /** Frees the tree's WebAssembly memory; the file's nodes are invalid afterwards. */
  dispose(): void {
    this.#tree.delete();
  }
}
