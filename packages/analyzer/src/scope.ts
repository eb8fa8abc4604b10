import type { GoNode } from '@mapscope/go-syntax';

/** What declared a name. */
export type BindingKind = 'var' | 'param' | 'result' | 'receiver' | 'const';

/** A local name and everything the analyzer knows of it from its declaration. */
export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  /** The declaring identifier. */
  readonly ident: GoNode;
  /** The declaring statement or spec (var_spec, short_var_declaration, parameter_declaration, …). */
  readonly decl: GoNode;
  /** The declared type, when spelled out. */
  readonly typeSyntax: GoNode | undefined;
  /** The initial value, when the declaration pairs names and values one to one. */
  readonly value: GoNode | undefined;
  /** For `k, v := range x`: the ranged expression and which of the two this is. */
  readonly rangeOf: { readonly expr: GoNode; readonly index: number } | undefined;
  /** The for statement whose clause declared this with `:=` (a loop variable). */
  readonly loop: GoNode | undefined;
  /** The function (declaration or literal) the name belongs to. */
  readonly func: GoNode;
  /** Every identifier that refers to it, in source order (the declaration excluded). */
  readonly uses: GoNode[];
}

interface Scope {
  readonly parent: Scope | undefined;
  readonly names: Map<string, Binding>;
}

const FUNCTIONS = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/** Node types `visit` handles itself: they open a scope or declare names. */
const SCOPED = new Set([
  ...FUNCTIONS,
  'block',
  'short_var_declaration',
  'var_spec',
  'const_spec',
  'for_statement',
  'if_statement',
  'expression_switch_statement',
  'expression_case',
  'default_case',
  'type_case',
  'type_switch_statement',
  'communication_case',
]);

/**
 * Resolves every identifier of a top-level declaration to its local binding, following Go's
 * block scoping: a variable's scope starts after its declaration (so `v := v` reads the outer
 * v), `:=` redeclares only names new to the current block, and if/for/switch/select clauses
 * open implicit blocks. Identifiers that resolve to nothing local are package-level,
 * imported or predeclared.
 */
/**
 * The names a function's parameter list declares, in argument order: the identifiers of its
 * parameter declarations, without a final variadic one (its arguments do not line up one
 * to one). Unnamed parameters declare none.
 */
export function parameterNames(fn: GoNode): GoNode[] {
  return (fn.child('parameters')?.namedChildren ?? []).flatMap((p) =>
    p.type === 'parameter_declaration' ? p.fieldChildren('name') : [],
  );
}

export class Scopes {
  readonly bindings: Binding[] = [];
  readonly #byIdent = new Map<GoNode, Binding>();

  constructor(root: GoNode) {
    new Resolver(this.#record, this.bindings).visit(root, { parent: undefined, names: new Map() });
  }

  /** The local binding an identifier refers to (or declares). */
  resolve(ident: GoNode): Binding | undefined {
    return this.#byIdent.get(ident);
  }

  readonly #record = (ident: GoNode, binding: Binding): void => {
    this.#byIdent.set(ident, binding);
  };
}

/** The walk behind {@link Scopes}; one method per construct that opens a scope or declares. */
class Resolver {
  readonly #record: (ident: GoNode, binding: Binding) => void;
  readonly #bindings: Binding[];
  #func: GoNode | undefined;

  constructor(record: (ident: GoNode, binding: Binding) => void, bindings: Binding[]) {
    this.#record = record;
    this.#bindings = bindings;
  }

  visit(node: GoNode, scope: Scope): void {
    if (FUNCTIONS.has(node.type)) {
      this.#function(node, scope);
      return;
    }
    switch (node.type) {
      case 'block':
        this.#children(node, child(scope));
        return;
      case 'short_var_declaration':
        this.#shortVar(node, scope, undefined);
        return;
      case 'var_spec':
      case 'const_spec':
        this.#spec(node, scope);
        return;
      case 'for_statement':
        this.#for(node, child(scope));
        return;
      case 'if_statement':
      case 'expression_switch_statement':
      case 'expression_case':
      case 'default_case':
      case 'type_case':
        this.#children(node, child(scope));
        return;
      case 'type_switch_statement':
        this.#typeSwitch(node, child(scope));
        return;
      case 'communication_case':
        this.#commCase(node, child(scope));
        return;
      default:
        this.#plain(node, scope);
    }
  }

