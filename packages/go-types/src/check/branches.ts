// Labels and branch statements, checked before type checking as cmd/compile's parser does:
// misplaced break, continue and fallthrough; bad labeled breaks and continues; unused,
// duplicate and missing labels; gotos that jump over variable declarations or into blocks.
// Errors found here stop compilation before type checking. Go: cmd/compile/internal/syntax/
// branches.go (1.19), which this follows step by step.
import type * as A from '../syntax/ast.ts';

/** An error of the branch check. */
export interface BranchError {
  readonly pos: A.Pos;
  readonly message: string;
}

/** Checks every function body of the files, function literals included. */
export function checkBranches(files: readonly A.File[]): BranchError[] {
  const errors: BranchError[] = [];
  for (const f of files) {
    for (const d of f.decls) {
      if (!('tok' in d)) {
        if (d.body !== null) {
          checkBody(d.body, errors);
        }
      } else {
        forEachFuncLit(d, (lit) => {
          checkBody(lit.body, errors);
        });
      }
    }
  }
  return errors;
}

/** The parser checks a function literal's body as it finishes it: before its enclosing body. */
function checkBody(body: A.BlockStmt, errors: BranchError[]): void {
  forEachFuncLit(body, (lit) => {
    checkBody(lit.body, errors);
  });
  new LabelScope(errors).check(body);
}

/** Calls f for each outermost function literal inside a node (not inside other literals). */
function forEachFuncLit(node: unknown, f: (lit: A.FuncLit) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) {
      forEachFuncLit(x, f);
    }
    return;
  }
  if (typeof node !== 'object' || node === null) {
    return;
  }
  if ('kind' in node && node.kind === 'FuncLit') {
    f(node as A.FuncLit);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'pos' && key !== 'rbrace' && key !== 'opPos') {
      forEachFuncLit(value, f);
    }
  }
}

function posString(p: A.Pos): string {
  const { line, column } = p.file.position(p.offset);
  return `${p.file.path}:${line}:${column}`;
}

interface Block {
  readonly parent: Block | null;
  readonly start: A.Pos;
  readonly lstmt: A.LabeledStmt | null;
}

interface Label {
  readonly parent: Block;
  readonly lstmt: A.LabeledStmt;
  used: boolean;
}

interface Targets {
  readonly breaks: A.Stmt | null;
  readonly continues: A.Stmt | null;
  /** The case index of the immediately enclosing switch statement, or -1. */
  readonly caseIndex: number;
}

const INVALID: unique symbol = Symbol('invalid target');

class LabelScope {
  readonly #errors: BranchError[];
  readonly #labels = new Map<string, Label>();

  constructor(errors: BranchError[]) {
    this.#errors = errors;
  }

