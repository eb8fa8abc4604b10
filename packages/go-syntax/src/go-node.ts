import type { Language, Node as TsNode } from 'web-tree-sitter';

/** The children of every leaf (frozen: nothing may add to it). */
const NO_CHILDREN: readonly GoNode[] = Object.freeze([]);

/**
 * A node of a Go syntax tree, shaped as tree-sitter-go shapes it (its node types and fields),
 * in plain JavaScript: fast-parse.ts builds these directly, `toGoNode` copies a tree-sitter
 * tree into them (see docs/decisions.md).
 */
export class GoNode {
  /** The grammar's node type (`index_expression`), or the token itself for anonymous nodes (`:=`). */
  readonly type: string;
  /** Whether the grammar names this node (false for punctuation and keywords). */
  readonly named: boolean;
  /** The field this node fills in its parent (`operand`, `left`), if any. */
  readonly field: string | undefined;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset one past the last character. */
  readonly end: number;
  /** True for a node tree-sitter inserted to recover from a syntax error. */
  readonly missing: boolean;
  /** The child nodes in source order, tokens and comments included. */
  readonly children: readonly GoNode[];
  parent: GoNode | undefined;
  readonly #source: string;
  /** `namedChildren`, once asked for (analyses ask for it again and again). */
  #named: readonly GoNode[] | undefined;

  /**
   * A node over `source[start, end)`. `children` is taken as is (not copied); leaves share
   * one empty array, since most nodes of a tree are leaves.
   */
  constructor(
    source: string,
    type: string,
    named: boolean,
    field: string | undefined,
    start: number,
    end: number,
    missing: boolean,
    children: readonly GoNode[] = NO_CHILDREN,
  ) {
    this.#source = source;
    this.type = type;
    this.named = named;
    this.field = field;
    this.start = start;
    this.end = end;
    this.missing = missing;
    this.children = children;
    this.parent = undefined;
    this.#named = undefined;
  }

  /** The whole text of the file the node is in (which file a node belongs to). */
  get fileText(): string {
    return this.#source;
  }

  /** The source text the node covers. */
  get text(): string {
    return this.#source.slice(this.start, this.end);
  }

  /* eslint-disable @typescript-eslint/prefer-for-of --
   * Indexed loops in these lookups: they run for nearly every node the analyses visit, and
   * a for-of iterator is an allocation wherever V8 does not optimize it away (a tenth of what
   * vet allocates on Go's tree went to iterator results, BENCHMARKS.md). */

  /** The first child filling `field`. */
  child(field: string): GoNode | undefined {
    const children = this.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c?.field === field) {
        return c;
      }
    }
    return undefined;
  }

  /** Every child filling `field`, in order. */
  fieldChildren(field: string): GoNode[] {
    const out: GoNode[] = [];
    const children = this.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c?.field === field) {
        out.push(c);
      }
    }
    return out;
  }

  /** Named children, skipping punctuation, keywords and comments (computed once). */
  get namedChildren(): readonly GoNode[] {
    if (this.#named !== undefined) {
      return this.#named;
    }
    const children = this.children;
    if (children.length === 0) {
      return NO_CHILDREN; // not kept: toGoNode fills a node's children after making it
    }
    const out: GoNode[] = [];
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c?.named === true && c.type !== 'comment') {
        out.push(c);
      }
    }
    this.#named = out;
    return out;
  }

  /** Whether an anonymous token child such as `:=` or `&` is present. */
  hasToken(token: string): boolean {
    const children = this.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c?.named === false && c.type === token) {
        return true;
      }
    }
    return false;
  }

  /* eslint-enable @typescript-eslint/prefer-for-of */

  /** The nearest ancestor (not this node) whose type is one of `types`. */
  ancestor(...types: string[]): GoNode | undefined {
    for (let n = this.parent; n !== undefined; n = n.parent) {
      if (types.includes(n.type)) {
        return n;
      }
    }
    return undefined;
  }

  /** Whether `other` lies inside this node (or is it). */
  contains(other: GoNode): boolean {
    return other.start >= this.start && other.end <= this.end;
  }

  /** Depth-first pre-order visit; return false from `visit` to skip a node's children. */
  walk(visit: (node: GoNode) => boolean | undefined): void {
    const stack: GoNode[] = [this];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (visit(node) === false) {
        continue;
      }
      for (let i = node.children.length - 1; i >= 0; i--) {
        const c = node.children[i];
        if (c !== undefined) {
          stack.push(c);
        }
      }
    }
  }
}

/** Per-language lookup tables, so conversion does not ask WebAssembly for names. */
interface GrammarTables {
  readonly types: (string | undefined)[];
  readonly named: boolean[];
  readonly fields: (string | undefined)[];
}

const tablesByLanguage = new WeakMap<Language, GrammarTables>();

function grammarTables(language: Language): GrammarTables {
  let tables = tablesByLanguage.get(language);
  if (tables === undefined) {
    const types: (string | undefined)[] = [];
    const named: boolean[] = [];
    for (let id = 0; id < language.nodeTypeCount; id++) {
      types.push(language.nodeTypeForId(id) ?? undefined);
      named.push(language.nodeTypeIsNamed(id));
    }
    const fields: (string | undefined)[] = [undefined];
    for (let id = 1; id <= language.fieldCount; id++) {
      fields.push(language.fieldNameForId(id) ?? undefined);
    }
    tables = { types, named, fields };
    tablesByLanguage.set(language, tables);
  }
  return tables;
}

/**
 * Copies the subtree under `root` into GoNodes. Walks with one tree cursor, which is the
 * cheapest way through web-tree-sitter (a handful of WebAssembly calls per node).
 */
export function toGoNode(root: TsNode, source: string, withErrors: boolean): GoNode {
  const tables = grammarTables(root.tree.language);
  const cursor = root.walk();
  try {
    const make = (parent: GoNode | undefined, children: GoNode[]): GoNode => {
      const typeId = cursor.nodeTypeId;
      const node = new GoNode(
        source,
        tables.types[typeId] ?? 'ERROR',
        tables.named[typeId] ?? true,
        parent === undefined ? undefined : tables.fields[cursor.currentFieldId],
        cursor.startIndex,
        cursor.endIndex,
        withErrors && cursor.nodeIsMissing,
        children,
      );
      node.parent = parent;
      return node;
    };
    // `children` is the array the current node's children go into; `outer` holds those of
    // its ancestors, to go back to on the way up.
    let children: GoNode[] = [];
    const top = make(undefined, children);
    let current = top;
    if (!cursor.gotoFirstChild()) {
      return top;
    }
    const outer: GoNode[][] = [];
    for (;;) {
      const own: GoNode[] = [];
      const node = make(current, own);
      children.push(node);
      if (cursor.gotoFirstChild()) {
        outer.push(children);
        children = own;
        current = node;
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent() || current === top) {
          return top;
        }
        current = current.parent ?? top;
        children = outer.pop() ?? [];
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * A shallow copy of `node` without the children filling `field` (a function declaration
 * without its `body`). The copy has no parent; the children it keeps are shared, and their
 * `parent` is still `node`.
 */
export function withoutField(node: GoNode, field: string): GoNode {
  return new GoNode(
    node.fileText,
    node.type,
    node.named,
    node.field,
    node.start,
    node.end,
    node.missing,
    node.children.filter((c) => c.field !== field),
  );
}
