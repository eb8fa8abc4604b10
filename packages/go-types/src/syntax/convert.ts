// From tree-sitter-go's tree (as go-syntax's plain GoNodes) to the interpreter's syntax tree.
// The grammar's node and field names are documented in tree-sitter-go's node-types.json.
import type { GoNode } from '@mapscope/go-syntax';
import type * as A from './ast.ts';
import { decodeRune, decodeString } from './literals.ts';

/** A construct the converter does not handle; reported as "not supported yet". */
export class Unsupported extends Error {
  override name = 'Unsupported';
  readonly pos: A.Pos;

  constructor(pos: A.Pos, what: string) {
    super(`not supported yet: ${what}`);
    this.pos = pos;
  }
}

/**
 * Where each expression of a converted file came from: its syntax node's extent (see
 * syntaxKey) to the expression (identifiers included, declared names too).
 */
export type SyntaxMap = Map<number | string, A.Expr>;

/**
 * The key of a syntax node in a SyntaxMap: its extent as one number (start and length
 * packed below 2^53, which any real file fits), else as `start:end`.
 */
export function syntaxKey(n: { readonly start: number; readonly end: number }): number | string {
  const length = n.end - n.start;
  return length < 0x1000000 && n.start < 0x20000000
    ? n.start * 0x1000000 + length
    : `${String(n.start)}:${String(n.end)}`;
}

/**
 * Converts a parsed, error-free file; with `nodes`, records there which expression each
 * syntax node became (so a tool reading go-syntax's trees can find what the checker found).
 */
export function convertFile(file: A.SourceFile, root: GoNode, nodes?: SyntaxMap): A.File {
  return new Converter(file, nodes ?? null).file(root.namedChildren);
}

/**
 * Converts a parsed, error-free file given as its top-level nodes (package clause, imports,
 * declarations), as convertFile does.
 */
export function convertTopLevel(
  file: A.SourceFile,
  top: readonly GoNode[],
  nodes?: SyntaxMap,
): A.File {
  return new Converter(file, nodes ?? null).file(top);
}

class Converter {
  readonly #file: A.SourceFile;
  readonly #nodes: SyntaxMap | null;

  constructor(file: A.SourceFile, nodes: SyntaxMap | null) {
    this.#file = file;
    this.#nodes = nodes;
  }

