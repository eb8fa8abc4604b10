// Which functions can run as plain JavaScript functions. Every Go function compiles to a
// generator, so that any call can reach a scheduling point; but a goroutine running alone
// (Scheduler.alone) needs no scheduling point until it does something that readies another
// goroutine or waits. A function whose body can do neither, directly or through the functions
// it calls, also compiles to a plain function (its name with `$s`), which the generator calls
// when its goroutine is alone: a call then costs a JavaScript call, not a generator.
//
// What makes a body unable to run plain: channel operations, select, go, defer and recover,
// closures, ranging over a function or a channel, and calls whose callee is not known statically
// (func values, interface methods, generic functions) or cannot run plain itself. Map
// operations and loops can: their scheduling points are only counted (Scheduler.spin).
import type * as A from '@mapscope/go-types/syntax/ast';
import { unparen } from '@mapscope/go-types/check/expr';
import { FuncObj } from '@mapscope/go-types/check/objects';
import { Chan, under } from '@mapscope/go-types/check/types';

/** What the analysis needs to know of a function from the compiler. */
export type SyncBody =
  /** A Go body to read. */
  | { readonly kind: 'body'; readonly info: A.FuncInfo; readonly body: A.BlockStmt }
  /** A native with a plain form. */
  | { readonly kind: 'native' }
  /** Neither: it runs only as a generator. */
  | { readonly kind: 'none' };

/** A body's own obstacles to running plain, and the functions it calls. */
interface Facts {
  readonly blocks: boolean;
  readonly callees: readonly FuncObj[];
}

/** Decides, once per function, whether it can run plain (see the header). */
export class SyncFuncs {
  readonly #known = new Map<FuncObj, boolean>();
  readonly #body: (f: FuncObj) => SyncBody;
  readonly #callee: (e: A.CallExpr) => FuncObj | null;

  /**
   * `body` tells what f is; `callee` gives a call's statically known, non-generic callee
   * (the declared method for a method call on a concrete type), or null.
   */
  constructor(body: (f: FuncObj) => SyncBody, callee: (e: A.CallExpr) => FuncObj | null) {
    this.#body = body;
    this.#callee = callee;
  }

  /** Whether f can run plain: the strongly connected components of the call graph from f. */
  isSync(f: FuncObj): boolean {
    const known = this.#known.get(f);
    if (known !== undefined) {
      return known;
    }
    // Tarjan's algorithm: a function in a cycle of calls runs plain only if all of it can.
    let next = 0;
    const index = new Map<FuncObj, number>();
    const low = new Map<FuncObj, number>();
    const stack: FuncObj[] = [];
    const onStack = new Set<FuncObj>();
    const bad = new Set<FuncObj>();
    const visit = (v: FuncObj): void => {
      index.set(v, next);
      low.set(v, next);
      next++;
      stack.push(v);
      onStack.add(v);
      const facts = this.#facts(v);
      let ok = !facts.blocks;
      // What v calls matters only if v itself can run plain: a function that cannot makes
      // every caller unable too, whatever it calls (and is its own component then).
      for (const w of ok ? facts.callees : []) {
        if (!this.#known.has(w)) {
          if (!index.has(w)) {
            visit(w);
            low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
          } else if (onStack.has(w)) {
            low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
          }
        }
        if (this.#known.get(w) === false) {
          ok = false;
        }
      }
      if (!ok) {
        bad.add(v);
      }
      if (low.get(v) === index.get(v)) {
        const component: FuncObj[] = [];
        for (;;) {
          const w = stack.pop();
          if (w === undefined) {
            break;
          }
          onStack.delete(w);
          component.push(w);
          if (w === v) {
            break;
          }
        }
        const sync = component.every((w) => !bad.has(w));
        for (const w of component) {
          this.#known.set(w, sync);
        }
      }
    };
    visit(f);
    return this.#known.get(f) === true;
  }

  #facts(f: FuncObj): Facts {
    const b = this.#body(f);
    if (b.kind === 'native') {
      return { blocks: false, callees: [] };
    }
    if (b.kind === 'none' || b.info.hasDefer || b.info.callsRecover) {
      return { blocks: true, callees: [] };
    }
    const callees: FuncObj[] = [];
    const blocks = !stmts(b.body.list, (e) => {
      const c = this.#callee(e);
      if (c === null) {
        return false;
      }
      callees.push(c);
      return true;
    });
    return { blocks, callees };
  }
}

/** A call's callee noted; false if the call cannot run plain. */
type OnCall = (e: A.CallExpr) => boolean;

