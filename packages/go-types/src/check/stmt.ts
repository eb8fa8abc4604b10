// Statements: assignments, control flow, labels, terminating statements.
// Go: go/types stmt.go, assignments.go, labels.go, return.go.
import type * as A from '../syntax/ast.ts';
import { Bail, absent } from './base.ts';
import { constKey } from './constant.ts';
import { exprString } from './exprstring.ts';
import { ExprChecker, unparen } from './expr.ts';
import { ConstObj, TypeName, VarObj } from './objects.ts';
import type { TypeAndValue } from './operand.ts';
import { Scope } from './scope.ts';
import {
  ArrayT,
  Basic,
  Chan,
  Interface,
  MapT,
  Pointer,
  Signature,
  Slice,
  Tuple,
  Typ,
  TypeParam,
  coreType,
  isInteger,
  isInterface,
  isString,
  isUntyped,
  under,
  type Type,
} from './types.ts';
import { missingMethod } from './lookup.ts';

/** What the statements around a statement allow. */
export interface StmtCtx {
  readonly breakOk: boolean;
  readonly continueOk: boolean;
  /** The statement is the last one of a switch clause that is not the last clause. */
  readonly fallthroughOk: boolean;
  /** Enclosing statements, innermost last, with their labels. */
  readonly labels: readonly {
    readonly label: string | null;
    readonly stmt: A.Stmt;
    readonly loop: boolean;
  }[];
}

export abstract class StmtChecker extends ExprChecker {
  stmtList(list: readonly A.Stmt[], scope: Scope, ctx: StmtCtx): void {
    list.forEach((s, i) => {
      const inner: StmtCtx = i === list.length - 1 ? ctx : { ...ctx, fallthroughOk: false };
      try {
        this.stmt(s, scope, inner, null);
      } catch (e) {
        if (!(e instanceof Bail)) {
          throw e;
        }
      }
    });
  }

  stmt(s: A.Stmt, scope: Scope, ctx: StmtCtx, label: string | null): void {
    switch (s.kind) {
      case 'EmptyStmt':
        return;
      case 'DeclStmt':
        this.#declStmt(s.decl, scope);
        return;
      case 'LabeledStmt':
        this.stmt(s.stmt, scope, ctx, s.label.name);
        return;
      case 'ExprStmt':
        this.#exprStmt(s, scope);
        return;
      case 'SendStmt': {
        const c = this.value(s.chan, scope, null);
        const u = coreType(c.type);
        if (!(u instanceof Chan)) {
          this.fail(
            s.pos,
            `invalid operation: cannot send to non-channel ${this.operandString(s.chan, c)}`,
          );
        }
        if (u.dir === 'recv') {
          this.fail(
            s.pos,
            `invalid operation: cannot send to receive-only channel ${this.operandString(s.chan, c)}`,
          );
        }
        const v = this.value(s.value, scope, u.elem);
        this.assign(s.value, v, u.elem, 'send');
        return;
      }
      case 'IncDecStmt': {
        const x = this.value(s.x, scope, null);
        if (
          !['variable', 'mapindex'].includes(x.mode) &&
          !(x.mode === 'commaok' && s.x.tv?.mode === 'commaok')
        ) {
          this.#notAssignable(s.x, x);
        }
        const u = under(x.type);
        if (!(u instanceof Basic) && !(x.type instanceof TypeParam)) {
          this.fail(
            s.pos,
            `invalid operation: ${exprString(s.x)}${s.inc ? '++' : '--'} (non-numeric type ${this.ts(x.type)})`,
          );
        }
        return;
      }
      case 'AssignStmt':
        this.#assignStmt(s, scope);
        return;
      case 'GoStmt':
      case 'DeferStmt': {
        const what = s.kind === 'GoStmt' ? 'go' : 'defer';
        const call = unparen(s.call);
        if (call.kind !== 'CallExpr') {
          this.fail(s.call.pos, `expression in ${what} must be function call`);
        }
        if (s.kind === 'DeferStmt') {
          const f = this.func;
          if (f !== null) {
            f.info.hasDefer = true;
          }
        }
        this.exprMulti(call, scope, null);
        if (call.call?.kind === 'conversion') {
          this.fail(s.call.pos, `${what} requires function call, not conversion`);
        }
        if (
          call.call?.kind === 'builtin' &&
          !['close', 'copy', 'delete', 'panic', 'print', 'println', 'recover', 'clear'].includes(
            call.call.name,
          )
        ) {
          this.fail(s.call.pos, `${what} discards result of ${exprString(call)}`);
        }
        return;
      }
      case 'ReturnStmt':
        this.#returnStmt(s, scope);
        return;
      case 'BranchStmt':
        this.#branch(s, ctx);
        return;
      case 'BlockStmt':
        this.stmtList(s.list, new Scope(scope), { ...ctx, fallthroughOk: false });
        return;
      case 'IfStmt': {
        const inner = new Scope(scope);
        if (s.init !== null) {
          this.#simpleStmt(s.init, inner, ctx);
        }
        try {
          const c = this.value(s.cond, inner, null);
          if (!isBooleanType(c.type)) {
            this.error(s.cond.pos, `non-boolean condition in if statement`);
          } else if (isUntyped(c.type)) {
            this.defaultOf(s.cond, c);
          }
        } catch (e) {
          if (!(e instanceof Bail)) {
            throw e;
          }
        }
        const bctx = { ...ctx, fallthroughOk: false };
        this.stmtList(s.body.list, new Scope(inner), bctx);
        if (s.else_ !== null) {
          this.stmt(s.else_, inner, bctx, null);
        }
        return;
      }
      case 'SwitchStmt':
        this.#switchStmt(s, scope, ctx, label);
        return;
      case 'TypeSwitchStmt':
        this.#typeSwitch(s, scope, ctx, label);
        return;
      case 'SelectStmt':
        this.#select(s, scope, ctx, label);
        return;
      case 'ForStmt': {
        const inner = new Scope(scope);
        s.perIteration = this.goMinor >= 22;
        if (s.init !== null) {
          this.#simpleStmt(s.init, inner, ctx);
        }
        if (s.cond !== null) {
          const c = this.value(s.cond, inner, null);
          if (!isBooleanType(c.type)) {
            this.error(s.cond.pos, `non-boolean condition in for statement`);
          } else if (isUntyped(c.type)) {
            this.defaultOf(s.cond, c);
          }
        }
        if (s.post !== null) {
          if (s.post.kind === 'AssignStmt' && s.post.op === ':=') {
            this.fail(s.post.pos, 'cannot declare in post statement of for loop');
          }
          this.#simpleStmt(s.post, inner, ctx);
        }
        this.stmtList(s.body.list, new Scope(inner), this.#loopCtx(ctx, s, label));
        return;
      }
      case 'RangeStmt':
        this.#rangeStmt(s, scope, ctx, label);
        return;
    }
  }

  #loopCtx(ctx: StmtCtx, s: A.Stmt, label: string | null): StmtCtx {
    return {
      breakOk: true,
      continueOk: true,
      fallthroughOk: false,
      labels: [...ctx.labels, { label, stmt: s, loop: true }],
    };
  }