  /**
   * Everything that opens no scope and declares nothing (expressions, most statements),
   * walked with an explicit stack: generated code nests expressions thousands deep (a
   * 20,000-term string concatenation), far past the JavaScript call stack. Constructs that
   * do open scopes go back through `visit`; they nest only as deep as the code's blocks.
   */
  #plain(root: GoNode, scope: Scope): void {
    const stack: GoNode[] = [root];
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      if (n !== root && SCOPED.has(n.type)) {
        this.visit(n, scope);
        continue;
      }
      switch (n.type) {
        case 'identifier':
          this.#use(n, scope);
          continue;
        case 'selector_expression': {
          const operand = n.child('operand');
          if (operand !== undefined) {
            stack.push(operand);
          }
          continue;
        }
        case 'parameter_list':
        case 'type_parameter_list':
        case 'label_name':
          continue;
        default:
          for (let i = n.children.length - 1; i >= 0; i--) {
            const c = n.children[i];
            if (c?.named === true) {
              stack.push(c);
            }
          }
      }
    }
  }

  #children(node: GoNode, scope: Scope): void {
    for (const c of node.children) {
      if (c.named) {
        this.visit(c, scope);
      }
    }
  }

  #visitOpt(node: GoNode | undefined, scope: Scope): void {
    if (node !== undefined) {
      this.visit(node, scope);
    }
  }

  #use(ident: GoNode, scope: Scope): void {
    for (let s: Scope | undefined = scope; s !== undefined; s = s.parent) {
      const b = s.names.get(ident.text);
      if (b !== undefined) {
        b.uses.push(ident);
        this.#record(ident, b);
        return;
      }
    }
  }

  /** Declares `ident` in `scope`; what the declaration does not say stays undefined. */
  #declare(
    scope: Scope,
    ident: GoNode,
    kind: BindingKind,
    decl: GoNode,
    known: Partial<Pick<Binding, 'typeSyntax' | 'value' | 'rangeOf' | 'loop'>> = {},
  ): void {
    if (ident.text === '_' || this.#func === undefined) {
      return;
    }
    const b: Binding = {
      name: ident.text,
      kind,
      ident,
      decl,
      typeSyntax: known.typeSyntax,
      value: known.value,
      rangeOf: known.rangeOf,
      loop: known.loop,
      func: this.#func,
      uses: [],
    };
    scope.names.set(b.name, b);
    this.#bindings.push(b);
    this.#record(ident, b);
  }

  #function(fn: GoNode, outer: Scope): void {
    const saved = this.#func;
    this.#func = fn;
    const scope = child(outer);
    const lists: [string, BindingKind][] = [
      ['receiver', 'receiver'],
      ['parameters', 'param'],
      ['result', 'result'],
    ];
    for (const [field, kind] of lists) {
      const list = fn.child(field);
      if (list?.type !== 'parameter_list') {
        continue;
      }
      for (const p of list.namedChildren) {
        for (const name of p.fieldChildren('name')) {
          this.#declare(scope, name, kind, p, { typeSyntax: p.child('type') });
        }
      }
    }
    this.#visitOpt(fn.child('body'), scope);
    this.#func = saved;
  }

  #shortVar(node: GoNode, scope: Scope, loop: GoNode | undefined): void {
    const left = node.child('left')?.namedChildren ?? [];
    const right = node.child('right')?.namedChildren ?? [];
    for (const r of right) {
      this.visit(r, scope);
    }
    left.forEach((ident, i) => {
      if (ident.type !== 'identifier') {
        return;
      }
      if (scope.names.has(ident.text)) {
        this.#use(ident, scope);
        return;
      }
      this.#declare(scope, ident, 'var', node, {
        value: left.length === right.length ? right[i] : undefined,
        loop,
      });
    });
  }

  #spec(node: GoNode, scope: Scope): void {
    const values = node.child('value')?.namedChildren ?? [];
    for (const v of values) {
      this.visit(v, scope);
    }
    const names = node.fieldChildren('name');
    names.forEach((ident, i) => {
      this.#declare(scope, ident, node.type === 'const_spec' ? 'const' : 'var', node, {
        typeSyntax: node.child('type'),
        value: values.length === names.length ? values[i] : undefined,
      });
    });
  }

  #for(node: GoNode, scope: Scope): void {
    for (const c of node.namedChildren) {
      if (c.type === 'for_clause') {
        for (const part of c.namedChildren) {
          if (part.field === 'initializer' && part.type === 'short_var_declaration') {
            this.#shortVar(part, scope, node);
          } else {
            this.visit(part, scope);
          }
        }
      } else if (c.type === 'range_clause') {
        this.#range(c, scope, node);
      } else {
        this.visit(c, scope);
      }
    }
  }

  #range(clause: GoNode, scope: Scope, loop: GoNode): void {
    const right = clause.child('right');
    this.#visitOpt(right, scope);
    const left = clause.child('left')?.namedChildren ?? [];
    if (!clause.hasToken(':=') || right === undefined) {
      for (const l of left) {
        this.visit(l, scope);
      }
      return;
    }
    left.forEach((ident, index) => {
      if (ident.type === 'identifier') {
        this.#declare(scope, ident, 'var', clause, { rangeOf: { expr: right, index }, loop });
      }
    });
  }

  #typeSwitch(node: GoNode, scope: Scope): void {
    const alias = node.child('alias')?.namedChildren[0];
    for (const c of node.namedChildren) {
      if (c.field === 'alias') {
        continue;
      }
      if ((c.type === 'type_case' || c.type === 'default_case') && alias !== undefined) {
        // Each clause has its own variable, typed by the clause's type when it names one.
        const caseScope = child(scope);
        const types = c.fieldChildren('type');
        this.#declare(caseScope, alias, 'var', node, {
          typeSyntax: types.length === 1 ? types[0] : undefined,
        });
        this.#children(c, caseScope);
      } else {
        this.visit(c, scope);
      }
    }
  }

  #commCase(node: GoNode, scope: Scope): void {
    const comm = node.child('communication');
    if (comm?.type === 'receive_statement' && comm.hasToken(':=')) {
      this.#visitOpt(comm.child('right'), scope);
      for (const ident of comm.child('left')?.namedChildren ?? []) {
        if (ident.type === 'identifier') {
          this.#declare(scope, ident, 'var', comm);
        }
      }
    } else {
      this.#visitOpt(comm, scope);
    }
    for (const c of node.namedChildren) {
      if (c !== comm) {
        this.visit(c, scope);
      }
    }
  }
}

function child(parent: Scope): Scope {
  return { parent, names: new Map() };
}