/** Whether statements can run plain (calls aside, which `call` notes). */
function stmts(list: readonly A.Stmt[], call: OnCall): boolean {
  return list.every((s) => stmt(s, call));
}

function stmt(s: A.Stmt | null, call: OnCall): boolean {
  if (s === null) {
    return true;
  }
  switch (s.kind) {
    case 'EmptyStmt':
    case 'BranchStmt':
      return true;
    case 'SendStmt':
    case 'GoStmt':
    case 'DeferStmt':
    case 'SelectStmt':
      return false;
    case 'DeclStmt':
      return s.decl.values.every((v) => exprs(v.values, call));
    case 'LabeledStmt':
      return stmt(s.stmt, call);
    case 'ExprStmt':
    case 'IncDecStmt':
      return expr(s.x, call);
    case 'AssignStmt':
      return exprs(s.lhs, call) && exprs(s.rhs, call);
    case 'ReturnStmt':
      return exprs(s.results, call);
    case 'BlockStmt':
      return stmts(s.list, call);
    case 'IfStmt':
      return stmt(s.init, call) && expr(s.cond, call) && stmt(s.body, call) && stmt(s.else_, call);
    case 'SwitchStmt':
      return (
        stmt(s.init, call) &&
        expr(s.tag, call) &&
        s.clauses.every((c) => exprs(c.list ?? [], call) && stmts(c.body, call))
      );
    case 'TypeSwitchStmt':
      // The clauses' lists are types.
      return stmt(s.init, call) && expr(s.x, call) && s.clauses.every((c) => stmts(c.body, call));
    case 'ForStmt':
      return stmt(s.init, call) && expr(s.cond, call) && stmt(s.post, call) && stmt(s.body, call);
    case 'RangeStmt': {
      const t = s.x.tv?.type;
      if (s.rangeFunc === true || t === undefined || under(t) instanceof Chan) {
        return false;
      }
      return expr(s.key, call) && expr(s.value, call) && expr(s.x, call) && stmt(s.body, call);
    }
  }
}

function exprs(list: readonly (A.Expr | null)[], call: OnCall): boolean {
  return list.every((e) => expr(e, call));
}

function expr(e: A.Expr | null, call: OnCall): boolean {
  if (e === null) {
    return true;
  }
  switch (e.kind) {
    case 'Ident':
    case 'BasicLit':
    case 'BadExpr':
    case 'ArrayType': // types: nothing runs
    case 'MapType':
    case 'ChanType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'Constraint':
      return true;
    case 'FuncLit':
      return false;
    case 'CompositeLit':
      return e.elts.every((el) => expr(el.key, call) && expr(el.value, call));
    case 'ParenExpr':
    case 'SelectorExpr':
    case 'TypeAssertExpr':
    case 'StarExpr':
      return expr(e.x, call);
    case 'UnaryExpr':
      return e.op !== '<-' && expr(e.x, call);
    case 'IndexExpr':
      return expr(e.x, call) && exprs(e.indices, call);
    case 'SliceExpr':
      return expr(e.x, call) && expr(e.low, call) && expr(e.high, call) && expr(e.max, call);
    case 'BinaryExpr':
      return expr(e.x, call) && expr(e.y, call);
    case 'KeyValueExpr':
      return expr(e.key, call) && expr(e.value, call);
    case 'CallExpr': {
      const info = e.call;
      if (info === undefined) {
        return false;
      }
      if (info.kind === 'conversion') {
        return exprs(e.args, call);
      }
      if (info.kind === 'builtin') {
        return info.name !== 'close' && info.name !== 'recover' && exprs(e.args, call);
      }
      const f = unparen(e.fun);
      const recv = f.kind === 'SelectorExpr' && f.selection?.kind === 'method' ? f.x : null;
      return call(e) && expr(recv, call) && exprs(e.args, call);
    }
  }
}

/** The function a call names directly: a package-level function or a concrete method. */
export function staticCallee(e: A.CallExpr): FuncObj | null {
  const f = unparen(e.fun);
  if (f.kind === 'Ident' && f.obj instanceof FuncObj) {
    return f.obj;
  }
  if (f.kind === 'SelectorExpr') {
    const sel = f.selection;
    if (sel?.kind === 'pkg' && f.sel.obj instanceof FuncObj) {
      return f.sel.obj;
    }
    if (sel?.kind === 'method' && !sel.iface) {
      return sel.method;
    }
  }
  return null;
}