  #simpleStmt(s: A.Stmt, scope: Scope, ctx: StmtCtx): void {
    try {
      this.stmt(s, scope, ctx, null);
    } catch (e) {
      if (!(e instanceof Bail)) {
        throw e;
      }
    }
  }

  #declStmt(d: A.GenDecl, scope: Scope): void {
    if (d.tok === 'const') {
      let lastType: A.Expr | null = null;
      let lastValues: readonly A.Expr[] = [];
      for (const spec of d.values) {
        if (spec.type !== null || spec.values.length > 0) {
          lastType = spec.type;
          lastValues = spec.values;
        }
        const objs: ConstObj[] = [];
        spec.names.forEach((n, i) => {
          const o = new ConstObj(n.name, n.pos, this.pkg, Typ.invalid, 0n);
          n.obj = o;
          const init = lastValues[i];
          this.iota = BigInt(spec.iota);
          try {
            if (init === undefined) {
              this.fail(
                n.pos,
                lastValues.length === 0
                  ? 'missing init expr for const declaration'
                  : 'missing init expr for const declaration',
              );
            }
            const t = lastType === null ? null : this.typExpr(lastType, scope);
            const x = this.expr(init, scope, t);
            if (x.mode !== 'constant') {
              this.fail(init.pos, `${this.operandString(init, x)} is not constant`);
            }
            if (t !== null) {
              this.assign(init, x, t, 'constant declaration');
              o.type = t;
              o.value = init.tv?.value ?? x.value ?? 0n;
            } else {
              o.type = x.type;
              o.value = x.value ?? 0n;
            }
          } catch (e) {
            if (!(e instanceof Bail)) {
              throw e;
            }
          } finally {
            this.iota = null;
          }
          objs.push(o);
        });
        if (spec.values.length > spec.names.length) {
          this.error(spec.values[spec.names.length]?.pos ?? spec.pos, 'extra init expr');
        }
        for (const o of objs) {
          this.#declare(scope, o);
        }
      }
      return;
    }
    if (d.tok === 'var') {
      for (const spec of d.values) {
        const vars = spec.names.map((n) => {
          const v = new VarObj(n.name, n.pos, this.pkg, Typ.invalid);
          n.obj = v;
          return v;
        });
        try {
          this.varSpec(vars, spec, scope);
        } catch (e) {
          if (!(e instanceof Bail)) {
            throw e;
          }
        }
        for (const v of vars) {
          this.#declare(scope, v);
          this.declareLocal(v);
        }
      }
      return;
    }
    if (d.tok === 'type') {
      for (const spec of d.types) {
        const o = new TypeName(spec.name.name, spec.name.pos, this.pkg, null);
        o.local = true;
        o.alias = spec.alias;
        spec.name.obj = o;
        this.#declare(scope, o);
        try {
          this.typeDecl(o, spec, scope);
        } catch (e) {
          if (!(e instanceof Bail)) {
            throw e;
          }
        }
      }
    }
  }

  #declare(scope: Scope, o: VarObj | ConstObj | TypeName): void {
    if (o.name === '_') {
      return;
    }
    const old = scope.insert(o);
    if (old !== undefined && o.pos !== null) {
      this.error(
        o.pos,
        `${o.name} redeclared in this block\n\t${this.posString(old.pos)}: other declaration of ${o.name}`,
      );
    }
  }

  #exprStmt(s: A.ExprStmt, scope: Scope): void {
    const x = this.exprMulti(s.x, scope, null);
    const e = unparen(s.x);
    if (e.kind === 'CallExpr') {
      if (e.call?.kind === 'conversion') {
        this.fail(s.x.pos, `${this.operandString(s.x, x)} is not used`);
      }
      if (
        e.call?.kind === 'builtin' &&
        !['close', 'copy', 'delete', 'panic', 'print', 'println', 'recover', 'clear'].includes(
          e.call.name,
        )
      ) {
        this.fail(s.x.pos, `${this.operandString(s.x, x)} is not used`);
      }
      return;
    }
    if (e.kind === 'UnaryExpr' && e.op === '<-') {
      return;
    }
    if (x.mode === 'typexpr') {
      this.fail(s.x.pos, `${exprString(s.x)} (type) is not an expression`);
    }
    if (x.mode === 'builtin') {
      this.fail(s.x.pos, `${exprString(s.x)} (built-in) must be called`);
    }
    this.fail(
      s.x.pos,
      `${this.operandString(s.x, x.mode === 'commaok' ? { ...x, mode: s.x.tv?.mode === 'commaok' && e.kind === 'IndexExpr' ? 'mapindex' : 'value' } : x)} is not used`,
    );
  }

  // ---- assignments ----

  #assignStmt(s: A.AssignStmt, scope: Scope): void {
    if (s.op === ':=') {
      this.#shortVarDecl(s, scope);
      return;
    }
    if (s.op !== '=') {
      // x op= y
      const lhs = s.lhs[0];
      const rhs = s.rhs[0];
      if (s.lhs.length !== 1 || s.rhs.length !== 1 || lhs === undefined || rhs === undefined) {
        this.fail(s.pos, `assignment operation ${s.op} requires single-valued expressions`);
      }
      const op = s.op.slice(0, -1) as A.BinaryOp;
      const bin: A.BinaryExpr = {
        kind: 'BinaryExpr',
        pos: lhs.pos,
        op,
        x: lhs,
        y: rhs,
        opPos: s.pos,
      };
      this.opAssign.add(bin);
      const x = this.value(bin, scope, null);
      const l = lhs.tv ?? x;
      if (l.mode !== 'variable' && l.mode !== 'mapindex' && l.mode !== 'commaok') {
        this.#notAssignable(lhs, l);
      }
      this.assign(bin, x, l.type, 'assignment');
      return;
    }
    const nl = s.lhs.length;
    const nr = s.rhs.length;
    const lhsTypes: (Type | null)[] = s.lhs.map((l) => this.#lhs(l, scope));
    if (nr === 1 && nl > 1) {
      const r0 = s.rhs[0] ?? absent('the right-hand side of an assignment');
      const x = this.exprMulti(r0, scope, null);
      const types =
        x.type instanceof Tuple
          ? x.type.vars.map((v) => v.type)
          : x.mode === 'commaok'
            ? [x.type, Typ.untypedBool]
            : [x.type];
      if (types.length !== nl) {
        this.assignMismatch(s.rhs, nl, types.length);
      }
      if (x.mode === 'commaok') {
        r0.tv = { mode: 'commaok', type: x.type };
      }
      lhsTypes.forEach((lt, i) => {
        const rt = types[i] ?? Typ.invalid;
        if (
          lt !== null &&
          !this.assignableTo(rt, lt) &&
          !(isUntyped(rt) && rt === Typ.untypedBool && isBooleanType(lt))
        ) {
          this.error(
            s.lhs[i]?.pos ?? s.pos,
            `cannot use ${exprString(r0)} (value of type ${this.ts(rt)}) as ${this.ts(lt)} value in assignment`,
          );
        }
      });
      return;
    }
    if (nl !== nr) {
      this.assignMismatch(s.rhs, nl, nr);
    }
    s.rhs.forEach((r, i) => {
      const lt = lhsTypes[i] ?? null;
      try {
        const x = nr === 1 ? this.singleRhs(r, scope, lt) : this.expr(r, scope, lt);
        this.mustBeValue(r, x);
        if (lt === null) {
          if (x.type === Typ.untypedNil) {
            this.fail(r.pos, 'use of untyped nil in assignment');
          }
          this.defaultOf(r, x);
        } else {
          this.assign(r, x, lt, 'assignment');
        }
      } catch (e) {
        if (!(e instanceof Bail)) {
          throw e;
        }
      }
    });
  }

  /** Checks an assignment's left-hand side; returns its type (null for `_`). */
  #lhs(l: A.Expr, scope: Scope): Type | null {
    const e = unparen(l);
    if (e.kind === 'Ident' && e.name === '_') {
      e.tv = { mode: 'variable', type: Typ.invalid };
      return null;
    }
    if (e.kind === 'Ident') {
      // Assigning is not using.
      const r = scope.lookupParent(e.name);
      const o = r?.[0];
      if (o instanceof VarObj) {
        e.obj = o;
        const used = o.used;
        const x = this.value(e, scope, null);
        o.used = used;
        return x.type;
      }
    }
    const x = this.exprMulti(l, scope, null);
    if (x.mode === 'variable') {
      return x.type;
    }
    if (x.mode === 'commaok' && unparen(l).kind === 'IndexExpr') {
      l.tv = { mode: 'mapindex', type: x.type };
      return x.type;
    }
    this.#notAssignable(l, x);
  }

  #notAssignable(l: A.Expr, x: TypeAndValue): never {
    const e = unparen(l);
    if (e.kind === 'SelectorExpr') {
      // m[k].f = v
      let base = unparen(e.x);
      while (base.kind === 'SelectorExpr') {
        base = unparen(base.x);
      }
      if (
        base.kind === 'IndexExpr' &&
        base.x.tv !== undefined &&
        under(base.x.tv.type) instanceof MapT
      ) {
        this.fail(l.pos, `cannot assign to struct field ${exprString(l)} in map`);
      }
    }
    if (x.mode === 'constant' || x.mode === 'value' || x.mode === 'commaok') {
      const what =
        e.kind === 'IndexExpr' && isString(e.x.tv?.type ?? Typ.invalid)
          ? `neither addressable nor a map index expression`
          : `neither addressable nor a map index expression`;
      this.fail(l.pos, `cannot assign to ${exprString(l)} (${what})`);
    }
    this.fail(l.pos, `cannot assign to ${exprString(l)}`);
  }

  #shortVarDecl(s: A.AssignStmt, scope: Scope): void {
    const vars: VarObj[] = [];
    const defines: boolean[] = [];
    const lhsTypes: (Type | null)[] = [];
    let anyNew = false;
    const seen = new Set<string>();
    for (const l of s.lhs) {
      if (l.kind !== 'Ident') {
        this.fail(l.pos, `non-name ${exprString(l)} on left side of :=`);
      }
      if (seen.has(l.name) && l.name !== '_') {
        this.fail(l.pos, `${l.name} repeated on left side of :=`);
      }
      seen.add(l.name);
      const old = scope.lookup(l.name);
      if (old instanceof VarObj && l.name !== '_') {
        l.obj = old;
        vars.push(old);
        defines.push(false);
        lhsTypes.push(old.type);
        continue;
      }
      const v = new VarObj(l.name, l.pos, this.pkg, Typ.invalid);
      l.obj = v;
      vars.push(v);
      defines.push(true);
      lhsTypes.push(null);
      if (l.name !== '_') {
        anyNew = true;
      }
    }
    s.defines = defines;
    if (!anyNew) {
      this.error(s.pos, 'no new variables on left side of :=', true);
    }
    // Check the right-hand side with the new variables not yet in scope.
    const newVars = vars.filter((_, i) => defines[i]);
    const assignVars = vars.map((v, i) =>
      defines[i] ? v : new VarObj('', null, this.pkg, v.type),
    );
    try {
      this.#initMixed(assignVars, lhsTypes, s, scope);
    } finally {
      for (const v of newVars) {
        if (v.type === Typ.invalid) {
          v.used = true; // Go (types2 initVar): no follow-on "declared but not used"
        }
        if (v.name !== '_') {
          scope.insert(v);
          this.declareLocal(v);
        }
      }
    }
  }

  #initMixed(vars: VarObj[], declared: (Type | null)[], s: A.AssignStmt, scope: Scope): void {
    // New variables take the values' types; existing ones must accept them.
    if (s.rhs.length === 1 && vars.length > 1) {
      const r0 = s.rhs[0] ?? absent('the right-hand side of an assignment');
      const x = this.exprMulti(r0, scope, null);
      const types =
        x.type instanceof Tuple
          ? x.type.vars.map((v) => v.type)
          : x.mode === 'commaok'
            ? [x.type, Typ.bool]
            : [x.type];
      if (types.length !== vars.length) {
        this.assignMismatch(s.rhs, vars.length, types.length);
      }
      if (x.mode === 'commaok') {
        r0.tv = { mode: 'commaok', type: x.type };
      }
      vars.forEach((v, i) => {
        const rt = types[i] ?? Typ.invalid;
        const d = declared[i] ?? null;
        if (d === null) {
          v.type = rt;
        } else if (!this.assignableTo(rt, d)) {
          this.error(
            s.pos,
            `cannot use ${exprString(r0)} value as ${this.ts(d)} value in assignment`,
          );
        }
      });
      return;
    }
    if (s.rhs.length !== vars.length) {
      this.assignMismatch(s.rhs, vars.length, s.rhs.length);
    }
    s.rhs.forEach((r, i) => {
      const v = vars[i];
      if (v === undefined) {
        return;
      }
      const d = declared[i] ?? null;
      try {
        const x = s.rhs.length === 1 ? this.singleRhs(r, scope, d) : this.expr(r, scope, d);
        if (x.type instanceof Tuple && x.mode !== 'novalue') {
          this.fail(
            r.pos,
            `multiple-value ${exprString(r)} (value of type ${this.ts(x.type)}) in single-value context`,
          );
        }
        if (d === null) {
          if (x.mode === 'novalue') {
            this.fail(r.pos, `${exprString(r)} (no value) used as value`);
          }
          this.mustBeValue(r, x);
          if (x.type === Typ.untypedNil) {
            this.fail(r.pos, 'use of untyped nil in assignment');
          }
          v.type = this.defaultOf(r, x);
        } else {
          this.assign(r, x, d, 'assignment');
        }
      } catch (e) {
        if (!(e instanceof Bail)) {
          throw e;
        }
      }
    });
  }

  #returnStmt(s: A.ReturnStmt, scope: Scope): void {
    const f = this.func;
    if (f === null) {
      this.fail(s.pos, 'return outside function');
    }
    const want = f.sig.results.vars;
    if (s.results.length === 0) {
      if (want.length > 0 && want[0]?.name === '') {
        this.fail(
          s.pos,
          `not enough return values\n\thave ()\n\twant ${this.#tupleStr(want.map((v) => v.type))}`,
        );
      }
      if (want.length > 0) {
        // A bare return with named results: the results must not be shadowed.
        for (const v of want) {
          const r = scope.lookupParent(v.name);
          if (r !== undefined && r[0] !== v) {
            this.error(
              s.pos,
              `result parameter ${v.name} not in scope at return\n\t${this.posString(r[0].pos)}: inner declaration of ${v.name}`,
            );
          }
        }
      }
      return;
    }
    if (want.length === 0) {
      this.fail(
        s.results[0]?.pos ?? s.pos,
        `too many return values\n\thave ${this.#haveStr(s.results, scope)}\n\twant ()`,
      );
    }
    if (s.results.length === 1 && want.length > 1) {
      const r0 = s.results[0] ?? absent('the result of a return statement');
      const x = this.exprMulti(r0, scope, null);
      if (x.type instanceof Tuple && x.type.vars.length === want.length) {
        x.type.vars.forEach((v, i) => {
          const w = want[i];
          if (w !== undefined && !this.assignableTo(v.type, w.type)) {
            this.error(
              r0.pos,
              `cannot use ${exprString(r0)} (value of type ${this.ts(x.type)}) as ${this.ts(w.type)} value in return statement`,
            );
          }
        });
        return;
      }
      const have =
        x.type instanceof Tuple
          ? this.#tupleStr(x.type.vars.map((v) => v.type))
          : `(${this.#haveOne(x)})`;
      this.fail(
        r0.pos,
        `${x.type instanceof Tuple && x.type.vars.length > want.length ? 'too many' : 'not enough'} return values\n\thave ${have}\n\twant ${this.#tupleStr(want.map((v) => v.type))}`,
      );
    }
    if (s.results.length !== want.length) {
      const have = this.#haveStr(s.results, scope);
      this.fail(
        s.results[0]?.pos ?? s.pos,
        `${s.results.length < want.length ? 'not enough' : 'too many'} return values\n\thave ${have}\n\twant ${this.#tupleStr(want.map((v) => v.type))}`,
      );
    }
    s.results.forEach((r, i) => {
      const w = want[i];
      if (w === undefined) {
        return;
      }
      try {
        const x = this.value(r, scope, w.type);
        this.assign(r, x, w.type, 'return statement');
      } catch (e) {
        if (!(e instanceof Bail)) {
          throw e;
        }
      }
    });
  }

  #tupleStr(ts: readonly Type[]): string {
    return `(${ts.map((t) => this.ts(t)).join(', ')})`;
  }

  #haveOne(x: TypeAndValue): string {
    return x.mode === 'constant' && isUntyped(x.type) ? 'number' : this.ts(x.type);
  }

  #haveStr(es: readonly A.Expr[], scope: Scope): string {
    return `(${es
      .map((e) => {
        try {
          const x = e.tv ?? this.exprMulti(e, scope, null);
          if (x.mode === 'constant' && isUntyped(x.type)) {
            return x.type === Typ.untypedString ? 'string' : 'number';
          }
          return this.ts(x.type);
        } catch {
          return '?';
        }
      })
      .join(', ')})`;
  }

  /**
   * Resolves a branch statement's target. Misplaced branches and bad labels were reported by
   * the parser-stage check (branches.ts), as types2 leaves them to cmd/compile's parser
   * (IgnoreBranchErrors): here they only stop checking the statement.
   */
  #branch(s: A.BranchStmt, ctx: StmtCtx): void {
    if (s.tok === 'fallthrough') {
      if (!ctx.fallthroughOk) {
        throw new Bail();
      }
      return;
    }
    if (s.tok === 'goto') {
      const l = s.label === null ? undefined : this.labels.get(s.label.name);
      if (l === undefined || s.label === null) {
        throw new Bail();
      }
      l.obj.used = true;
      s.label.obj = l.obj;
      const f = this.func;
      if (f !== null) {
        f.info.hasGoto = true;
      }
      s.target = l.stmt;
      l.stmt.gotoTarget = true;
      return;
    }
    if (s.label !== null) {
      const l = this.labels.get(s.label.name);
      if (l !== undefined) {
        l.obj.used = true;
        s.label.obj = l.obj;
      }
      const target = [...ctx.labels].reverse().find((x) => x.label === s.label?.name);
      if (target === undefined) {
        throw new Bail();
      }
      if (s.tok === 'continue' && !target.loop) {
        throw new Bail();
      }
      s.target = target.stmt;
      return;
    }
    if (s.tok === 'break') {
      if (!ctx.breakOk) {
        throw new Bail();
      }
      const t = ctx.labels.at(-1);
      if (t !== undefined) {
        s.target = t.stmt;
      }
      return;
    }
    if (!ctx.continueOk) {
      throw new Bail();
    }
    const t = [...ctx.labels].reverse().find((x) => x.loop);
    if (t !== undefined) {
      s.target = t.stmt;
    }
  }

  #switchStmt(s: A.SwitchStmt, scope: Scope, ctx: StmtCtx, label: string | null): void {
    const inner = new Scope(scope);
    if (s.init !== null) {
      this.#simpleStmt(s.init, inner, ctx);
    }
    let tagType: Type = Typ.bool;
    if (s.tag !== null) {
      try {
        const x = this.value(s.tag, inner, null);
        tagType = this.defaultOf(s.tag, x);
        if (x.type === Typ.untypedNil) {
          this.fail(s.tag.pos, 'use of untyped nil in switch expression');
        }
      } catch (e) {
        if (!(e instanceof Bail)) {
          throw e;
        }
        tagType = Typ.invalid;
      }
    }
    const sctx: StmtCtx = {
      breakOk: true,
      continueOk: ctx.continueOk,
      fallthroughOk: false,
      labels: [...ctx.labels, { label, stmt: s, loop: false }],
    };
    let defaults = 0;
    const seen = new Map<unknown, A.Expr>();
    s.clauses.forEach((c, i) => {
      if (c.list === null) {
        defaults++;
        if (defaults > 1) {
          this.error(c.pos, `multiple defaults in switch`);
        }
      }
      for (const e of c.list ?? []) {
        try {
          if (s.tag === null) {
            const x = this.value(e, inner, null);
            if (!isBooleanType(x.type)) {
              this.fail(
                e.pos,
                `invalid case ${exprString(e)} in switch (mismatched types ${this.ts(x.type)} and bool)`,
              );
            }
            this.defaultOf(e, x);
          } else if (tagType !== Typ.invalid) {
            const x = this.value(e, inner, tagType);
            if (isUntyped(x.type)) {
              this.assign(e, x, tagType, 'switch case');
            } else if (!this.assignableTo(x.type, tagType) && !this.assignableTo(tagType, x.type)) {
              this.fail(
                e.pos,
                `invalid case ${exprString(e)} in switch on ${exprString(s.tag)} (mismatched types ${this.ts(x.type)} and ${this.ts(tagType)})`,
              );
            }
            const cv = e.tv;
            if (cv?.mode === 'constant' && cv.value !== undefined && !isInterface(tagType)) {
              const key = constKey(cv.value);
              const prev = seen.get(key);
              if (prev !== undefined) {
                this.error(
                  e.pos,
                  `duplicate case ${exprString(e)} in expression switch\n\t${this.posString(prev.pos)}: previous case`,
                );
              }
              seen.set(key, e);
            }
          }
        } catch (err) {
          if (!(err instanceof Bail)) {
            throw err;
          }
        }
      }
      const cctx = { ...sctx, fallthroughOk: i < s.clauses.length - 1 };
      this.stmtList(c.body, new Scope(inner), cctx);
    });
  }

  #typeSwitch(s: A.TypeSwitchStmt, scope: Scope, ctx: StmtCtx, label: string | null): void {
    const inner = new Scope(scope);
    if (s.init !== null) {
      this.#simpleStmt(s.init, inner, ctx);
    }
    const x = this.value(s.x, inner, null);
    if (!isInterface(x.type)) {
      this.fail(s.x.pos, `${this.operandString(s.x, x)} is not an interface`);
    }
    const sctx: StmtCtx = {
      breakOk: true,
      continueOk: ctx.continueOk,
      fallthroughOk: false,
      labels: [...ctx.labels, { label, stmt: s, loop: false }],
    };
    const bound: VarObj[] = [];
    let defaults = 0;
    for (const c of s.clauses) {
      if (c.list === null) {
        defaults++;
        if (defaults > 1) {
          this.error(c.pos, 'multiple defaults in switch');
        }
      }
      let single: Type | null = null;
      for (const te of c.list ?? []) {
        try {
          const t = this.exprMulti(te, inner, null);
          if (t.type === Typ.untypedNil && t.mode === 'value') {
            single = c.list?.length === 1 ? x.type : null;
            continue;
          }
          if (t.mode !== 'typexpr') {
            this.fail(te.pos, `${exprString(te)} is not a type`);
          }
          const iu = under(x.type);
          if (!isInterface(t.type) && iu instanceof Interface) {
            const m = missingMethod(t.type, iu, this.pkg);
            if (m !== null) {
              this.error(
                te.pos,
                `impossible type switch case: ${this.operandString(s.x, x)} cannot have dynamic type ${this.ts(t.type)} ${m}`,
              );
            }
          }
          if (c.list?.length === 1) {
            single = t.type;
          }
        } catch (e) {
          if (!(e instanceof Bail)) {
            throw e;
          }
        }
      }
      const cscope = new Scope(inner);
      if (s.binding !== null) {
        const v = new VarObj(s.binding.name, s.binding.pos, this.pkg, single ?? x.type);
        c.implicit = v;
        if (s.binding.name !== '_') {
          cscope.insert(v);
        }
        bound.push(v);
      }
      this.stmtList(c.body, cscope, sctx);
    }
    if (s.binding !== null) {
      if (s.binding.name === '_') {
        this.error(s.binding.pos, 'no new variable on left side of :=');
      } else if (!bound.some((v) => v.used)) {
        this.error(s.binding.pos, `${s.binding.name} declared but not used`, true);
      }
      const first = bound[0];
      if (first !== undefined) {
        s.binding.obj = first;
      }
    }
  }

  #select(s: A.SelectStmt, scope: Scope, ctx: StmtCtx, label: string | null): void {
    const sctx: StmtCtx = {
      breakOk: true,
      continueOk: ctx.continueOk,
      fallthroughOk: false,
      labels: [...ctx.labels, { label, stmt: s, loop: false }],
    };
    let defaults = 0;
    for (const c of s.clauses) {
      const inner = new Scope(scope);
      if (c.comm === null) {
        defaults++;
        if (defaults > 1) {
          this.error(c.pos, 'multiple defaults in select');
        }
      } else {
        const comm = c.comm;
        let ok = comm.kind === 'SendStmt';
        if (comm.kind === 'ExprStmt') {
          const e = unparen(comm.x);
          ok = e.kind === 'UnaryExpr' && e.op === '<-';
        } else if (comm.kind === 'AssignStmt') {
          const r = comm.rhs[0];
          ok =
            comm.rhs.length === 1 &&
            r !== undefined &&
            unparen(r).kind === 'UnaryExpr' &&
            (unparen(r) as A.UnaryExpr).op === '<-';
        }
        if (!ok) {
          this.error(comm.pos, 'select case must be receive, send or assign recv');
        } else {
          this.#simpleStmt(comm, inner, ctx);
        }
      }
      this.stmtList(c.body, new Scope(inner), sctx);
    }
  }

  #rangeStmt(s: A.RangeStmt, scope: Scope, ctx: StmtCtx, label: string | null): void {
    const inner = new Scope(scope);
    s.perIteration = this.goMinor >= 22;
    const x = this.value(s.x, scope, null);
    let kt: Type | null = null;
    let vt: Type | null = null;
    const u = coreType(x.type) ?? under(x.type);
    if (isString(u)) {
      kt = Typ.int;
      vt = Typ.int32;
      if (isUntyped(x.type)) {
        this.defaultOf(s.x, x);
      }
    } else if (u instanceof ArrayT) {
      kt = Typ.int;
      vt = u.elem;
    } else if (u instanceof Pointer && under(u.elem) instanceof ArrayT) {
      kt = Typ.int;
      vt = (under(u.elem) as ArrayT).elem;
    } else if (u instanceof Slice) {
      kt = Typ.int;
      vt = u.elem;
    } else if (u instanceof MapT) {
      kt = u.key;
      vt = u.elem;
    } else if (u instanceof Chan) {
      kt = u.elem;
      if (u.dir === 'send') {
        this.fail(
          s.x.pos,
          `invalid operation: range ${exprString(s.x)} receive from send-only channel ${this.ts(x.type)}`,
        );
      }
      if (s.value !== null) {
        this.fail(
          s.value.pos,
          `range over ${this.operandString(s.x, x)} permits only one iteration variable`,
        );
      }
    } else if (isInteger(u)) {
      if (this.goMinor < 22) {
        this.fail(
          s.x.pos,
          `cannot range over ${this.operandString(s.x, x)}: requires go1.22 or later (-lang was set to go1.${this.goMinor}; check go.mod)`,
        );
      }
      kt = isUntyped(x.type) ? Typ.int : x.type;
      if (isUntyped(x.type)) {
        this.convertUntyped(s.x, x, Typ.int);
      }
      if (s.value !== null) {
        this.fail(
          s.value.pos,
          `range over ${this.operandString(s.x, x)} permits only one iteration variable`,
        );
      }
    } else if (u instanceof Signature && rangeFuncYield(u) !== null) {
      // Go 1.23: func(yield func(K, V) bool); the body is the yield function.
      const yp = rangeFuncYield(u) ?? [];
      if (this.goMinor < 23) {
        this.error(
          s.x.pos,
          `cannot range over ${this.operandString(s.x, x)}: requires go1.23 or later (-lang was set to go1.${this.goMinor}; check go.mod)`,
        );
      }
      kt = yp[0] ?? null;
      vt = yp[1] ?? null;
      const extra = [s.key, s.value].slice(yp.length).find((e) => e !== null);
      if (extra !== undefined) {
        this.error(
          extra.pos,
          `range over ${this.operandString(s.x, x)} permits ${yp.length === 0 ? 'no iteration variables' : 'only one iteration variable'}`,
        );
      }
      s.rangeFunc = true;
    } else {
      this.fail(s.x.pos, `cannot range over ${this.operandString(s.x, x)}`);
    }
    const lhs = [s.key, s.value];
    const types = [kt, vt];
    if (s.define) {
      const vars: VarObj[] = [];
      lhs.forEach((l, i) => {
        if (l === null) {
          return;
        }
        if (l.kind !== 'Ident') {
          this.error(l.pos, `non-name ${exprString(l)} on left side of :=`);
          return;
        }
        const v = new VarObj(l.name, l.pos, this.pkg, types[i] ?? Typ.invalid);
        l.obj = v;
        l.tv = { mode: 'variable', type: v.type };
        vars.push(v);
      });
      for (const v of vars) {
        if (v.name !== '_') {
          inner.insert(v);
          this.declareLocal(v);
        }
      }
    } else {
      lhs.forEach((l, i) => {
        if (l === null) {
          return;
        }
        const t = this.#lhs(l, scope);
        const rt = types[i];
        if (t !== null && rt !== null && rt !== undefined && !this.assignableTo(rt, t)) {
          this.error(
            l.pos,
            `cannot use ${exprString(l)} (value of type ${this.ts(rt)}) as ${this.ts(t)} value in range`,
          );
        }
      });
    }
    this.stmtList(s.body.list, new Scope(inner), this.#loopCtx(ctx, s, label));
  }

  // ---- terminating statements (spec: Terminating statements) ----

  isTerminatingList(list: readonly A.Stmt[], label: string): boolean {
    // Trailing empty statements are ignored.
    let i = list.length - 1;
    while (i >= 0 && list[i]?.kind === 'EmptyStmt') {
      i--;
    }
    const last = list[i];
    return last !== undefined && this.#isTerminating(last, label);
  }

  #isTerminating(s: A.Stmt, label: string): boolean {
    switch (s.kind) {
      case 'ReturnStmt':
        return true;
      case 'BranchStmt':
        return s.tok === 'goto' || s.tok === 'fallthrough';
      case 'ExprStmt': {
        const e = unparen(s.x);
        return e.kind === 'CallExpr' && e.call?.kind === 'builtin' && e.call.name === 'panic';
      }
      case 'BlockStmt':
        return this.isTerminatingList(s.list, '');
      case 'IfStmt':
        return (
          s.else_ !== null &&
          this.isTerminatingList(s.body.list, '') &&
          this.#isTerminating(s.else_, '')
        );
      case 'LabeledStmt':
        return this.#isTerminating(s.stmt, s.label.name);
      case 'ForStmt':
        return s.cond === null && !hasBreak(s.body, s, label);
      case 'SwitchStmt':
      case 'TypeSwitchStmt':
        return (
          s.clauses.some((c) => c.list === null) &&
          s.clauses.every(
            (c) => this.isTerminatingList(c.body, '') && !c.body.some((b) => hasBreak(b, s, label)),
          )
        );
      case 'SelectStmt':
        return s.clauses.every(
          (c) => this.isTerminatingList(c.body, '') && !c.body.some((b) => hasBreak(b, s, label)),
        );
      default:
        return false;
    }
  }
}