  pos(n: GoNode): A.Pos {
    return { file: this.#file, offset: n.start };
  }

  #endPos(n: GoNode): A.Pos {
    return { file: this.#file, offset: n.end - 1 };
  }

  file(top: readonly GoNode[]): A.File {
    let packageName: A.Ident | null = null;
    const imports: A.ImportSpec[] = [];
    const decls: (A.GenDecl | A.FuncDecl)[] = [];
    for (const c of top) {
      switch (c.type) {
        case 'package_clause':
          packageName = this.ident(req(c.namedChildren[0], c));
          break;
        case 'import_declaration': {
          const d = this.genDecl(c);
          imports.push(...d.imports);
          decls.push(d);
          break;
        }
        case 'function_declaration':
        case 'method_declaration':
          decls.push(this.funcDecl(c));
          break;
        case 'const_declaration':
        case 'var_declaration':
        case 'type_declaration':
          decls.push(this.genDecl(c));
          break;
        default:
          throw new Unsupported(this.pos(c), `top-level ${c.type}`);
      }
    }
    if (packageName === null) {
      throw new Unsupported({ file: this.#file, offset: 0 }, 'a file without a package clause');
    }
    return { source: this.#file, packageName, imports, decls };
  }

  ident(n: GoNode): A.Ident {
    const id: A.Ident = { kind: 'Ident', pos: this.pos(n), name: n.text };
    this.#nodes?.set(syntaxKey(n), id);
    return id;
  }

  // ---- declarations ----

  genDecl(n: GoNode): A.GenDecl {
    const pos = this.pos(n);
    switch (n.type) {
      case 'import_declaration': {
        const specs: A.ImportSpec[] = [];
        const add = (s: GoNode): void => {
          const name = s.child('name');
          const path = req(s.child('path'), s);
          specs.push({
            pos: this.pos(s),
            name: name === undefined ? null : this.ident(name),
            path: decodeString(path.text),
          });
        };
        for (const c of n.namedChildren) {
          if (c.type === 'import_spec') {
            add(c);
          } else if (c.type === 'import_spec_list') {
            c.namedChildren.filter((s) => s.type === 'import_spec').forEach(add);
          }
        }
        return { pos, tok: 'import', imports: specs, values: [], types: [] };
      }
      case 'const_declaration':
      case 'var_declaration': {
        const specs = this.#valueSpecs(n);
        return {
          pos,
          tok: n.type === 'const_declaration' ? 'const' : 'var',
          imports: [],
          values: specs,
          types: [],
        };
      }
      case 'type_declaration': {
        const types = n.namedChildren
          .filter((c) => c.type === 'type_spec' || c.type === 'type_alias')
          .map((c) => this.#typeSpec(c));
        return { pos, tok: 'type', imports: [], values: [], types };
      }
      default:
        throw new Unsupported(pos, n.type);
    }
  }

  #valueSpecs(n: GoNode): A.ValueSpec[] {
    const raw: GoNode[] = [];
    for (const c of n.namedChildren) {
      if (c.type === 'var_spec' || c.type === 'const_spec') {
        raw.push(c);
      } else if (c.type === 'var_spec_list') {
        raw.push(...c.namedChildren.filter((s) => s.type === 'var_spec'));
      }
    }
    return raw.map((s, iota) => {
      const type = s.child('type');
      const value = s.child('value');
      return {
        pos: this.pos(s),
        names: s
          .fieldChildren('name')
          .filter((i) => i.named)
          .map((i) => this.ident(i)),
        type: type === undefined ? null : this.expr(type),
        values: value === undefined ? [] : this.exprList(value),
        iota,
      };
    });
  }

  #typeSpec(n: GoNode): A.TypeSpec {
    const tps = n.child('type_parameters');
    return {
      pos: this.pos(n),
      name: this.ident(req(n.child('name'), n)),
      typeParams: tps === undefined ? [] : this.#typeParams(tps),
      alias: n.type === 'type_alias',
      type: this.expr(req(n.child('type'), n)),
    };
  }

  funcDecl(n: GoNode): A.FuncDecl {
    const recv = n.child('receiver');
    const body = n.child('body');
    let recvField: A.Field | null = null;
    if (recv !== undefined) {
      const fields = this.#params(recv);
      recvField = fields[0] ?? null;
    }
    return {
      pos: this.pos(n),
      recv: recvField,
      name: this.ident(req(n.child('name'), n)),
      type: this.#funcType(n),
      body: body === undefined ? null : this.block(body),
    };
  }

  #funcType(n: GoNode): A.FuncTypeExpr {
    const tps = n.child('type_parameters');
    const result = n.child('result');
    let results: A.Field[] = [];
    if (result !== undefined) {
      results =
        result.type === 'parameter_list'
          ? this.#params(result)
          : [
              {
                pos: this.pos(result),
                names: [],
                type: this.expr(result),
                variadic: false,
                tag: null,
              },
            ];
    }
    return {
      kind: 'FuncType',
      pos: this.pos(n),
      typeParams: tps === undefined ? [] : this.#typeParams(tps),
      params: this.#params(req(n.child('parameters'), n)),
      results,
    };
  }

  #params(list: GoNode): A.Field[] {
    return list.namedChildren
      .filter(
        (p) => p.type === 'parameter_declaration' || p.type === 'variadic_parameter_declaration',
      )
      .map((p) => ({
        pos: this.pos(p),
        names: p
          .fieldChildren('name')
          .filter((i) => i.named)
          .map((i) => this.ident(i)),
        type: this.expr(req(p.child('type'), p)),
        variadic: p.type === 'variadic_parameter_declaration',
        tag: null,
      }));
  }

  #typeParams(list: GoNode): A.Field[] {
    return list.namedChildren
      .filter((p) => p.type === 'type_parameter_declaration')
      .map((p) => {
        const c = req(p.child('type'), p);
        return {
          pos: this.pos(p),
          names: p
            .fieldChildren('name')
            .filter((i) => i.named)
            .map((i) => this.ident(i)),
          type: this.#constraint(c),
          variadic: false,
          tag: null,
        };
      });
  }