  check(body: A.BlockStmt): void {
    const fwd = this.#block(
      null,
      { breaks: null, continues: null, caseIndex: -1 },
      null,
      body.pos,
      body.list,
    );
    for (const g of fwd) {
      const name = g.label?.name ?? '';
      const l = this.#labels.get(name);
      if (l !== undefined) {
        l.used = true; // avoid "defined and not used"
        this.#err(
          g.label?.pos ?? g.pos,
          `goto ${name} jumps into block starting at ${posString(l.parent.start)}`,
        );
      } else {
        this.#err(g.label?.pos ?? g.pos, `label ${name} not defined`);
      }
    }
    for (const l of this.#labels.values()) {
      if (!l.used) {
        this.#err(l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`);
      }
    }
  }

  #err(pos: A.Pos, message: string): void {
    this.#errors.push({ pos, message });
  }

  #declare(b: Block, s: A.LabeledStmt): Label {
    const name = s.label.name;
    const alt = this.#labels.get(name);
    if (alt !== undefined) {
      this.#err(s.label.pos, `label ${name} already defined at ${posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    this.#labels.set(name, l);
    return l;
  }

  /** The labeled statement `name` declared in b or a block enclosing it, if any. */
  #gotoTarget(b: Block | null, name: string): A.LabeledStmt | null {
    const l = this.#labels.get(name);
    if (l === undefined) {
      return null;
    }
    l.used = true; // even if it's not a valid target
    for (let x = b; x !== null; x = x.parent) {
      if (l.parent === x) {
        return l.lstmt;
      }
    }
    return null;
  }

  /** The innermost enclosing statement labeled `name`; INVALID if the label labels another. */
  #enclosingTarget(b: Block | null, name: string): A.LabeledStmt | typeof INVALID | null {
    const l = this.#labels.get(name);
    if (l === undefined) {
      return null;
    }
    l.used = true;
    for (let x = b; x !== null; x = x.parent) {
      if (l.lstmt === x.lstmt) {
        return l.lstmt;
      }
    }
    return INVALID;
  }

  /** A block's statements; returns its unresolved forward gotos. */
  #block(
    parent: Block | null,
    ctxt: Targets,
    lstmt0: A.LabeledStmt | null,
    start: A.Pos,
    body: readonly A.Stmt[],
  ): A.BranchStmt[] {
    const b: Block = { parent, start, lstmt: lstmt0 };
    let varPos: A.Pos | null = null;
    let varName = '';
    let fwdGotos: A.BranchStmt[] = [];
    let badGotos: A.BranchStmt[] = [];
    const recordVarDecl = (pos: A.Pos, name: string): void => {
      varPos = pos;
      varName = name;
      // Every forward goto so far jumps over it, unless it leaves the block: known later.
      badGotos = [...fwdGotos];
    };
    const inner = (
      t: Targets,
      lstmt: A.LabeledStmt | null,
      at: A.Pos,
      list: readonly A.Stmt[],
    ): void => {
      fwdGotos.push(...this.#block(b, t, lstmt, at, list));
    };
    let end = body.length;
    while (end > 0 && body[end - 1]?.kind === 'EmptyStmt') {
      end--;
    }
    const list = body.slice(0, end);
    list.forEach((stmt0, stmtIndex) => {
      let lstmt: A.LabeledStmt | null = null;
      let s = stmt0;
      while (s.kind === 'LabeledStmt') {
        if (s.label.name !== '_') {
          const l = this.#declare(b, s);
          const name = s.label.name;
          fwdGotos = fwdGotos.filter((g) => {
            if (g.label?.name !== name) {
              return true;
            }
            l.used = true;
            if (varPos !== null && badGotos.includes(g)) {
              this.#err(
                g.label.pos,
                `goto ${name} jumps over declaration of ${varName} at ${posString(varPos)}`,
              );
            }
            return false;
          });
          lstmt = s;
        }
        s = s.stmt;
      }
      switch (s.kind) {
        case 'DeclStmt': {
          const v = s.decl.tok === 'var' ? s.decl.values[0] : undefined;
          if (v !== undefined) {
            recordVarDecl(v.pos, v.names[0]?.name ?? '_');
          }
          break;
        }
        case 'AssignStmt':
          if (s.op === ':=') {
            recordVarDecl(s.opPos ?? s.pos, s.lhs.map(exprName).join(', '));
          }
          break;
        case 'BranchStmt':
          this.#branch(s, b, ctxt, fwdGotos, stmtIndex, list.length);
          break;
        case 'BlockStmt':
          inner({ ...ctxt, caseIndex: -1 }, lstmt, s.pos, s.list);
          break;
        case 'IfStmt': {
          const t = { ...ctxt, caseIndex: -1 };
          inner(t, lstmt, s.body.pos, s.body.list);
          if (s.else_ !== null) {
            inner(t, lstmt, s.else_.pos, [s.else_]);
          }
          break;
        }
        case 'ForStmt':
        case 'RangeStmt':
          inner({ breaks: s, continues: s, caseIndex: -1 }, lstmt, s.body.pos, s.body.list);
          break;
        case 'SwitchStmt':
        case 'TypeSwitchStmt':
          s.clauses.forEach((cc, i) => {
            inner({ breaks: s, continues: ctxt.continues, caseIndex: i }, lstmt, cc.pos, cc.body);
          });
          break;
        case 'SelectStmt':
          for (const cc of s.clauses) {
            inner({ breaks: s, continues: ctxt.continues, caseIndex: -1 }, lstmt, cc.pos, cc.body);
          }
          break;
        default:
          break;
      }
    });
    return fwdGotos;
  }

  #branch(
    s: A.BranchStmt,
    b: Block,
    ctxt: Targets,
    fwdGotos: A.BranchStmt[],
    stmtIndex: number,
    count: number,
  ): void {
    if (s.label === null) {
      switch (s.tok) {
        case 'break':
          if (ctxt.breaks === null) {
            this.#err(s.pos, 'break is not in a loop, switch, or select');
          }
          return;
        case 'continue':
          if (ctxt.continues === null) {
            this.#err(s.pos, 'continue is not in a loop');
          }
          return;
        case 'fallthrough': {
          let msg = 'fallthrough statement out of place';
          const t = ctxt.breaks;
          if (t?.kind === 'TypeSwitchStmt') {
            msg = 'cannot fallthrough in type switch';
          } else if (t?.kind === 'SwitchStmt') {
            if (ctxt.caseIndex < 0 || stmtIndex + 1 < count) {
              // nested in a block, or not the last statement: the message as is
            } else if (ctxt.caseIndex + 1 === t.clauses.length) {
              msg = 'cannot fallthrough final case in switch';
            } else {
              return; // fallthrough ok
            }
          }
          this.#err(s.pos, msg);
          return;
        }
        case 'goto':
          return; // the parser requires the label
      }
    }
    const name = s.label.name;
    switch (s.tok) {
      case 'break': {
        const t = this.#enclosingTarget(b, name);
        if (t === null) {
          this.#err(s.label.pos, `break label not defined: ${name}`);
        } else if (t === INVALID || !isBreakTarget(t.stmt)) {
          this.#err(s.label.pos, `invalid break label ${name}`);
        }
        return;
      }
      case 'continue': {
        const t = this.#enclosingTarget(b, name);
        if (t === null) {
          this.#err(s.label.pos, `continue label not defined: ${name}`);
        } else if (t === INVALID || !isLoop(t.stmt)) {
          this.#err(s.label.pos, `invalid continue label ${name}`);
        }
        return;
      }
      case 'goto':
        if (this.#gotoTarget(b, name) === null) {
          fwdGotos.push(s); // the label may come later
        }
        return;
      case 'fallthrough':
        return;
    }
  }
}

function isLoop(s: A.Stmt): boolean {
  return s.kind === 'ForStmt' || s.kind === 'RangeStmt';
}

function isBreakTarget(s: A.Stmt): boolean {
  return (
    isLoop(s) || s.kind === 'SwitchStmt' || s.kind === 'TypeSwitchStmt' || s.kind === 'SelectStmt'
  );
}

/** A left-hand side as Go's syntax.String prints it (names, or `_`). */
function exprName(e: A.Expr): string {
  return e.kind === 'Ident' ? e.name : '_';
}