/** Whether s contains a break that leaves `target` (unlabeled inside it, or labeled `label`). */
function hasBreak(s: A.Stmt, target: A.Stmt, label: string): boolean {
  let found = false;
  const walk = (n: A.Stmt, nested: boolean): void => {
    if (found) {
      return;
    }
    switch (n.kind) {
      case 'BranchStmt':
        if (
          n.tok === 'break' &&
          ((n.label === null && !nested) ||
            (n.label !== null && n.label.name === label && label !== ''))
        ) {
          found = true;
        }
        return;
      case 'BlockStmt':
        n.list.forEach((x) => {
          walk(x, nested);
        });
        return;
      case 'IfStmt':
        walk(n.body, nested);
        if (n.else_ !== null) {
          walk(n.else_, nested);
        }
        return;
      case 'LabeledStmt':
        walk(n.stmt, nested);
        return;
      case 'ForStmt':
      case 'RangeStmt':
        walk(n.body, true);
        return;
      case 'SwitchStmt':
      case 'TypeSwitchStmt':
      case 'SelectStmt':
        for (const c of n.clauses) {
          c.body.forEach((x) => {
            walk(x, true);
          });
        }
        return;
      default:
        return;
    }
  };
  if (s === target && (s.kind === 'ForStmt' || s.kind === 'RangeStmt')) {
    walk(s.body, false);
  } else {
    walk(s, false);
  }
  return found;
}

function isBooleanType(t: Type): boolean {
  const u = under(t);
  return u instanceof Basic && (u.name === 'bool' || u.name === 'untyped bool');
}

export { Interface };

/**
 * The parameter types of the yield function of a range-over-func iterator
 * (`func(yield func(K, V) bool)`, at most two), or null when sig is not one.
 */
function rangeFuncYield(sig: Signature): readonly Type[] | null {
  if (sig.params.vars.length !== 1 || sig.results.vars.length !== 0 || sig.variadic) {
    return null;
  }
  const y = coreType(sig.params.vars[0]?.type ?? Typ.invalid);
  if (
    !(y instanceof Signature) ||
    y.variadic ||
    y.params.vars.length > 2 ||
    y.results.vars.length !== 1
  ) {
    return null;
  }
  const r = y.results.vars[0]?.type;
  if (r === undefined || !(under(r) instanceof Basic) || (under(r) as Basic).name !== 'bool') {
    return null;
  }
  return y.params.vars.map((p) => p.type);
}