  /** A type constraint: one type, or a union / `~T` written inline. */
  #constraint(c: GoNode): A.Expr {
    const terms = this.#terms(c);
    const only = terms[0];
    if (terms.length === 1 && only !== undefined && !only.tilde) {
      return only.type;
    }
    return { kind: 'Constraint', pos: this.pos(c), terms };
  }

  #terms(n: GoNode): A.TypeTerm[] {
    return n.namedChildren.map((t) =>
      t.type === 'negated_type'
        ? { tilde: true, type: this.expr(req(t.namedChildren[0], t)) }
        : { tilde: false, type: this.expr(t) },
    );
  }

  // ---- statements ----

  block(n: GoNode): A.BlockStmt {
    const list = n.namedChildren.find((c) => c.type === 'statement_list');
    return {
      kind: 'BlockStmt',
      pos: this.pos(n),
      list: list === undefined ? [] : this.stmtList(list),
      rbrace: this.#endPos(n),
    };
  }

  stmtList(n: GoNode): A.Stmt[] {
    return n.namedChildren.map((s) => this.stmt(s));
  }

  #caseBody(n: GoNode): A.Stmt[] {
    const list = n.namedChildren.find((c) => c.type === 'statement_list');
    return list === undefined ? [] : this.stmtList(list);
  }

  stmt(n: GoNode): A.Stmt {
    const pos = this.pos(n);
    switch (n.type) {
      case 'const_declaration':
      case 'var_declaration':
      case 'type_declaration':
        return { kind: 'DeclStmt', pos, decl: this.genDecl(n) };
      case 'empty_statement':
        return { kind: 'EmptyStmt', pos };
      case 'labeled_statement': {
        const inner = n.namedChildren.find((c) => c.type !== 'label_name');
        return {
          kind: 'LabeledStmt',
          pos,
          label: this.ident(req(n.child('label'), n)),
          stmt: inner === undefined ? { kind: 'EmptyStmt', pos } : this.stmt(inner),
        };
      }
      case 'expression_statement':
        return { kind: 'ExprStmt', pos, x: this.expr(req(n.namedChildren[0], n)) };
      case 'send_statement':
        return {
          kind: 'SendStmt',
          pos,
          chan: this.expr(req(n.child('channel'), n)),
          value: this.expr(req(n.child('value'), n)),
        };
      case 'inc_statement':
      case 'dec_statement':
        return {
          kind: 'IncDecStmt',
          pos,
          x: this.expr(req(n.namedChildren[0], n)),
          inc: n.type === 'inc_statement',
        };
      case 'assignment_statement': {
        const op = req(n.child('operator'), n).type;
        return {
          kind: 'AssignStmt',
          pos,
          lhs: this.exprList(req(n.child('left'), n)),
          op,
          rhs: this.exprList(req(n.child('right'), n)),
        };
      }
      case 'short_var_declaration': {
        const op = n.children.find((c) => !c.named && c.type === ':=');
        return {
          kind: 'AssignStmt',
          pos,
          lhs: this.exprList(req(n.child('left'), n)),
          op: ':=',
          rhs: this.exprList(req(n.child('right'), n)),
          ...(op === undefined ? {} : { opPos: this.pos(op) }),
        };
      }
      case 'go_statement':
        return { kind: 'GoStmt', pos, call: this.expr(req(n.namedChildren[0], n)) };
      case 'defer_statement':
        return { kind: 'DeferStmt', pos, call: this.expr(req(n.namedChildren[0], n)) };
      case 'return_statement': {
        const list = n.namedChildren[0];
        return { kind: 'ReturnStmt', pos, results: list === undefined ? [] : this.exprList(list) };
      }
      case 'break_statement':
      case 'continue_statement':
      case 'goto_statement': {
        const label = n.namedChildren.find((c) => c.type === 'label_name');
        return {
          kind: 'BranchStmt',
          pos,
          tok:
            n.type === 'break_statement'
              ? 'break'
              : n.type === 'continue_statement'
                ? 'continue'
                : 'goto',
          label: label === undefined ? null : this.ident(label),
        };
      }
      case 'fallthrough_statement':
        return { kind: 'BranchStmt', pos, tok: 'fallthrough', label: null };
      case 'block':
        return this.block(n);
      case 'if_statement': {
        const init = n.child('initializer');
        const alt = n.child('alternative');
        return {
          kind: 'IfStmt',
          pos,
          init: init === undefined ? null : this.stmt(init),
          cond: this.expr(req(n.child('condition'), n)),
          body: this.block(req(n.child('consequence'), n)),
          else_: alt === undefined ? null : this.stmt(alt),
        };
      }
      case 'expression_switch_statement': {
        const init = n.child('initializer');
        const value = n.child('value');
        return {
          kind: 'SwitchStmt',
          pos,
          init: init === undefined ? null : this.stmt(init),
          tag: value === undefined ? null : this.expr(value),
          clauses: n.namedChildren
            .filter((c) => c.type === 'expression_case' || c.type === 'default_case')
            .map((c) => ({
              pos: this.pos(c),
              list: c.type === 'default_case' ? null : this.exprList(req(c.child('value'), c)),
              body: this.#caseBody(c),
            })),
        };
      }
      case 'type_switch_statement': {
        const init = n.child('initializer');
        const alias = n.child('alias');
        const bind = alias?.namedChildren[0];
        return {
          kind: 'TypeSwitchStmt',
          pos,
          init: init === undefined ? null : this.stmt(init),
          binding: bind === undefined ? null : this.ident(bind),
          x: this.expr(req(n.child('value'), n)),
          clauses: n.namedChildren
            .filter((c) => c.type === 'type_case' || c.type === 'default_case')
            .map((c) => ({
              pos: this.pos(c),
              list:
                c.type === 'default_case'
                  ? null
                  : c
                      .fieldChildren('type')
                      .filter((t) => t.named)
                      .map((t) => this.expr(t)),
              body: this.#caseBody(c),
            })),
        };
      }
      case 'select_statement':
        return {
          kind: 'SelectStmt',
          pos,
          clauses: n.namedChildren
            .filter((c) => c.type === 'communication_case' || c.type === 'default_case')
            .map((c) => {
              const comm = c.child('communication');
              return {
                pos: this.pos(c),
                comm: comm === undefined ? null : this.#commStmt(comm),
                body: this.#caseBody(c),
              };
            }),
        };
      case 'for_statement':
        return this.#forStmt(n);
      default:
        throw new Unsupported(pos, `statement ${n.type}`);
    }
  }

  #commStmt(n: GoNode): A.Stmt {
    const pos = this.pos(n);
    if (n.type === 'send_statement') {
      return this.stmt(n);
    }
    // receive_statement: [left (= | :=)] right
    const left = n.child('left');
    const right = this.expr(req(n.child('right'), n));
    if (left === undefined) {
      return { kind: 'ExprStmt', pos, x: right };
    }
    return {
      kind: 'AssignStmt',
      pos,
      lhs: this.exprList(left),
      op: n.hasToken(':=') ? ':=' : '=',
      rhs: [right],
    };
  }

  #forStmt(n: GoNode): A.Stmt {
    const pos = this.pos(n);
    const body = this.block(req(n.child('body'), n));
    const head = n.namedChildren.find((c) => c !== n.child('body'));
    if (head === undefined) {
      return { kind: 'ForStmt', pos, init: null, cond: null, post: null, body };
    }
    if (head.type === 'range_clause') {
      const left = head.child('left');
      const lhs = left === undefined ? [] : this.exprList(left);
      return {
        kind: 'RangeStmt',
        pos,
        key: lhs[0] ?? null,
        value: lhs[1] ?? null,
        define: head.hasToken(':='),
        x: this.expr(req(head.child('right'), head)),
        body,
      };
    }
    if (head.type === 'for_clause') {
      const init = head.child('initializer');
      const cond = head.child('condition');
      const post = head.child('update');
      return {
        kind: 'ForStmt',
        pos,
        init: init === undefined ? null : this.stmt(init),
        cond: cond === undefined ? null : this.expr(cond),
        post: post === undefined ? null : this.stmt(post),
        body,
      };
    }
    return { kind: 'ForStmt', pos, init: null, cond: this.expr(head), post: null, body };
  }

  // ---- expressions ----

  exprList(n: GoNode): A.Expr[] {
    return n.namedChildren.map((c) => this.expr(c));
  }

  expr(n: GoNode): A.Expr {
    const e = this.#expr(n);
    this.#nodes?.set(syntaxKey(n), e);
    return e;
  }

  #expr(n: GoNode): A.Expr {
    const pos = this.pos(n);
    switch (n.type) {
      case 'identifier':
      case 'type_identifier':
      case 'field_identifier':
      case 'package_identifier':
      case 'blank_identifier':
      case 'true':
      case 'false':
      case 'nil':
      case 'iota':
        return this.ident(n);
      case 'int_literal':
        return { kind: 'BasicLit', pos, lit: 'int', raw: n.text };
      case 'float_literal':
        return { kind: 'BasicLit', pos, lit: 'float', raw: n.text };
      case 'imaginary_literal':
        return { kind: 'BasicLit', pos, lit: 'imag', raw: n.text };
      case 'rune_literal':
        decodeRune(n.text); // validates
        return { kind: 'BasicLit', pos, lit: 'char', raw: n.text };
      case 'interpreted_string_literal':
      case 'raw_string_literal':
        return { kind: 'BasicLit', pos, lit: 'string', raw: n.text };
      case 'parenthesized_expression':
      case 'parenthesized_type':
        return { kind: 'ParenExpr', pos, x: this.expr(req(n.namedChildren[0], n)) };
      case 'selector_expression':
        return {
          kind: 'SelectorExpr',
          pos,
          x: this.expr(req(n.child('operand'), n)),
          sel: this.ident(req(n.child('field'), n)),
        };
      case 'qualified_type':
        return {
          kind: 'SelectorExpr',
          pos,
          x: this.ident(req(n.child('package'), n)),
          sel: this.ident(req(n.child('name'), n)),
        };
      case 'index_expression':
        return {
          kind: 'IndexExpr',
          pos,
          x: this.expr(req(n.child('operand'), n)),
          indices: [this.expr(req(n.child('index'), n))],
        };
      case 'generic_type': {
        const args = req(n.child('type_arguments'), n);
        return {
          kind: 'IndexExpr',
          pos,
          x: this.expr(req(n.child('type'), n)),
          indices: args.namedChildren.map((a) => this.#typeElem(a)),
        };
      }
      case 'type_instantiation_expression': {
        const [t, ...args] = n.namedChildren;
        return {
          kind: 'IndexExpr',
          pos,
          x: this.expr(req(t, n)),
          indices: args.map((a) => this.#typeElem(a)),
        };
      }
      case 'slice_expression': {
        const opt = (f: string): A.Expr | null => {
          const c = n.child(f);
          return c === undefined ? null : this.expr(c);
        };
        const colons = n.children.filter((c) => c.type === ':').length;
        return {
          kind: 'SliceExpr',
          pos,
          x: this.expr(req(n.child('operand'), n)),
          low: opt('start'),
          high: opt('end'),
          max: opt('capacity'),
          slice3: colons === 2,
        };
      }
      case 'type_assertion_expression': {
        const t = req(n.child('type'), n);
        return {
          kind: 'TypeAssertExpr',
          pos,
          x: this.expr(req(n.child('operand'), n)),
          type: t.text === 'type' ? null : this.expr(t),
        };
      }
      case 'type_conversion_expression': {
        const operand = req(n.child('operand'), n);
        const conversion = (type: GoNode): A.Expr => ({
          kind: 'CallExpr',
          pos: this.pos(type),
          fun: this.expr(type),
          args: [this.expr(operand)],
          ellipsis: false,
          rparen: this.#endPos(n),
          lparen: this.pos(n.children.find((c) => c.type === '(') ?? operand),
        });
        // Go reads `*(*T)(p)` as `*((*T)(p))`: a conversion's type never starts with an
        // unparenthesized `*` (spec: Conversions), but tree-sitter-go takes `*(*T)` as the type.
        const stars: GoNode[] = [];
        let type = req(n.child('type'), n);
        while (type.type === 'pointer_type') {
          stars.push(type);
          type = req(type.namedChildren[0], type);
        }
        let e = conversion(type);
        for (const star of stars.reverse()) {
          e = { kind: 'StarExpr', pos: this.pos(star), x: e };
        }
        return e;
      }
      case 'call_expression': {
        const args = req(n.child('arguments'), n);
        const targs = n.child('type_arguments');
        let fun = this.expr(req(n.child('function'), n));
        if (targs !== undefined) {
          fun = {
            kind: 'IndexExpr',
            pos: fun.pos,
            x: fun,
            indices: targs.namedChildren.map((a) => this.#typeElem(a)),
          };
        }
        const list: A.Expr[] = [];
        let ellipsis = false;
        for (const a of args.namedChildren) {
          if (a.type === 'variadic_argument') {
            ellipsis = true;
            list.push(this.expr(req(a.namedChildren[0], a)));
          } else {
            list.push(this.expr(a));
          }
        }
        return {
          kind: 'CallExpr',
          pos,
          fun,
          args: list,
          ellipsis,
          rparen: this.#endPos(args),
          lparen: this.pos(args),
        };
      }
      case 'unary_expression': {
        const op = req(n.child('operator'), n).type;
        const x = this.expr(req(n.child('operand'), n));
        if (op === '*') {
          return { kind: 'StarExpr', pos, x };
        }
        return { kind: 'UnaryExpr', pos, op: op as A.UnaryExpr['op'], x };
      }
      case 'binary_expression': {
        const opNode = req(n.child('operator'), n);
        return {
          kind: 'BinaryExpr',
          pos,
          op: opNode.type as A.BinaryOp,
          x: this.expr(req(n.child('left'), n)),
          y: this.expr(req(n.child('right'), n)),
          opPos: this.pos(opNode),
        };
      }
      case 'composite_literal':
        return {
          kind: 'CompositeLit',
          pos,
          type: this.expr(req(n.child('type'), n)),
          elts: this.#elements(req(n.child('body'), n)),
        };
      case 'func_literal':
        return {
          kind: 'FuncLit',
          pos,
          type: this.#funcType(n),
          body: this.block(req(n.child('body'), n)),
        };
      case 'pointer_type':
        return { kind: 'StarExpr', pos, x: this.expr(req(n.namedChildren[0], n)) };
      case 'array_type':
        return {
          kind: 'ArrayType',
          pos,
          len: this.expr(req(n.child('length'), n)),
          elem: this.expr(req(n.child('element'), n)),
        };
      case 'implicit_length_array_type':
        return {
          kind: 'ArrayType',
          pos,
          len: 'ellipsis',
          elem: this.expr(req(n.child('element'), n)),
        };
      case 'slice_type':
        return { kind: 'ArrayType', pos, len: null, elem: this.expr(req(n.child('element'), n)) };
      case 'map_type':
        return {
          kind: 'MapType',
          pos,
          key: this.expr(req(n.child('key'), n)),
          value: this.expr(req(n.child('value'), n)),
        };
      case 'channel_type': {
        const toks = n.children.filter((c) => !c.named).map((c) => c.type);
        const dir = toks[0] === '<-' ? 'recv' : toks.includes('<-') ? 'send' : 'both';
        return { kind: 'ChanType', pos, dir, value: this.expr(req(n.child('value'), n)) };
      }
      case 'function_type':
        return this.#funcType(n);
      case 'struct_type':
        return { kind: 'StructType', pos, fields: this.#structFields(n) };
      case 'interface_type':
        return { kind: 'InterfaceType', pos, elems: this.#interfaceElems(n) };
      case 'negated_type':
        return {
          kind: 'Constraint',
          pos,
          terms: [{ tilde: true, type: this.expr(req(n.namedChildren[0], n)) }],
        };
      case 'type_elem':
        return this.#typeElem(n);
      default:
        throw new Unsupported(pos, `expression ${n.type}`);
    }
  }

  /** A type argument (`type_elem`): usually one type. */
  #typeElem(n: GoNode): A.Expr {
    if (n.type !== 'type_elem') {
      return this.expr(n);
    }
    const terms = this.#terms(n);
    const only = terms[0];
    return terms.length === 1 && only !== undefined && !only.tilde
      ? only.type
      : { kind: 'Constraint', pos: this.pos(n), terms };
  }

  #elements(body: GoNode): A.Element[] {
    const out: A.Element[] = [];
    for (const e of body.namedChildren) {
      if (e.type === 'keyed_element') {
        out.push({
          key: this.#element(req(e.child('key'), e)),
          value: this.#element(req(e.child('value'), e)),
        });
      } else if (e.type === 'literal_element') {
        out.push({ key: null, value: this.#element(e) });
      }
    }
    return out;
  }

  #element(n: GoNode): A.Expr {
    const inner = req(n.namedChildren[0], n);
    if (inner.type === 'literal_value') {
      return {
        kind: 'CompositeLit',
        pos: this.pos(inner),
        type: null,
        elts: this.#elements(inner),
      };
    }
    return this.expr(inner);
  }

  #structFields(n: GoNode): A.Field[] {
    const list = n.namedChildren.find((c) => c.type === 'field_declaration_list');
    if (list === undefined) {
      return [];
    }
    return list.namedChildren
      .filter((f) => f.type === 'field_declaration')
      .map((f) => {
        const names = f
          .fieldChildren('name')
          .filter((i) => i.named)
          .map((i) => this.ident(i));
        let type = this.expr(req(f.child('type'), f));
        if (names.length === 0 && f.hasToken('*')) {
          type = { kind: 'StarExpr', pos: this.pos(f), x: type };
        }
        const tag = f.child('tag');
        return {
          pos: this.pos(f),
          names,
          type,
          variadic: false,
          tag: tag === undefined ? null : decodeString(tag.text),
        };
      });
  }

  #interfaceElems(n: GoNode): A.InterfaceElem[] {
    return n.namedChildren.flatMap((e): A.InterfaceElem[] => {
      if (e.type === 'method_elem') {
        return [
          { kind: 'method', name: this.ident(req(e.child('name'), e)), type: this.#funcType(e) },
        ];
      }
      if (e.type === 'type_elem') {
        return [{ kind: 'embed', terms: this.#terms(e), pos: this.pos(e) }];
      }
      return [];
    });
  }
}

function req(n: GoNode | undefined, parent: GoNode): GoNode {
  if (n === undefined) {
    throw new Error(`malformed ${parent.type} at offset ${parent.start}`);
  }
  return n;
}
