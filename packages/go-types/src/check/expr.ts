// Expressions: operands, conversions of untyped constants, operators, calls, builtins,
// selectors, composite literals, and the generic calls' inference.
// Go: go/types expr.go, call.go, builtins.go, conversions.go, index.go, infer.go.
import type * as A from '../syntax/ast.ts';
import { alignof, offsetsof, sizeof } from './sizes.ts';
import { Bail, CheckerBase, absent } from './base.ts';
import {
  ComplexValue,
  binaryConst,
  bitLen,
  compareConst,
  constKey,
  constSign,
  constString,
  divZero,
  isNumericValue,
  negConst,
  notRepresentable,
  roundConst,
  toComplex,
  toFloat,
  toInt,
  type ConstValue,
} from './constant.ts';
import { exprString } from './exprstring.ts';
import { lookupFieldOrMethod, missingMethod } from './lookup.ts';
import {
  BuiltinObj,
  ConstObj,
  FuncObj,
  NilObj,
  PkgName,
  TypeName,
  VarObj,
  type Obj,
} from './objects.ts';
import type { Mode, TypeAndValue } from './operand.ts';
import { Scope } from './scope.ts';
import { hasTypeParam, substituteSig, subst } from './subst.ts';
import {
  ArrayT,
  Basic,
  Chan,
  Interface,
  MapT,
  Named,
  Pointer,
  Signature,
  Slice,
  Struct,
  Tuple,
  Typ,
  TypeParam,
  comparable,
  coreType,
  defaultType,
  hasNil,
  identical,
  intRange,
  isBoolean,
  isComplex,
  isConstType,
  isFloat,
  isInteger,
  isInterface,
  isNumeric,
  isOrdered,
  isString,
  isUnsigned,
  isUntyped,
  under,
  type Type,
} from './types.ts';
import { typeString } from './typestring.ts';

function tv(mode: Mode, type: Type, value?: ConstValue): TypeAndValue {
  return value === undefined ? { mode, type } : { mode, type, value };
}

export abstract class ExprChecker extends CheckerBase {
  // ---- names ----

  lookup(e: A.Ident, scope: Scope): Obj {
    if (e.name === '_') {
      this.fail(e.pos, 'cannot use _ as value');
    }
    const r = scope.lookupParent(e.name);
    if (r === undefined) {
      this.fail(e.pos, `undefined: ${e.name}`);
    }
    const [o] = r;
    e.obj = o;
    return o;
  }

  ts(t: Type): string {
    return typeString(t, this.pkg);
  }

  // ---- operand descriptions, as types2 prints them ----

  /** The parenthesized part of types2's operand.String, e.g. `untyped int constant 3`. */
  operandKind(x: TypeAndValue, expr = ''): string {
    const what: Record<Mode, string> = {
      invalid: 'invalid operand',
      novalue: 'no value',
      builtin: 'built-in',
      typexpr: 'type',
      constant: 'constant',
      variable: 'variable',
      mapindex: 'map index expression',
      value: 'value',
      commaok: 'comma, ok expression',
    };
    if (x.type === Typ.untypedNil) {
      return 'untyped nil';
    }
    let s = '';
    let hasType = false;
    if (
      x.mode !== 'invalid' &&
      x.mode !== 'novalue' &&
      x.mode !== 'builtin' &&
      x.mode !== 'typexpr'
    ) {
      if (isUntyped(x.type)) {
        s += `${this.ts(x.type)} `;
      } else {
        hasType = true;
      }
    }
    s += what[x.mode];
    if (x.mode === 'constant' && x.value !== undefined) {
      const v = constString(x.value);
      if (v !== expr) {
        s += ` ${v}`;
      }
    }
    if (hasType) {
      s += ` of type ${this.ts(x.type)}`;
      if (x.type instanceof TypeParam) {
        s += ` constrained by ${this.ts(x.type.constraint)}`;
      }
    }
    return s;
  }

  /** types2's operand.String: `expr (description)`. */
  operandString(e: A.Expr, x: TypeAndValue): string {
    const s = exprString(e);
    if (x.type === Typ.untypedNil) {
      return 'nil';
    }
    return `${s} (${this.operandKind(x, s)})`;
  }

  // ---- expressions ----

  /** Checks an expression that must be a single value (or a type, for conversions). */
  expr(e: A.Expr, scope: Scope, hint: Type | null): TypeAndValue {
    return this.singleValue(e, this.exprMulti(e, scope, hint));
  }

  /** Go's assignError, reported at the first right-hand side. */
  assignMismatch(rhs: readonly A.Expr[], nvars: number, nvals: number): never {
    const r0 = rhs[0];
    if (r0 === undefined) {
      throw new Bail();
    }
    const vars = `${nvars} variable${nvars === 1 ? '' : 's'}`;
    const vals = `${nvals} value${nvals === 1 ? '' : 's'}`;
    const call = unparen(r0);
    if (rhs.length === 1 && call.kind === 'CallExpr') {
      this.fail(r0.pos, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
    }
    this.fail(r0.pos, `assignment mismatch: ${vars} but ${vals}`);
  }

  /** The only right-hand side of a one-variable assignment: a multi-value call is a mismatch. */
  singleRhs(e: A.Expr, scope: Scope, hint: Type | null): TypeAndValue {
    const x = this.exprMulti(e, scope, hint);
    if (x.type instanceof Tuple && x.mode !== 'novalue') {
      this.assignMismatch([e], 1, x.type.vars.length);
    }
    return this.singleValue(e, x);
  }

  /** x as a single value (Go: singleValue, and comma-ok expressions used as one value). */
  singleValue(e: A.Expr, x: TypeAndValue): TypeAndValue {
    if (x.type instanceof Tuple) {
      this.fail(
        e.pos,
        `multiple-value ${exprString(e)} (value of type ${this.ts(x.type)}) in single-value context`,
      );
    }
    if (x.mode === 'commaok') {
      // A map index stays assignable (Go's mapindex mode); receives and assertions are values.
      const mode: Mode = unparen(e).kind === 'IndexExpr' ? 'mapindex' : 'value';
      e.tv = { ...x, mode };
      return { ...x, mode };
    }
    return x;
  }

  /** A value expression (not a type, not a builtin, has a value). */
  value(e: A.Expr, scope: Scope, hint: Type | null): TypeAndValue {
    const x = this.expr(e, scope, hint);
    this.mustBeValue(e, x);
    return x;
  }

  mustBeValue(e: A.Expr, x: TypeAndValue): void {
    if (x.mode === 'typexpr') {
      this.fail(e.pos, `${exprString(e)} (type) is not an expression`);
    }
    if (x.mode === 'novalue') {
      this.fail(e.pos, `${exprString(e)} (no value) used as value`);
    }
    if (x.mode === 'builtin') {
      this.fail(e.pos, `${exprString(e)} (built-in) must be called`);
    }
  }

  /** Checks an expression that may have several values (a call) or be comma-ok. */
  exprMulti(e: A.Expr, scope: Scope, hint: Type | null = null): TypeAndValue {
    const x = this.#expr(e, scope, hint);
    e.tv = x;
    return x;
  }

  #expr(e: A.Expr, scope: Scope, hint: Type | null): TypeAndValue {
    switch (e.kind) {
      case 'Ident':
        return this.#ident(e, scope);
      case 'BasicLit': {
        const [v, t] = this.literalValue(e);
        return tv('constant', t, v);
      }
      case 'ParenExpr': {
        const x = this.exprMulti(e.x, scope, hint);
        return { ...x };
      }
      case 'FuncLit':
        return this.#funcLit(e, scope);
      case 'CompositeLit':
        return this.#compositeLit(e, scope, hint);
      case 'SelectorExpr':
        return this.#selector(e, scope);
      case 'IndexExpr':
        return this.#index(e, scope);
      case 'SliceExpr':
        return this.#slice(e, scope);
      case 'TypeAssertExpr': {
        const x = this.value(e.x, scope, null);
        if (e.type === null) {
          this.fail(e.pos, 'use of .(type) outside type switch');
        }
        if (!isInterface(x.type)) {
          this.fail(
            e.x.pos,
            `invalid operation: ${this.operandString(e.x, x)} is not an interface`,
          );
        }
        const t = this.typExpr(e.type, scope);
        this.#assertableTo(e, x.type, t);
        return tv('commaok', t);
      }
      case 'CallExpr':
        return this.call(e, scope, hint);
      case 'StarExpr': {
        const x = this.exprMulti(e.x, scope, null);
        if (x.mode === 'typexpr') {
          return tv('typexpr', new Pointer(x.type));
        }
        this.mustBeValue(e.x, x);
        if (x.type === Typ.untypedNil) {
          this.fail(e.pos, 'invalid operation: cannot indirect nil');
        }
        const u = coreType(x.type);
        if (!(u instanceof Pointer)) {
          this.fail(e.pos, `invalid operation: cannot indirect ${this.operandString(e.x, x)}`);
        }
        return tv('variable', u.elem);
      }
      case 'UnaryExpr':
        return this.#unary(e, scope, hint);
      case 'BinaryExpr':
        return this.#binary(e, scope, hint);
      case 'KeyValueExpr':
        this.fail(e.pos, 'unexpected key:value expression');
        break;
      case 'ArrayType':
      case 'MapType':
      case 'ChanType':
      case 'FuncType':
      case 'StructType':
      case 'InterfaceType':
        return tv('typexpr', this.typExpr(e, scope));
      case 'Constraint':
      case 'BadExpr':
        this.fail(e.pos, `invalid expression ${exprString(e)}`);
    }
  }

  #ident(e: A.Ident, scope: Scope): TypeAndValue {
    if (e.name === '_') {
      this.fail(e.pos, 'cannot use _ as value');
    }
    const o = this.lookup(e, scope);
    switch (o.kind) {
      case 'Var':
        o.used = true;
        if (o.type === Typ.invalid && o.global) {
          this.resolve(o);
        }
        if (o.type === Typ.invalid) {
          throw new Bail();
        }
        return tv('variable', o.type);
      case 'Const':
        if (o.name === 'iota' && o.pkg === null) {
          if (this.iota === null) {
            this.fail(e.pos, 'cannot use iota outside constant declaration');
          }
          return tv('constant', Typ.untypedInt, this.iota);
        }
        this.resolve(o);
        if (o.type === Typ.invalid) {
          throw new Bail();
        }
        return tv('constant', o.type, o.value);
      case 'TypeName': {
        const t = this.typExpr(e, scope, null, true);
        return tv('typexpr', t);
      }
      case 'Func':
        this.resolve(o);
        return tv('value', o.type);
      case 'PkgName':
        this.fail(e.pos, `use of package ${o.name} without selector`);
        break;
      case 'Builtin':
        return tv('builtin', Typ.invalid);
      case 'Nil':
        return tv('value', Typ.untypedNil);
      case 'Label':
        this.fail(e.pos, `undefined: ${e.name}`);
    }
  }

  #funcLit(e: A.FuncLit, scope: Scope): TypeAndValue {
    const fscope = new Scope(scope, true);
    const { sig, params, results } = this.signature(e.type, scope, fscope);
    const info: A.FuncInfo = {
      sig,
      hasDefer: false,
      callsRecover: false,
      results,
      params,
      recv: null,
      hasGoto: false,
    };
    e.info = info;
    this.funcBody(info, fscope, e.body, this.func);
    return tv('value', sig);
  }

  // ---- untyped constants and assignability ----

  /** The value converted to type t, or an error if it is not representable. */
  representable(e: A.Expr, v: ConstValue, t: Type, from: Type): ConstValue {
    const u = under(t);
    if (u instanceof TypeParam || !(u instanceof Basic)) {
      return v;
    }
    const name = u.name;
    const bad = (why: string): never => this.fail(e.pos, why);
    if (isInteger(u)) {
      const i = toInt(v);
      if (i === null) {
        if (typeof v === 'string' || typeof v === 'boolean') {
          return bad(
            `cannot use ${this.operandString(e, tv('constant', from, v))} as ${this.ts(t)} value in assignment`,
          );
        }
        return bad(
          `cannot use ${this.operandString(e, tv('constant', from, v))} as ${this.ts(t)} value in assignment (truncated)`,
        );
      }
      const r = intRange(name);
      if (r !== null && (i < r[0] || i > r[1])) {
        // types2 says "truncated" for any float constant, "overflows" for integers.
        const x = this.operandString(e, tv('constant', from, v));
        return bad(
          isUntyped(from)
            ? `cannot use ${x} as ${this.ts(t)} value in assignment (${isInteger(from) ? 'overflows' : 'truncated'})`
            : `${x} overflows ${this.ts(t)}`,
        );
      }
      return i;
    }
    if (isFloat(u) || isComplex(u)) {
      if (typeof v === 'string' || typeof v === 'boolean') {
        return bad(
          `cannot use ${this.operandString(e, tv('constant', from, v))} as ${this.ts(t)} value in assignment`,
        );
      }
      // Rounded to the type (types2's roundFloat64/roundFloat32); typed constants report
      // overflow as types2's check.overflow does.
      const r = roundConst(v, name);
      if (r === null) {
        const x = this.operandString(e, tv('constant', from, v));
        return bad(
          isUntyped(from)
            ? `cannot use ${x} as ${this.ts(t)} value in assignment (overflows)`
            : `${x} overflows ${this.ts(t)}`,
        );
      }
      return r;
    }
    if (isString(u)) {
      if (typeof v !== 'string') {
        return bad(
          `cannot use ${this.operandString(e, tv('constant', from, v))} as ${this.ts(t)} value in assignment`,
        );
      }
      return v;
    }
    if (isBoolean(u)) {
      if (typeof v !== 'boolean') {
        return bad(
          `cannot use ${this.operandString(e, tv('constant', from, v))} as ${this.ts(t)} value in assignment`,
        );
      }
      return v;
    }
    return v;
  }

  /** Gives an untyped operand its default type (or the target's), recording it on the node. */
  defaultOf(e: A.Expr, x: TypeAndValue, context = 'assignment'): Type {
    if (!isUntyped(x.type)) {
      return x.type;
    }
    const t = defaultType(x.type);
    if (context === 'assignment') {
      this.convertUntyped(e, x, t);
      return t;
    }
    try {
      this.convertUntyped(e, x, t);
    } catch (err) {
      this.#reword(context);
      throw err;
    }
    return t;
  }

  /** Converts an untyped operand to type t (Go: implicitTypeAndValue + updateExprType). */
  convertUntyped(e: A.Expr, x: TypeAndValue, t: Type): void {
    if (!isUntyped(x.type) || t === Typ.invalid) {
      return;
    }
    const u = under(t);
    if (x.type === Typ.untypedNil) {
      if (!hasNil(t) && !(u instanceof TypeParam)) {
        this.fail(e.pos, `cannot use nil as ${this.ts(t)} value in assignment`);
      }
      e.tv = tv('value', t);
      return;
    }
    let target = t;
    if (u instanceof Interface || (u instanceof TypeParam && !isConstType(u))) {
      target = defaultType(x.type);
    }
    if (x.mode !== 'constant') {
      this.checkUntypedShifts(e, target);
    }
    if (x.mode === 'constant' && x.value !== undefined) {
      const v = this.representable(e, x.value, target, x.type);
      x.value = v;
    }
    setType(e, target, x.value);
    x.type = target;
  }

  /** Non-constant shifts of untyped constants inside e (about to get type t) need an integer t. */
  checkUntypedShifts(e: A.Expr, t: Type): void {
    const x = unparen(e);
    if (x.tv === undefined || !isUntyped(x.tv.type) || x.tv.mode === 'constant') {
      return;
    }
    if (x.kind === 'BinaryExpr') {
      if (x.op === '<<' || x.op === '>>') {
        if (!isInteger(t) && !(under(t) instanceof TypeParam)) {
          this.fail(x.x.pos, `invalid operation: ${exprString(x)} (shift of type ${this.ts(t)})`);
        }
        return;
      }
      if (!['==', '!=', '<', '<=', '>', '>='].includes(x.op)) {
        this.checkUntypedShifts(x.x, t);
        this.checkUntypedShifts(x.y, t);
      }
    } else if (x.kind === 'UnaryExpr') {
      this.checkUntypedShifts(x.x, t);
    }
  }

  /** Checks that x is assignable to T in `context`, converting an untyped x. */
  assign(e: A.Expr, x: TypeAndValue, t: Type, context: string): void {
    this.mustBeValue(e, x);
    if (isUntyped(x.type)) {
      const u = under(t);
      if (x.type === Typ.untypedNil) {
        if (!hasNil(t)) {
          this.fail(e.pos, `cannot use nil as ${this.ts(t)} value in ${context}`);
        }
        e.tv = tv('value', t);
        return;
      }
      if (u instanceof Interface || u instanceof TypeParam) {
        const d = defaultType(x.type);
        if (u instanceof Interface && !this.#implementsOk(d, u)) {
          const m = missingMethod(d, u, this.pkg) ?? '';
          this.fail(
            e.pos,
            `cannot use ${this.operandString(e, { ...x, type: d })} as type ${this.ts(t)} in ${context}:\n\t${this.ts(d)} does not implement ${this.ts(t)} ${m}`.trimEnd(),
          );
        }
        if (u instanceof TypeParam && x.mode === 'constant') {
          const terms = u.iface().terms();
          if (terms !== null && !terms.every((term) => this.#constFits(x, term.type))) {
            this.fail(
              e.pos,
              `cannot use ${this.operandString(e, x)} as ${this.ts(t)} value in ${context}`,
            );
          }
          setType(e, t, x.value);
          return;
        }
        this.convertUntyped(e, x, d);
        return;
      }
      if (x.mode === 'constant' && x.value !== undefined) {
        const ok =
          (isNumeric(x.type) && isNumeric(t)) ||
          (isString(x.type) && isString(t)) ||
          (isBoolean(x.type) && isBoolean(t));
        if (!ok) {
          this.fail(
            e.pos,
            `cannot use ${this.operandString(e, x)} as ${this.ts(t)} value in ${context}`,
          );
        }
        x.value = this.representableIn(e, x.value, t, x.type, context);
        setType(e, t, x.value);
        return;
      }
      if (isBoolean(x.type) && isBoolean(t)) {
        setType(e, t, undefined);
        return;
      }
      if (isNumeric(x.type) && isNumeric(t)) {
        this.checkUntypedShifts(e, t);
        setType(e, t, undefined);
        return;
      }
      this.fail(
        e.pos,
        `cannot use ${this.operandString(e, x)} as ${this.ts(t)} value in ${context}`,
      );
    }
    if (!this.assignableTo(x.type, t)) {
      // Go: types2 assignment with CompilerErrorMessages ("as type T", the reason on its own line).
      let why = '';
      const ut = under(t);
      if (ut instanceof Interface && !(t instanceof TypeParam)) {
        const m = missingMethod(x.type, ut, this.pkg);
        if (m !== null) {
          why = `:\n\t${this.ts(x.type)} does not implement ${this.ts(t)} ${m}`;
        }
      }
      this.fail(
        e.pos,
        `cannot use ${this.operandString(e, x)} as type ${this.ts(t)} in ${context}${why}`,
      );
    }
  }

  #constFits(x: TypeAndValue, t: Type): boolean {
    const u = under(t);
    if (!(u instanceof Basic) || x.value === undefined) {
      return false;
    }
    if (isInteger(u)) {
      const i = toInt(x.value);
      const r = intRange(u.name);
      return i !== null && (r === null || (i >= r[0] && i <= r[1]));
    }
    if (isFloat(u) || isComplex(u)) {
      return isNumeric(x.type);
    }
    return (isString(u) && isString(x.type)) || (isBoolean(u) && isBoolean(x.type));
  }

  /** representable() with Go's assignment-context wording. */
  representableIn(e: A.Expr, v: ConstValue, t: Type, from: Type, context: string): ConstValue {
    try {
      return this.representable(e, v, t, from);
    } catch (err) {
      this.#reword(context);
      throw err;
    }
  }

  /** Re-words the last error's "in assignment" with the real context. */
  #reword(context: string): void {
    const last = (this as unknown as { errors?: { message: string }[] }).errors?.at(-1);
    if (last !== undefined && context !== 'assignment') {
      last.message = last.message.replace(' value in assignment', ` value in ${context}`);
    }
  }

  #implementsOk(t: Type, iface: Interface): boolean {
    return missingMethod(t, iface, this.pkg) === null;
  }

  /** Go's assignability (spec: Assignability) for typed V. */
  assignableTo(v: Type, t: Type): boolean {
    if (identical(v, t)) {
      return true;
    }
    const vu = under(v);
    const tu = under(t);
    if (v === Typ.untypedNil) {
      return hasNil(t);
    }
    // Identical underlying types and at least one is not a named type.
    if (
      identical(vu, tu) &&
      (!isNamedOrParam(v) || !isNamedOrParam(t)) &&
      !(vu instanceof TypeParam)
    ) {
      return true;
    }
    if (tu instanceof Interface && !(t instanceof TypeParam)) {
      return missingMethod(v, tu, this.pkg) === null;
    }
    // A type parameter and a type without a name: assignable when every type of the type
    // parameter's type set is.
    const termsOf = (p: TypeParam): readonly Type[] | null => {
      const terms = p.iface().terms();
      return terms === null || terms.length === 0 ? null : terms.map((x) => x.type);
    };
    if (v instanceof TypeParam && !isNamedOrParam(t)) {
      return termsOf(v)?.every((x) => this.assignableTo(x, t)) === true;
    }
    if (t instanceof TypeParam && !isNamedOrParam(v) && !isUntyped(v)) {
      return termsOf(t)?.every((x) => this.assignableTo(v, x)) === true;
    }
    // Bidirectional channel to a directional channel of the same element type.
    if (
      vu instanceof Chan &&
      tu instanceof Chan &&
      vu.dir === 'both' &&
      identical(vu.elem, tu.elem)
    ) {
      return !isNamedOrParam(v) || !isNamedOrParam(t);
    }
    if (isUntyped(v)) {
      const d = defaultType(v);
      return (
        identical(d, t) ||
        (isNumeric(v) && isNumeric(t)) ||
        (isString(v) && isString(t)) ||
        (isBoolean(v) && isBoolean(t))
      );
    }
    return false;
  }

  /** Whether type t's method set contains m (for interface satisfaction checks elsewhere). */
  methodSetHas(t: Type, m: FuncObj): boolean {
    const r = lookupFieldOrMethod(t, m.name, this.pkg);
    return r !== null && r.obj instanceof FuncObj;
  }

  #assertableTo(e: A.TypeAssertExpr, iface: Type, t: Type): void {
    const iu = under(iface);
    if (isInterface(t) || !(iu instanceof Interface)) {
      return;
    }
    const m = missingMethod(t, iu, this.pkg);
    if (m !== null) {
      this.fail(
        e.type?.pos ?? e.pos,
        `impossible type assertion: ${exprString(e)}\n\t${this.ts(t)} does not implement ${this.ts(iface)} ${m}`,
      );
    }
  }

  // ---- operators ----

  #unary(e: A.UnaryExpr, scope: Scope, hint: Type | null): TypeAndValue {
    if (e.op === '&') {
      const inner = unparen(e.x);
      if (inner.kind === 'CompositeLit') {
        const x = this.value(
          inner,
          scope,
          hint !== null && under(hint) instanceof Pointer ? (under(hint) as Pointer).elem : null,
        );
        return tv('value', new Pointer(x.type));
      }
      const x = this.value(e.x, scope, null);
      if (x.mode !== 'variable') {
        this.fail(
          e.x.pos,
          `invalid operation: cannot take address of ${this.operandString(e.x, x)}`,
        );
      }
      markAddressed(e.x);
      return tv('value', new Pointer(x.type));
    }
    if (e.op === '<-') {
      const x = this.value(e.x, scope, null);
      const u = coreType(x.type);
      if (!(u instanceof Chan)) {
        this.fail(
          e.pos,
          `invalid operation: cannot receive from non-channel ${this.operandString(e.x, x)}`,
        );
      }
      if (u.dir === 'send') {
        this.fail(
          e.pos,
          `invalid operation: cannot receive from send-only channel ${this.operandString(e.x, x)}`,
        );
      }
      return tv('commaok', u.elem);
    }
    const x = this.value(e.x, scope, hint);
    const ok =
      e.op === '!' ? isBoolean(x.type) : e.op === '^' ? isInteger(x.type) : isNumeric(x.type);
    if (!ok) {
      this.fail(
        e.pos,
        `invalid operation: operator ${e.op} not defined on ${this.operandString(e.x, x)}`,
      );
    }
    if (x.mode === 'constant' && x.value !== undefined) {
      const v = x.value;
      let r: ConstValue;
      switch (e.op) {
        case '+':
          r = v;
          break;
        case '-':
          r = negConst(v);
          break;
        case '!':
          r = !(v as boolean);
          break;
        default: {
          // ^x: for unsigned typed constants, the bits within the type's width.
          const i = toInt(v) ?? 0n;
          const u = under(x.type);
          if (isUnsigned(x.type) && u instanceof Basic) {
            const bits = BigInt(intBits(u.name));
            r = ~i & ((1n << bits) - 1n);
          } else {
            r = ~i;
          }
        }
      }
      if (!isUntyped(x.type)) {
        r = this.representable(e, r, x.type, x.type);
      } else {
        this.#untypedOverflow(e, r);
      }
      return tv('constant', x.type, r);
    }
    return tv('value', x.type);
  }

  /** Binary expressions standing for `x op= y` (their errors print that way). */
  readonly opAssign: WeakSet<A.BinaryExpr> = new WeakSet<A.BinaryExpr>();

  #binary(e: A.BinaryExpr, scope: Scope, hint: Type | null): TypeAndValue {
    if (e.op === '<<' || e.op === '>>') {
      return this.#shift(e, scope, hint);
    }
    let x = this.value(e.x, scope, null);
    let y = this.value(e.y, scope, null);
    const xnil = x.type === Typ.untypedNil;
    const ynil = y.type === Typ.untypedNil;
    // Untyped operands take the other operand's type when the kinds can mix (Go: binary's canMix).
    const nonTPIface = (t: Type): boolean => isInterface(t);
    const canMix =
      nonTPIface(x.type) ||
      nonTPIface(y.type) ||
      (isBoolean(x.type) === isBoolean(y.type) &&
        isString(x.type) === isString(y.type) &&
        !(xnil && !hasNil(y.type)) &&
        !(ynil && !hasNil(x.type)));
    if (canMix) {
      if (isUntyped(x.type) && !isUntyped(y.type)) {
        this.#matchUntyped(e.x, x, y.type);
        x = e.x.tv ?? x;
      } else if (isUntyped(y.type) && !isUntyped(x.type)) {
        this.#matchUntyped(e.y, y, x.type);
        y = e.y.tv ?? y;
      } else if (isUntyped(x.type) && isUntyped(y.type) && x.type !== y.type && !xnil && !ynil) {
        // Both untyped: the "larger" kind wins (int < rune < float < complex).
        const rank = (t: Type): number =>
          [Typ.untypedInt, Typ.untypedRune, Typ.untypedFloat, Typ.untypedComplex].indexOf(
            t as never,
          );
        if (rank(x.type) >= 0 && rank(y.type) >= 0) {
          const t = rank(x.type) > rank(y.type) ? x.type : y.type;
          x = { ...x, type: t };
          y = { ...y, type: t };
        }
      }
    }
    const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(e.op);
    if (cmp) {
      return this.#comparison(e, x, y, xnil, ynil);
    }
    if (!identical(x.type, y.type) && x.type !== Typ.invalid && y.type !== Typ.invalid) {
      const what = this.opAssign.has(e)
        ? `${exprString(e.x)} ${e.op}= ${exprString(e.y)}`
        : exprString(e);
      this.fail(
        e.x.pos,
        `invalid operation: ${what} (mismatched types ${this.ts(x.type)} and ${this.ts(y.type)})`,
      );
    }
    const t = x.type;
    const ok = ((): boolean => {
      switch (e.op) {
        case '+':
          return isNumeric(t) || isString(t);
        case '-':
        case '*':
        case '/':
          return isNumeric(t);
        case '%':
        case '&':
        case '|':
        case '^':
        case '&^':
          return isInteger(t);
        case '&&':
        case '||':
          return isBoolean(t);
        default:
          return false;
      }
    })();
    if (!ok) {
      this.fail(
        e.x.pos,
        `invalid operation: operator ${e.op} not defined on ${this.operandString(e.x, x)}`,
      );
    }
    if (
      (e.op === '/' || e.op === '%') &&
      y.mode === 'constant' &&
      y.value !== undefined &&
      isNumeric(y.type)
    ) {
      const z = y.value;
      if (isNumericValue(z) && constSign(z) === 0) {
        if (isInteger(t) || x.mode === 'constant') {
          this.fail(e.y.pos, 'invalid operation: division by zero');
        }
      }
    }
    if (
      x.mode === 'constant' &&
      y.mode === 'constant' &&
      x.value !== undefined &&
      y.value !== undefined
    ) {
      const cls = isString(t)
        ? 'string'
        : isBoolean(t)
          ? 'bool'
          : isComplex(t)
            ? 'complex'
            : isFloat(t)
              ? 'float'
              : 'int';
      const op = e.op;
      let r = binaryConst(
        op === '/' && cls === 'int' && t === Typ.untypedInt ? '/' : op,
        x.value,
        y.value,
        cls,
      );
      if (r === divZero) {
        this.fail(e.y.pos, 'invalid operation: division by zero');
      }
      if (r === notRepresentable) {
        this.fail(e.opPos, 'constant result is not representable');
      }
      if (!isUntyped(t)) {
        r = this.#constResult(e, r, t);
      } else {
        this.#untypedOverflow(e, r);
      }
      return tv('constant', t, r);
    }
    return tv('value', t);
  }

  #constResult(e: A.Expr, r: ConstValue, t: Type): ConstValue {
    const u = under(t);
    if (u instanceof Basic && isInteger(u)) {
      const i = toInt(r);
      const range = intRange(u.name);
      if (i !== null && range !== null && (i < range[0] || i > range[1])) {
        this.fail(e.pos, `${this.operandString(e, tv('constant', t, i))} overflows ${this.ts(t)}`);
      }
    }
    if (u instanceof Basic && (isFloat(u) || isComplex(u))) {
      return this.representable(e, r, t, t);
    }
    return r;
  }

  /** Untyped integer constants must not grow beyond 512 bits (types2's check.overflow). */
  #untypedOverflow(e: A.BinaryExpr | A.UnaryExpr, r: ConstValue): void {
    if (typeof r === 'bigint' && bitLen(r) > 512) {
      const names: Record<string, string> =
        e.kind === 'UnaryExpr'
          ? { '^': 'bitwise complement' }
          : {
              '+': 'addition',
              '-': 'subtraction',
              '^': 'bitwise XOR',
              '*': 'multiplication',
              '<<': 'shift',
            };
      this.fail(
        e.kind === 'BinaryExpr' ? e.opPos : e.pos,
        `constant ${names[e.op] ?? ''} overflow`,
      );
    }
  }

  /** Converts untyped x to the other operand's type (Go: convertUntyped / implicitTypeAndValue). */
  #matchUntyped(e: A.Expr, x: TypeAndValue, target: Type): void {
    if (x.type === Typ.untypedNil) {
      e.tv = tv('value', target);
      return;
    }
    const tu = under(target);
    if (tu instanceof Interface) {
      this.convertUntyped(e, x, defaultType(x.type));
      return;
    }
    const compatible =
      (isNumeric(x.type) && isNumeric(target)) ||
      (isString(x.type) && isString(target)) ||
      (isBoolean(x.type) && isBoolean(target));
    if (!compatible) {
      this.fail(
        e.pos,
        `cannot convert ${this.operandString(e, x)} to ${this.ts(tu instanceof TypeParam ? target : tu)}`,
      );
    }
    if (x.mode === 'constant' && x.value !== undefined) {
      if (tu instanceof TypeParam) {
        setType(e, target, x.value);
        x.type = target;
        return;
      }
      if (isInteger(target) && toInt(x.value) === null) {
        this.fail(e.pos, `${this.operandString(e, x)} truncated to ${this.ts(tu)}`);
      }
      const r = intRange((tu as Basic).name);
      const i = toInt(x.value);
      if (r !== null && i !== null && (i < r[0] || i > r[1])) {
        this.fail(
          e.pos,
          `${this.operandString(e, x)} ${isInteger(x.type) ? 'overflows' : 'truncated to'} ${this.ts(tu)}`,
        );
      }
      x.value = this.representable(e, x.value, target, x.type);
    } else {
      this.checkUntypedShifts(e, target);
    }
    // setType first: x may be e's own record, whose untyped type tells setType to type e's
    // untyped operands too.
    setType(e, target, x.value);
    x.type = target;
  }

  #comparison(
    e: A.BinaryExpr,
    x: TypeAndValue,
    y: TypeAndValue,
    xnil: boolean,
    ynil: boolean,
  ): TypeAndValue {
    // Go: types2 comparison (compiler error messages).
    const order = e.op !== '==' && e.op !== '!=';
    let errAt: A.Expr = e.x;
    let errType: Type = x.type;
    let cause = '';
    const kindString = (t: Type): string => {
      const u = under(t);
      if (t instanceof TypeParam) {
        return `type parameter ${this.ts(t)}`;
      }
      return u instanceof ArrayT
        ? 'array'
        : u instanceof Slice
          ? 'slice'
          : u instanceof Struct
            ? 'struct'
            : u instanceof Pointer
              ? 'pointer'
              : u instanceof Signature
                ? 'func'
                : u instanceof Interface
                  ? 'interface'
                  : u instanceof MapT
                    ? 'map'
                    : u instanceof Chan
                      ? 'chan'
                      : this.ts(t);
    };
    const incomparableCause = (t: Type): string => {
      const u = under(t);
      if (u instanceof Slice || u instanceof Signature || u instanceof MapT) {
        return `${kindString(t)} can only be compared to nil`;
      }
      if (u instanceof Struct) {
        const f = u.fields.find((g) => !comparable(g.type));
        return f === undefined ? '' : `struct containing ${this.ts(f.type)} cannot be compared`;
      }
      if (u instanceof ArrayT) {
        return `${this.ts(u)} cannot be compared`;
      }
      if (t instanceof TypeParam) {
        return 'incomparable types in type set';
      }
      return '';
    };
    const xt = xnil ? Typ.untypedNil : x.type;
    const yt = ynil ? Typ.untypedNil : y.type;
    let bad = false;
    if (!this.assignableTo(xt, yt) && !this.assignableTo(yt, xt)) {
      errAt = e.y;
      errType = yt;
      cause = `mismatched types ${this.ts(xt)} and ${this.ts(yt)}`;
      bad = true;
    } else if (!order) {
      if (xnil || ynil) {
        if (!hasNil(xnil ? yt : xt) || (xnil && ynil)) {
          errAt = e.y;
          errType = yt;
          bad = true;
        }
      } else if (!comparable(xt)) {
        cause = incomparableCause(xt);
        bad = true;
      } else if (!comparable(yt)) {
        errAt = e.y;
        errType = yt;
        cause = incomparableCause(yt);
        bad = true;
      }
    } else if (!isOrdered(xt)) {
      bad = true;
    } else if (!isOrdered(yt)) {
      errAt = e.y;
      errType = yt;
      bad = true;
    }
    if (bad) {
      if (cause === '') {
        if (xt instanceof TypeParam || yt instanceof TypeParam) {
          const tp = xt instanceof TypeParam ? xt : yt;
          if (!(xt instanceof TypeParam)) {
            errAt = e.y;
          }
          cause = `type parameter ${this.ts(tp)} is not comparable with ${e.op}`;
        } else {
          cause = `operator ${e.op} not defined on ${errType === Typ.untypedNil ? 'untyped nil' : kindString(errType)}`;
        }
      }
      this.fail(
        errAt.pos,
        `invalid operation: ${exprString(e.x)} ${e.op} ${exprString(e.y)} (${cause})`,
      );
    }
    if (
      x.mode === 'constant' &&
      y.mode === 'constant' &&
      x.value !== undefined &&
      y.value !== undefined
    ) {
      return tv('constant', Typ.untypedBool, compareConst(e.op, x.value, y.value));
    }
    // Untyped operands of a non-constant comparison take their default types.
    if (isUntyped(x.type) && !xnil) {
      this.defaultOf(e.x, x);
    }
    if (isUntyped(y.type) && !ynil) {
      this.defaultOf(e.y, y);
    }
    return tv('value', Typ.untypedBool);
  }

  #shift(e: A.BinaryExpr, scope: Scope, hint: Type | null): TypeAndValue {
    const x = this.value(e.x, scope, null);
    const y = this.value(e.y, scope, null);
    const y0 = { ...y }; // as types2 prints it: not converted to uint
    // The count: an integer (or untyped constant representable as uint).
    if (y.mode === 'constant' && y.value !== undefined) {
      const n = toInt(y.value);
      if (n === null || n < 0n) {
        this.fail(e.y.pos, `invalid shift count ${this.operandString(e.y, y)}`);
      }
      if (isUntyped(y.type)) {
        this.convertUntyped(e.y, y, Typ.uint);
      }
    } else if (!isInteger(y.type)) {
      this.fail(
        e.y.pos,
        `invalid operation: shift count ${this.operandString(e.y, y)} must be integer`,
      );
    } else if (isUntyped(y.type)) {
      this.convertUntyped(e.y, y, Typ.uint);
    }
    if (x.mode === 'constant' && x.value !== undefined) {
      if (y.mode === 'constant' && y.value !== undefined) {
        let v = toInt(x.value);
        if (v === null) {
          this.fail(
            e.x.pos,
            `invalid operation: shifted operand ${this.operandString(e.x, x)} must be integer`,
          );
        }
        const n = toInt(y.value) ?? 0n;
        if (n > 1074n) {
          // types2's shiftBound: 1023 - 1 + 52
          this.fail(
            e.y.pos,
            `invalid operation: invalid shift count ${this.operandString(e.y, y0)}`,
          );
        }
        v = e.op === '<<' ? v << n : v >> n;
        const t = isUntyped(x.type)
          ? x.type === Typ.untypedFloat || x.type === Typ.untypedComplex
            ? Typ.untypedInt
            : x.type
          : x.type;
        if (isUntyped(t)) {
          this.#untypedOverflow(e, v);
        }
        const r = isUntyped(t) ? v : this.#constResult(e, v, t);
        return tv('constant', t, r);
      }
      // A non-constant shift of an untyped constant: the constant takes the type it would
      // have without the shift (the hint), else int.
      if (isUntyped(x.type)) {
        if (hint === null) {
          // The operand's type is decided by the context (Go: the untyped map's isLhs);
          // setType or convertUntyped finalize it.
          if (!isNumeric(x.type)) {
            this.fail(
              e.x.pos,
              `invalid operation: shifted operand ${this.operandString(e.x, x)} must be integer`,
            );
          }
          return tv('value', x.type);
        }
        const target = isInteger(hint)
          ? hint
          : !isInterface(hint) && isNumeric(hint)
            ? hint
            : defaultType(x.type);
        if (!isInteger(target)) {
          this.fail(
            e.x.pos,
            `invalid operation: ${exprString(e)} (shift of type ${this.ts(target)})`,
          );
        }
        this.convertUntyped(e.x, x, target);
        return tv('value', target);
      }
    }
    if (!isInteger(x.type)) {
      this.fail(
        e.x.pos,
        `invalid operation: shifted operand ${this.operandString(e.x, x)} must be integer`,
      );
    }
    return tv('value', x.type);
  }

  // ---- selectors, indexing, slicing ----

  #selector(e: A.SelectorExpr, scope: Scope): TypeAndValue {
    if (e.x.kind === 'Ident') {
      const r = scope.lookupParent(e.x.name);
      const o = r?.[0];
      if (o instanceof PkgName) {
        e.x.obj = o;
        o.used = true;
        const m = o.imported.scope.lookup(e.sel.name);
        if (m === undefined || !/^[A-Z]/.test(e.sel.name)) {
          this.fail(e.sel.pos, `undefined: ${e.x.name}.${e.sel.name}`);
        }
        e.sel.obj = m;
        e.selection = { kind: 'pkg' };
        switch (m.kind) {
          case 'Const':
            return tv('constant', m.type, m.value);
          case 'Var':
            return tv('variable', m.type);
          case 'Func':
            return tv('value', m.type);
          case 'Builtin':
            return tv('builtin', Typ.invalid);
          case 'TypeName':
            if (m.type === null) {
              throw new Bail();
            }
            return tv('typexpr', m.type);
          default:
            this.fail(e.pos, `unexpected ${e.sel.name}`);
        }
      }
    }
    const x = this.exprMulti(e.x, scope, null);
    if (x.mode === 'typexpr') {
      // A method expression T.m or (*T).m.
      const r = lookupFieldOrMethod(x.type, e.sel.name, this.pkg);
      if (r === null || !(r.obj instanceof FuncObj)) {
        this.fail(
          e.sel.pos,
          `${exprString(e)} undefined (type ${this.ts(x.type)} has no method ${e.sel.name})`,
        );
      }
      const m = r.obj;
      if (m.ptrRecv && !(under(x.type) instanceof Pointer) && !r.indirect && !isInterface(x.type)) {
        this.fail(
          e.pos,
          `invalid method expression ${exprString(e)} (needs pointer receiver (*${this.ts(x.type)}).${e.sel.name})`,
        );
      }
      e.selection = {
        kind: 'methodExpr',
        method: m,
        recvType: x.type,
        promoted: r.path.length > 0,
      };
      const s = m.type;
      const recv = new VarObj('', null, this.pkg, x.type);
      return tv(
        'value',
        new Signature([], new Tuple([recv, ...s.params.vars]), s.results, s.variadic),
      );
    }
    this.mustBeValue(e.x, x);
    if (x.type instanceof Tuple) {
      this.fail(
        e.x.pos,
        `multiple-value ${exprString(e.x)} (value of type ${this.ts(x.type)}) in single-value context`,
      );
    }
    if (x.type === Typ.untypedNil) {
      this.fail(e.pos, `use of untyped nil`);
    }
    const r = lookupFieldOrMethod(x.type, e.sel.name, this.pkg);
    if (r === null) {
      const u = under(x.type);
      if (u instanceof Pointer && under(u.elem) instanceof Interface) {
        this.fail(
          e.sel.pos,
          `${exprString(e)} undefined (type ${this.ts(x.type)} is pointer to interface, not interface)`,
        );
      }
      const what =
        u instanceof Interface || u instanceof TypeParam ? 'field or method' : 'field or method';
      this.fail(
        e.sel.pos,
        `${exprString(e)} undefined (type ${this.ts(x.type)} has no ${what} ${e.sel.name})`,
      );
    }
    if (r.ambiguous) {
      this.fail(e.sel.pos, `ambiguous selector ${exprString(e)}`);
    }
    e.sel.obj = r.obj;
    if (r.obj instanceof VarObj) {
      e.selection = { kind: 'field', path: r.path, derefs: r.derefs, field: r.obj };
      // A field of an addressable struct, or reached through a pointer, is addressable.
      const viaPtr = r.indirect || r.derefs.some((d) => d) || under(x.type) instanceof Pointer;
      const mode: Mode = viaPtr || x.mode === 'variable' ? 'variable' : 'value';
      return tv(mode, r.obj.type);
    }
    const m = r.obj;
    e.selection = {
      kind: 'method',
      path: r.path,
      derefs: r.derefs,
      method: m,
      recvNamed: r.recvNamed,
      iface: r.viaIface,
    };
    if (m.ptrRecv && !r.viaIface) {
      const viaPtr = r.indirect || r.derefs.some((d) => d) || under(x.type) instanceof Pointer;
      if (!viaPtr) {
        if (x.mode !== 'variable') {
          this.fail(e.pos, `cannot call pointer method ${e.sel.name} on ${this.ts(x.type)}`);
        }
        markAddressed(e.x);
      }
    }
    const s = m.type;
    return tv('value', new Signature([], s.params, s.results, s.variadic));
  }

  #index(e: A.IndexExpr, scope: Scope): TypeAndValue {
    const x = this.exprMulti(e.x, scope, null);
    if (x.mode === 'typexpr') {
      return tv('typexpr', this.typExpr(e, scope));
    }
    if (x.type instanceof Signature && x.type.typeParams.length > 0) {
      // Explicit instantiation f[T].
      const args = e.indices.map((i) => this.typExpr(i, scope));
      if (args.length > x.type.typeParams.length) {
        this.fail(
          e.pos,
          `got ${args.length} type arguments but ${exprString(e.x)} has ${x.type.typeParams.length} type parameters`,
        );
      }
      if (args.length < x.type.typeParams.length) {
        // Partial instantiation: the rest is inferred at the call.
        return tv('value', x.type);
      }
      this.verifyTypeArgs(e.pos, x.type.typeParams, args, e.indices);
      return tv(
        'value',
        substituteSig(
          new Signature([], x.type.params, x.type.results, x.type.variadic),
          x.type.typeParams,
          args,
        ),
      );
    }
    this.mustBeValue(e.x, x);
    const idx = e.indices[0];
    if (idx === undefined || e.indices.length > 1) {
      this.fail(e.pos, `unexpected comma; expecting ]`);
    }
    const u = coreType(x.type) ?? under(x.type);
    if (u instanceof MapT) {
      const k = this.value(idx, scope, u.key);
      this.assign(idx, k, u.key, 'map index');
      return tv('commaok', u.elem);
    }
    let elem: Type;
    let length = -1;
    let mode: Mode = 'variable';
    if (isString(u)) {
      elem = Typ.uint8;
      mode = 'value';
      if (x.mode === 'constant' && typeof x.value === 'string') {
        length = x.value.length;
      }
    } else if (u instanceof ArrayT) {
      elem = u.elem;
      length = u.len;
      mode = x.mode === 'variable' ? 'variable' : 'value';
    } else if (u instanceof Pointer && under(u.elem) instanceof ArrayT) {
      const a = under(u.elem) as ArrayT;
      elem = a.elem;
      length = a.len;
    } else if (u instanceof Slice) {
      elem = u.elem;
    } else if (x.type instanceof TypeParam && this.#typeParamElem(x.type) !== null) {
      // Every type in the type set indexes to the same element type (Go: indexExpr).
      const r = this.#typeParamElem(x.type) as { elem: Type; mode: Mode };
      elem = r.elem;
      mode = r.mode;
    } else {
      this.fail(e.pos, `invalid operation: cannot index ${this.operandString(e.x, x)}`);
    }
    this.#checkIndex(idx, scope, length, false);
    if (x.mode === 'constant' && typeof x.value === 'string' && idx.tv?.mode === 'constant') {
      const i = Number(toInt(idx.tv.value ?? 0n));
      return tv('constant', Typ.uint8, BigInt(x.value.charCodeAt(i)));
    }
    return tv(mode, elem);
  }

  #typeParamElem(t: TypeParam): { elem: Type; mode: Mode } | null {
    const terms = t.iface().terms();
    if (terms === null || terms.length === 0) {
      return null;
    }
    let elem: Type | null = null;
    let mode: Mode = 'variable';
    for (const term of terms) {
      const u = under(term.type);
      let el: Type;
      if (isString(u)) {
        el = Typ.uint8;
        mode = 'value';
      } else if (u instanceof Slice) {
        el = u.elem;
      } else if (u instanceof ArrayT) {
        el = u.elem;
        mode = 'value';
      } else if (u instanceof Pointer && under(u.elem) instanceof ArrayT) {
        el = (under(u.elem) as ArrayT).elem;
      } else {
        return null;
      }
      if (elem !== null && !identical(elem, el)) {
        return null;
      }
      elem = el;
    }
    return elem === null ? null : { elem, mode };
  }

  /** An index operand: an integer, constant indices in range. Returns the constant or -1. */
  #checkIndex(e: A.Expr, scope: Scope, length: number, sliceBound: boolean): number {
    const x = this.value(e, scope, null);
    if (x.mode === 'constant' && x.value !== undefined) {
      const i = toInt(x.value);
      if (i === null || !isNumeric(x.type)) {
        this.fail(e.pos, `invalid argument: index ${this.operandString(e, x)} must be integer`);
      }
      if (i < 0n) {
        this.fail(
          e.pos,
          `invalid argument: index ${exprString(e)} (constant of type int) must not be negative`,
        );
      }
      if (length >= 0 && (sliceBound ? i > BigInt(length) : i >= BigInt(length))) {
        this.fail(
          e.pos,
          `invalid argument: index ${exprString(e)} out of bounds [0:${sliceBound ? length + 1 : length}]`,
        );
      }
      if (isUntyped(x.type)) {
        this.convertUntyped(e, x, Typ.int);
      }
      return Number(i);
    }
    if (!isInteger(x.type)) {
      this.fail(e.pos, `invalid argument: index ${this.operandString(e, x)} must be integer`);
    }
    if (isUntyped(x.type)) {
      this.convertUntyped(e, x, Typ.int);
    }
    return -1;
  }

  #slice(e: A.SliceExpr, scope: Scope): TypeAndValue {
    const x = this.value(e.x, scope, null);
    const u = coreType(x.type) ?? under(x.type);
    let result: Type;
    let length = -1;
    if (isString(u)) {
      if (e.slice3) {
        this.fail(e.pos, `invalid operation: 3-index slice of string`);
      }
      result = isUntyped(x.type) ? Typ.string : x.type;
      if (x.mode === 'constant' && typeof x.value === 'string') {
        length = x.value.length;
      }
    } else if (u instanceof ArrayT) {
      if (x.mode !== 'variable') {
        this.fail(e.pos, `invalid operation: ${exprString(e.x)} (slice of unaddressable value)`);
      }
      markAddressed(e.x);
      result = new Slice(u.elem);
      length = u.len;
    } else if (u instanceof Pointer && under(u.elem) instanceof ArrayT) {
      const a = under(u.elem) as ArrayT;
      result = new Slice(a.elem);
      length = a.len;
    } else if (u instanceof Slice) {
      result = x.type;
    } else {
      this.fail(e.pos, `cannot slice ${this.operandString(e.x, x)}`);
    }
    if (e.slice3 && (e.high === null || e.max === null)) {
      this.fail(e.pos, `middle index required in 3-index slice`);
    }
    const vals: number[] = [];
    for (const b of [e.low, e.high, e.max]) {
      if (b !== null) {
        vals.push(this.#checkIndex(b, scope, length, true));
      }
    }
    for (let i = 1; i < vals.length; i++) {
      const a = vals[i - 1] ?? -1;
      const b = vals[i] ?? -1;
      if (a >= 0 && b >= 0 && a > b) {
        this.fail(e.pos, `invalid slice indices: ${b} < ${a}`);
      }
    }
    return tv('value', result);
  }

  // ---- composite literals ----

  #compositeLit(e: A.CompositeLit, scope: Scope, hint: Type | null): TypeAndValue {
    let t: Type;
    if (e.type !== null) {
      if (e.type.kind === 'ArrayType' && e.type.len === 'ellipsis') {
        const elem = this.typExpr(e.type.elem, scope);
        const n = this.#arrayElems(e, elem, -1, scope);
        t = new ArrayT(n, elem);
        e.type.tv = tv('typexpr', t);
      } else {
        t = this.typExpr(e.type, scope);
      }
    } else if (hint !== null) {
      t = hint;
      const hu = under(t);
      if (hu instanceof Pointer) {
        // &T{} elided in a literal of pointers: the element.
        this.#compositeBody(e, hu.elem, scope);
        return tv('value', t);
      }
    } else {
      this.fail(e.pos, 'invalid composite literal type: missing type');
    }
    this.#compositeBody(e, t, scope);
    return tv('value', t);
  }

  #compositeBody(e: A.CompositeLit, t: Type, scope: Scope): void {
    const u = coreType(t) ?? under(t);
    if (u instanceof Struct) {
      if (e.elts.length === 0) {
        return;
      }
      const keyed = e.elts[0]?.key !== null;
      if (keyed) {
        const seen = new Set<string>();
        for (const el of e.elts) {
          if (el.key?.kind !== 'Ident') {
            this.fail(el.value.pos, 'mixture of field:value and value elements in struct literal');
          }
          const i = u.fields.findIndex((f) => f.name === (el.key as A.Ident).name);
          const f = u.fields[i];
          if (f === undefined) {
            this.fail(
              el.key.pos,
              `unknown field ${el.key.name} in struct literal of type ${this.ts(t)}`,
            );
          }
          if (seen.has(f.name)) {
            this.fail(el.key.pos, `duplicate field name ${f.name} in struct literal`);
          }
          seen.add(f.name);
          el.key.obj = f;
          const x = this.#elemValue(el.value, f.type, scope);
          this.assign(el.value, x, f.type, 'struct literal');
        }
        return;
      }
      e.elts.forEach((el, i) => {
        if (el.key !== null) {
          this.fail(el.key.pos, 'mixture of field:value and value elements in struct literal');
        }
        const f = u.fields[i];
        if (f === undefined) {
          this.fail(el.value.pos, `too many values in struct literal of type ${this.ts(t)}`);
        }
        const x = this.#elemValue(el.value, f.type, scope);
        this.assign(el.value, x, f.type, 'struct literal');
      });
      if (e.elts.length < u.fields.length) {
        this.fail(
          e.pos.file === e.pos.file ? { file: e.pos.file, offset: e.pos.offset } : e.pos,
          `too few values in struct literal of type ${this.ts(t)}`,
        );
      }
      return;
    }
    if (u instanceof ArrayT) {
      this.#arrayElems(e, u.elem, u.len, scope);
      return;
    }
    if (u instanceof Slice) {
      this.#arrayElems(e, u.elem, -1, scope);
      return;
    }
    if (u instanceof MapT) {
      const seen = new Map<unknown, true>();
      for (const el of e.elts) {
        if (el.key === null) {
          this.fail(el.value.pos, 'missing key in map literal');
        }
        const k = this.#elemValue(el.key, u.key, scope);
        this.assign(el.key, k, u.key, 'map literal');
        const kv = el.key.tv;
        if (kv?.mode === 'constant' && kv.value !== undefined && !isInterface(u.key)) {
          const key = constKey(kv.value);
          if (seen.has(key)) {
            this.fail(el.key.pos, `duplicate key ${exprString(el.key)} in map literal`);
          }
          seen.set(key, true);
        }
        const v = this.#elemValue(el.value, u.elem, scope);
        this.assign(el.value, v, u.elem, 'map literal');
      }
      return;
    }
    this.fail(e.pos, `invalid composite literal type ${this.ts(t)}`);
  }

  #elemValue(e: A.Expr, t: Type, scope: Scope): TypeAndValue {
    if (e.kind === 'CompositeLit' && e.type === null) {
      const x = this.exprMulti(e, scope, t);
      return x;
    }
    if (
      e.kind === 'UnaryExpr' &&
      e.op === '&' &&
      e.x.kind === 'CompositeLit' &&
      e.x.type === null
    ) {
      const pu = under(t);
      if (pu instanceof Pointer) {
        this.exprMulti(e.x, scope, pu.elem);
        const r = tv('value', t);
        e.tv = r;
        return r;
      }
    }
    return this.value(e, scope, t);
  }

  /** Checks array/slice literal elements; returns the length. */
  #arrayElems(e: A.CompositeLit, elem: Type, length: number, scope: Scope): number {
    let idx = 0;
    let max = 0;
    const seen = new Set<number>();
    for (const el of e.elts) {
      if (el.key !== null) {
        const k = this.value(el.key, scope, Typ.int);
        if (k.mode !== 'constant' || toInt(k.value ?? 'x') === null) {
          this.fail(el.key.pos, `index ${exprString(el.key)} must be integer constant`);
        }
        idx = Number(toInt(k.value ?? 0n));
        if (isUntyped(k.type)) {
          this.convertUntyped(el.key, k, Typ.int);
        }
      }
      if (length >= 0 && idx >= length) {
        this.fail(el.value.pos, `index ${idx} out of bounds [0:${length}]`);
      }
      if (seen.has(idx)) {
        this.fail(el.key?.pos ?? el.value.pos, `duplicate index ${idx} in array or slice literal`);
      }
      seen.add(idx);
      const x = this.#elemValue(el.value, elem, scope);
      this.assign(el.value, x, elem, 'array or slice literal');
      idx++;
      max = Math.max(max, idx);
    }
    return max;
  }

  // ---- calls ----

  /** Checks expressions only for their errors and uses (types2 Checker.use). */
  #useAll(es: readonly A.Expr[], scope: Scope): void {
    for (const x of es) {
      try {
        this.exprMulti(x, scope, null);
      } catch (err) {
        if (!(err instanceof Bail)) {
          throw err;
        }
      }
    }
  }

  call(e: A.CallExpr, scope: Scope, hint: Type | null): TypeAndValue {
    let f: TypeAndValue;
    try {
      f = this.exprMulti(e.fun, scope, null);
    } catch (err) {
      // Go (types2 callExpr, check.use): the arguments of an invalid call are still checked,
      // so their variables count as used.
      this.#useAll(e.args, scope);
      throw err;
    }
    if (f.mode === 'typexpr') {
      e.call = { kind: 'conversion' };
      return this.#conversion(e, f.type, scope);
    }
    if (f.mode === 'builtin') {
      const fun = unparen(e.fun);
      // unsafe's functions are builtins too: `unsafe.Sizeof`.
      const name = fun.kind === 'SelectorExpr' ? `unsafe.${fun.sel.name}` : (fun as A.Ident).name;
      e.call = { kind: 'builtin', name };
      return this.builtin(e, name, scope, hint);
    }
    this.mustBeValue(e.fun, f);
    const sig0 = coreType(f.type);
    if (!(sig0 instanceof Signature)) {
      this.fail(
        e.pos,
        `invalid operation: cannot call non-function ${this.operandString(e.fun, f)}`,
      );
    }
    let sig = sig0;
    // Arguments: one multi-value call may spread over the parameters.
    const args: { e: A.Expr; x: TypeAndValue }[] = [];
    let spread: Tuple | null = null;
    const a0 = e.args[0];
    if (e.args.length === 1 && a0 !== undefined && unparen(a0).kind === 'CallExpr') {
      const x = this.exprMulti(a0, scope, sig.params.vars[0]?.type ?? null);
      if (x.type instanceof Tuple) {
        spread = x.type;
      } else {
        args.push({ e: a0, x });
      }
    } else {
      let failed: Bail | null = null;
      for (const [i, a] of e.args.entries()) {
        const pt = paramType(sig, i, e.ellipsis);
        const hintT = pt !== null && !hasTypeParam(pt) ? pt : null;
        try {
          args.push({ e: a, x: this.exprMulti(a, scope, hintT) });
        } catch (err) {
          if (!(err instanceof Bail)) {
            throw err;
          }
          failed ??= err; // the other arguments are still checked (and their variables used)
        }
      }
      if (failed !== null) {
        throw failed;
      }
    }
    for (const a of args) {
      if (a.x.type instanceof Tuple) {
        this.fail(
          a.e.pos,
          `multiple-value ${exprString(a.e)} (value of type ${this.ts(a.x.type)}) in single-value context`,
        );
      }
      this.mustBeValue(a.e, a.x);
      if (a.x.mode === 'commaok') {
        a.x.mode = 'value';
      }
    }
    const argTypes = spread !== null ? spread.vars.map((v) => v.type) : args.map((a) => a.x.type);
    // Generic functions: infer the type arguments.
    let typeArgs: Type[] | null = null;
    if (sig.typeParams.length > 0) {
      typeArgs = this.#infer(e, sig, argTypes, args);
      const fun = unparen(e.fun);
      this.verifyTypeArgs(
        e.lparen ?? e.pos,
        sig.typeParams,
        typeArgs,
        fun.kind === 'IndexExpr' ? fun.indices : [],
      );
      sig = substituteSig(
        new Signature([], sig.params, sig.results, sig.variadic, sig.recv),
        sig.typeParams,
        typeArgs,
      );
      e.fun.tv = { mode: 'value', type: sig };
    } else if (unparen(e.fun).kind === 'IndexExpr') {
      const ix = unparen(e.fun) as A.IndexExpr;
      const base = ix.x.tv?.type;
      if (base instanceof Signature && base.typeParams.length > 0) {
        typeArgs = ix.indices.map((i) => i.tv?.type ?? Typ.invalid);
      }
    }
    e.call = { kind: 'call', typeArgs };
    // Arity.
    const params = sig.params.vars;
    const nargs = argTypes.length;
    if (e.ellipsis) {
      if (!sig.variadic) {
        this.fail(e.pos, `have (...) but function is not variadic: ${exprString(e.fun)}`);
      }
      if (spread !== null) {
        this.fail(e.pos, `cannot use ... with multi-valued ${exprString(e.args[0] ?? e)}`);
      }
    }
    const tooFew = sig.variadic && !e.ellipsis ? nargs < params.length - 1 : nargs < params.length;
    const tooMany = sig.variadic && !e.ellipsis ? false : nargs > params.length;
    if (tooFew || tooMany) {
      const have = `(${argTypes
        .map((t, i) => {
          const x = args[i]?.x;
          return x?.mode === 'constant' && isUntyped(t) ? 'number' : this.ts(t);
        })
        .join(', ')})`;
      const want = `(${params.map((p, i) => (sig.variadic && i === params.length - 1 && p.type instanceof Slice ? `...${this.ts(p.type.elem)}` : this.ts(p.type))).join(', ')})`;
      // Go: at the first extra argument, else the last argument, else the call.
      const at = tooMany
        ? (args[params.length]?.e.pos ?? e.rparen)
        : (args[args.length - 1]?.e.pos ?? e.pos);
      this.fail(
        at,
        `${tooFew ? 'not enough' : 'too many'} arguments in call to ${exprString(e.fun)}\n\thave ${have}\n\twant ${want}`,
      );
    }
    if (spread === null) {
      args.forEach((a, i) => {
        const pt = paramType(sig, i, e.ellipsis);
        if (pt !== null) {
          this.assign(a.e, a.x, pt, `argument to ${exprString(e.fun)}`);
        }
      });
    } else {
      spread.vars.forEach((v, i) => {
        const pt = paramType(sig, i, false);
        if (pt !== null && !this.assignableTo(v.type, pt)) {
          this.fail(
            e.args[0]?.pos ?? e.pos,
            `cannot use ${exprString(e.args[0] ?? e)} (value of type ${this.ts(v.type)}) as type ${this.ts(pt)} in argument to ${exprString(e.fun)}`,
          );
        }
      });
    }
    const results = sig.results.vars;
    if (results.length === 0) {
      return tv('novalue', new Tuple([]));
    }
    if (results.length === 1) {
      return tv('value', results[0]?.type ?? Typ.invalid);
    }
    return tv('value', sig.results);
  }

  /** Infers type arguments of a generic call from its arguments. Go: infer.go (simplified). */
  #infer(
    e: A.CallExpr,
    sig: Signature,
    argTypes: readonly Type[],
    args: { e: A.Expr; x: TypeAndValue }[],
  ): Type[] {
    const env = new Map<TypeParam, Type>();
    const fun = unparen(e.fun);
    if (fun.kind === 'IndexExpr') {
      fun.indices.forEach((ix, i) => {
        const tp = sig.typeParams[i];
        if (tp !== undefined && ix.tv !== undefined) {
          env.set(tp, ix.tv.type);
        }
      });
    }
    const untypedArgs: [TypeParam, TypeAndValue, A.Expr][] = [];
    argTypes.forEach((at, i) => {
      const pt = paramType(sig, i, e.ellipsis);
      if (pt === null) {
        return;
      }
      if (isUntyped(at)) {
        if (pt instanceof TypeParam && !env.has(pt)) {
          const a = args[i];
          if (a !== undefined && at !== Typ.untypedNil) {
            untypedArgs.push([pt, a.x, a.e]);
          }
        }
        return;
      }
      unify(pt, at, env);
    });
    // Untyped constants: their default types, in order (Go 1.19; 1.21 takes the "largest" kind).
    const fromUntyped = new Map<TypeParam, Type>();
    for (const [tp, x, ae] of untypedArgs) {
      const d = defaultType(x.type);
      const cur = env.get(tp);
      if (cur === undefined) {
        env.set(tp, d);
        fromUntyped.set(tp, d);
      } else if (fromUntyped.has(tp) && !identical(cur, d)) {
        if (this.goMinor >= 21) {
          const rank = (t: Type): number =>
            [Typ.int, Typ.int32, Typ.float64, Typ.complex128].indexOf(t as never);
          if (rank(d) > rank(cur)) {
            env.set(tp, d);
            fromUntyped.set(tp, d);
          }
        } else {
          this.fail(
            ae.pos,
            `default type ${this.ts(d)} of ${exprString(ae)} does not match inferred type ${this.ts(cur)} for ${this.ts(tp)}`,
          );
        }
      }
    }
    // Core types of constraints (e.g. S ~[]E): infer from what is known.
    for (let round = 0; round < 3; round++) {
      for (const tp of sig.typeParams) {
        const core = tp.iface().terms();
        const only = core !== null && core.length === 1 ? core[0] : undefined;
        if (only === undefined) {
          continue;
        }
        const known = env.get(tp);
        if (known !== undefined) {
          unify(only.type, only.tilde ? under(known) : known, env);
        } else if (!hasTypeParam(only.type) || [...env.keys()].length > 0) {
          const s = subst(only.type, env);
          if (!hasTypeParam(s) && !only.tilde) {
            env.set(tp, s);
          }
        }
      }
    }
    const out: Type[] = [];
    for (const tp of sig.typeParams) {
      const t = env.get(tp);
      if (t === undefined) {
        this.fail(e.rparen, `in call to ${exprString(e.fun)}, cannot infer ${tp.obj.name}`);
      }
      out.push(subst(t, env));
    }
    return out;
  }

  /**
   * Checks that type arguments satisfy their constraints, reporting the first failure at the
   * type argument expression if there is one, else at `pos`. Go: types2 instantiate.go verify.
   */
  verifyTypeArgs(
    pos: A.Pos,
    tps: readonly TypeParam[],
    args: readonly Type[],
    xlist: readonly A.Expr[] = [],
  ): void {
    const env = new Map<TypeParam, Type>();
    tps.forEach((tp, i) => env.set(tp, args[i] ?? tp));
    for (let i = 0; i < tps.length; i++) {
      const tp = tps[i];
      const a = args[i];
      if (tp === undefined || a === undefined) {
        continue;
      }
      const c = subst(tp.constraint, env);
      const why = this.implementsConstraint(a, c);
      if (why !== null) {
        this.error(xlist[i]?.pos ?? pos, why);
        return;
      }
    }
  }

  /** Why V does not satisfy constraint T, or null. Go: types2 Checker.implements. */
  implementsConstraint(V: Type, T: Type): string | null {
    const Tu = under(T);
    if (V === Typ.invalid || under(V) === Typ.invalid) {
      return null;
    }
    if (!(Tu instanceof Interface)) {
      return `${this.ts(V)} does not implement ${this.ts(T)} (${this.ts(T)} is not an interface)`;
    }
    if (Tu.empty) {
      return null;
    }
    const Vi =
      V instanceof TypeParam
        ? V.iface()
        : under(V) instanceof Interface
          ? (under(V) as Interface)
          : null;
    const m = missingMethod(V, Tu, this.pkg);
    if (m !== null) {
      return `${this.ts(V)} does not implement ${this.ts(T)} ${m}`;
    }
    const pending =
      Tu.isComparable() && !comparable(V, new Set<Type>(), this.goMinor < 20)
        ? `${this.ts(V)} does not implement comparable`
        : null;
    const terms = Tu.terms();
    if (terms === null) {
      return pending;
    }
    const includes = (t: { tilde: boolean; type: Type }, x: Type): boolean =>
      t.tilde ? identical(under(x), under(t.type)) : identical(x, t.type);
    if (Vi !== null) {
      const vterms = Vi.terms();
      if (
        vterms?.every((v) => terms.some((t) => includes(t, v.type) && (t.tilde || !v.tilde))) !==
        true
      ) {
        return `${this.ts(V)} does not implement ${this.ts(T)}`;
      }
      return pending;
    }
    if (!terms.some((t) => includes(t, V))) {
      const alt = terms.find(
        (t) => !t.tilde && identical(t.type, under(t.type)) && identical(under(V), t.type),
      );
      if (alt !== undefined) {
        return `${this.ts(V)} does not implement ${this.ts(T)} (possibly missing ~ for ${this.ts(alt.type)} in constraint ${this.ts(T)})`;
      }
      return `${this.ts(V)} does not implement ${this.ts(T)} (${this.ts(V)} missing in ${terms.map((x) => `${x.tilde ? '~' : ''}${this.ts(x.type)}`).join(' | ')})`;
    }
    return pending;
  }

  #conversion(e: A.CallExpr, t: Type, scope: Scope): TypeAndValue {
    if (e.args.length !== 1 || e.ellipsis) {
      this.fail(
        e.args.length === 0 ? e.rparen : e.pos,
        e.args.length === 0
          ? `missing argument in conversion to ${this.ts(t)}`
          : `too many arguments in conversion to ${this.ts(t)}`,
      );
    }
    const arg = e.args[0] ?? absent('the argument of a conversion');
    const x = this.value(arg, scope, t);
    if (x.mode === 'constant' && x.value !== undefined && isConstType(t)) {
      const v = x.value;
      // Constant conversions stay constant.
      if (isString(t) && isInteger(x.type)) {
        const i = toInt(v) ?? 0n;
        const r = i < 0n || i > 0x10ffffn || (i >= 0xd800n && i < 0xe000n) ? 0xfffd : Number(i);
        return tv('constant', t, encodeRuneBytes(r));
      }
      const ok =
        (isNumeric(x.type) && isNumeric(t)) ||
        (isString(x.type) && isString(t)) ||
        (isBoolean(x.type) && isBoolean(t));
      if (!ok) {
        this.fail(e.pos, `cannot convert ${this.operandString(arg, x)} to type ${this.ts(t)}`);
      }
      let r: ConstValue = v;
      if (isInteger(t)) {
        // types2 prints the operand with its value already converted to an integer.
        const i = toInt(v);
        const range = intRange((under(t) as Basic).name);
        if (i === null || (range !== null && (i < range[0] || i > range[1]))) {
          this.fail(
            arg.pos,
            `cannot convert ${this.operandString(arg, i === null ? x : { ...x, value: i })} to type ${this.ts(t)}`,
          );
        }
        r = i;
      } else if (isFloat(t) || isComplex(t)) {
        const c = roundConst(v, (under(t) as Basic).name);
        if (c === null) {
          this.fail(arg.pos, `cannot convert ${this.operandString(arg, x)} to type ${this.ts(t)}`);
        }
        r = c;
      }
      if (isUntyped(x.type)) {
        setType(
          arg,
          isInteger(t) && !isInteger(x.type) ? defaultType(x.type) : t,
          isInteger(t) && !isInteger(x.type) ? v : r,
        );
      }
      return tv('constant', t, r);
    }
    if (isUntyped(x.type)) {
      if (x.type === Typ.untypedNil) {
        if (!hasNil(t)) {
          this.fail(e.pos, `cannot convert nil to type ${this.ts(t)}`);
        }
        arg.tv = tv('value', t);
        return tv('value', t);
      }
      const target = isInterface(t) || !isConstType(t) ? defaultType(x.type) : t;
      if (
        x.mode === 'constant' &&
        isInteger(target) &&
        x.value !== undefined &&
        toInt(x.value) === null
      ) {
        this.fail(
          arg.pos,
          `cannot convert ${this.operandString(arg, x)} to type ${this.ts(t)} (truncated)`,
        );
      }
      this.convertUntyped(arg, x, isConstType(t) && !(under(t) instanceof TypeParam) ? t : target);
    }
    const from = arg.tv?.type ?? x.type;
    if (!this.convertible(from, t)) {
      this.fail(
        e.pos,
        `cannot convert ${this.operandString(arg, { ...x, type: from })} to type ${this.ts(t)}`,
      );
    }
    return tv('value', t);
  }

  /** Go's convertibility (spec: Conversions) for non-constant values. */
  convertible(v: Type, t: Type): boolean {
    if (this.assignableTo(v, t)) {
      return true;
    }
    const vu = under(v);
    const tu = under(t);
    if (v instanceof TypeParam || t instanceof TypeParam) {
      const vs = v instanceof TypeParam ? (v.iface().terms() ?? []).map((x) => x.type) : [v];
      const ts = t instanceof TypeParam ? (t.iface().terms() ?? []).map((x) => x.type) : [t];
      return (
        vs.length > 0 && ts.length > 0 && vs.every((a) => ts.every((b) => this.convertible(a, b)))
      );
    }
    if (identicalIgnoreTags(vu, tu)) {
      return true;
    }
    if (
      vu instanceof Pointer &&
      tu instanceof Pointer &&
      !(v instanceof Named) &&
      !(t instanceof Named) &&
      identicalIgnoreTags(under(vu.elem), under(tu.elem))
    ) {
      return true;
    }
    if ((isInteger(vu) || isFloat(vu)) && (isInteger(tu) || isFloat(tu))) {
      return true;
    }
    if (isComplex(vu) && isComplex(tu)) {
      return true;
    }
    // unsafe.Pointer to and from any pointer type and uintptr.
    const unsafeP = (x: Type): boolean => x === Typ.unsafePointer;
    if (
      (unsafeP(vu) && (tu instanceof Pointer || tu === Typ.uintptr)) ||
      (unsafeP(tu) && (vu instanceof Pointer || vu === Typ.uintptr))
    ) {
      return true;
    }
    if (isString(tu) && (isInteger(vu) || isByteOrRuneSlice(vu))) {
      return true;
    }
    if (isString(vu) && isByteOrRuneSlice(tu)) {
      return true;
    }
    if (
      vu instanceof Slice &&
      tu instanceof Pointer &&
      under(tu.elem) instanceof ArrayT &&
      identical(vu.elem, (under(tu.elem) as ArrayT).elem)
    ) {
      return true; // go1.17
    }
    if (
      vu instanceof Slice &&
      tu instanceof ArrayT &&
      identical(vu.elem, tu.elem) &&
      this.goMinor >= 20
    ) {
      return true;
    }
    return false;
  }

  // ---- builtins ----

  builtin(e: A.CallExpr, name: string, scope: Scope, hint: Type | null): TypeAndValue {
    const args = e.args;
    const n = args.length;
    const need = (min: number, max = min): void => {
      if (n < min) {
        this.fail(
          e.rparen,
          `not enough arguments for ${exprString(e)} (expected ${min}, found ${n})`,
        );
      }
      if (n > max) {
        this.fail(
          args[max]?.pos ?? e.pos,
          `too many arguments for ${exprString(e)} (expected ${max}, found ${n})`,
        );
      }
    };
    if (e.ellipsis && name !== 'append') {
      this.fail(e.pos, `invalid operation: invalid use of ... with built-in ${name}`);
    }
    const arg = (i: number): A.Expr => args[i] ?? absent(`argument ${i} of ${name}`);
    switch (name) {
      case 'len':
      case 'cap': {
        need(1);
        const x = this.value(arg(0), scope, null);
        const u = coreType(x.type) ?? under(x.type);
        let ok =
          u instanceof Slice ||
          u instanceof Chan ||
          (u instanceof Pointer && under(u.elem) instanceof ArrayT) ||
          u instanceof ArrayT;
        if (name === 'len') {
          ok = ok || isString(u) || u instanceof MapT;
        }
        if (x.type instanceof TypeParam) {
          const terms = x.type.iface().terms();
          ok =
            terms !== null &&
            terms.length > 0 &&
            terms.every((t) => {
              const tu = under(t.type);
              return (
                tu instanceof Slice ||
                tu instanceof ArrayT ||
                (name === 'len' && (isString(tu) || tu instanceof MapT)) ||
                tu instanceof Chan
              );
            });
        }
        if (!ok) {
          this.fail(arg(0).pos, `invalid argument: ${this.operandString(arg(0), x)} for ${name}`);
        }
        if (x.mode === 'constant' && typeof x.value === 'string') {
          return tv('constant', Typ.int, BigInt(x.value.length));
        }
        const at = u instanceof Pointer ? under(u.elem) : u;
        if (at instanceof ArrayT && !containsCallOrRecv(arg(0))) {
          return tv('constant', Typ.int, BigInt(at.len));
        }
        if (isUntyped(x.type)) {
          this.defaultOf(arg(0), x);
        }
        return tv('value', Typ.int);
      }
      case 'append': {
        if (n === 0) {
          this.fail(e.rparen, `not enough arguments for ${exprString(e)} (expected 1, found 0)`);
        }
        const s = this.value(arg(0), scope, hint);
        let st = s.type;
        if (st === Typ.untypedNil) {
          if (hint === null || !(under(hint) instanceof Slice)) {
            this.fail(
              arg(0).pos,
              'first argument to append must be a typed slice; have untyped nil',
            );
          }
          st = hint;
          arg(0).tv = tv('value', st);
        }
        const su = coreType(st);
        if (!(su instanceof Slice)) {
          this.fail(
            arg(0).pos,
            `invalid argument: ${this.operandString(arg(0), s)} (first argument to append must be a slice)`.replace(
              '(first argument to append must be a slice)',
              'is not a slice',
            ),
          );
        }
        if (e.ellipsis) {
          need(2);
          const y = this.value(arg(1), scope, st);
          if (isString(y.type) && identical(under(su.elem), Typ.uint8)) {
            if (isUntyped(y.type)) {
              this.convertUntyped(arg(1), y, Typ.string);
            }
            return tv('value', st);
          }
          this.assign(arg(1), y, new Slice(su.elem), 'append');
          return tv('value', st);
        }
        for (let i = 1; i < n; i++) {
          const x = this.value(arg(i), scope, su.elem);
          this.assign(arg(i), x, su.elem, 'argument to append');
        }
        return tv('value', st);
      }
      case 'make': {
        if (n === 0) {
          this.fail(e.rparen, `not enough arguments for ${exprString(e)} (expected 1, found 0)`);
        }
        const t = this.typExpr(arg(0), scope);
        const u = coreType(t) ?? under(t);
        let min = 1;
        let max = 1;
        if (u instanceof Slice) {
          min = 2;
          max = 3;
        } else if (u instanceof MapT || u instanceof Chan) {
          max = 2;
        } else {
          this.fail(
            arg(0).pos,
            `invalid argument: cannot make ${exprString(arg(0))}; type must be slice, map, or channel`,
          );
        }
        if (n < min) {
          this.fail(
            e.pos,
            `invalid operation: ${exprString(e)} expects ${min} or ${max} arguments; found ${n}`,
          );
        }
        if (n > max) {
          this.fail(
            e.pos,
            `invalid operation: ${exprString(e)} expects ${min} or ${max} arguments; found ${n}`,
          );
        }
        const sizes: bigint[] = [];
        for (let i = 1; i < n; i++) {
          const x = this.value(arg(i), scope, null);
          if (x.mode === 'constant' && x.value !== undefined) {
            const v = toInt(x.value);
            if (v === null) {
              this.fail(arg(i).pos, `${this.operandString(arg(i), x)} truncated to int`);
            }
            if (v < 0n) {
              this.fail(
                arg(i).pos,
                `invalid argument: index ${exprString(arg(i))} (constant of type int) must not be negative`,
              );
            }
            sizes.push(v);
            if (isUntyped(x.type)) {
              this.convertUntyped(arg(i), x, Typ.int);
            }
          } else if (!isInteger(x.type)) {
            this.fail(arg(i).pos, `cannot convert ${this.operandString(arg(i), x)} to type int`);
          } else if (isUntyped(x.type)) {
            this.convertUntyped(arg(i), x, Typ.int);
          }
        }
        const [len, cap] = sizes;
        if (sizes.length === 2 && len !== undefined && cap !== undefined && len > cap) {
          this.fail(arg(1).pos, `invalid argument: length and capacity swapped`);
        }
        return tv('value', t);
      }
      case 'unsafe.Sizeof':
      case 'unsafe.Alignof': {
        need(1);
        const x = this.value(arg(0), scope, null);
        if (isUntyped(x.type)) {
          this.convertUntyped(arg(0), x, defaultType(x.type));
        }
        const t = arg(0).tv?.type ?? x.type;
        return tv(
          'constant',
          Typ.uintptr,
          BigInt(name === 'unsafe.Sizeof' ? sizeof(t) : alignof(t)),
        );
      }
      case 'unsafe.Offsetof': {
        need(1);
        const sel = unparen(arg(0));
        if (sel.kind !== 'SelectorExpr') {
          this.fail(
            arg(0).pos,
            `invalid argument: ${exprString(arg(0))} is not a selector expression`,
          );
        }
        this.value(sel, scope, null);
        const s = sel.selection;
        if (s?.kind !== 'field') {
          this.fail(arg(0).pos, `invalid argument: ${exprString(arg(0))} is a method value`);
        }
        if (s.derefs.some((d, i) => d && i > 0)) {
          this.fail(
            arg(0).pos,
            `invalid argument: field ${sel.sel.name} is embedded via a pointer in ${exprString(sel.x)}`,
          );
        }
        // The offset from the base through each embedded field to the selected one.
        let t = sel.x.tv?.type ?? Typ.invalid;
        let off = 0;
        for (const i of s.path) {
          let u = under(t);
          if (u instanceof Pointer) {
            u = under(u.elem);
          }
          if (!(u instanceof Struct)) {
            break;
          }
          off += offsetsof(u)[i] ?? 0;
          t = u.fields[i]?.type ?? Typ.invalid;
        }
        return tv('constant', Typ.uintptr, BigInt(off));
      }
      case 'unsafe.Add': {
        need(2);
        const p = this.value(arg(0), scope, Typ.unsafePointer);
        this.assign(arg(0), p, Typ.unsafePointer, 'argument to unsafe.Add');
        const n = this.value(arg(1), scope, null);
        if (isUntyped(n.type)) {
          this.convertUntyped(arg(1), n, Typ.int);
        }
        return tv('value', Typ.unsafePointer);
      }
      case 'unsafe.Slice': {
        need(2);
        const p = this.value(arg(0), scope, null);
        const u = under(p.type);
        if (!(u instanceof Pointer)) {
          this.fail(
            arg(0).pos,
            `invalid argument: ${this.operandString(arg(0), p)} is not a pointer`,
          );
        }
        const n = this.value(arg(1), scope, null);
        if (isUntyped(n.type)) {
          this.convertUntyped(arg(1), n, Typ.int);
        }
        return tv('value', new Slice(u.elem));
      }
      case 'new': {
        need(1);
        const t = this.typExpr(arg(0), scope);
        return tv('value', new Pointer(t));
      }
      case 'delete': {
        need(2);
        const m = this.value(arg(0), scope, null);
        const u = coreType(m.type);
        if (!(u instanceof MapT)) {
          this.fail(arg(0).pos, `invalid argument: ${this.operandString(arg(0), m)} is not a map`);
        }
        const k = this.value(arg(1), scope, u.key);
        this.assign(arg(1), k, u.key, 'argument to delete');
        return tv('novalue', new Tuple([]));
      }
      case 'clear': {
        if (this.goMinor < 21) {
          this.fail(
            e.fun.pos,
            `clear requires go1.21 or later (-lang was set to go1.${this.goMinor}; check go.mod)`,
          );
        }
        need(1);
        const x = this.value(arg(0), scope, null);
        const u = coreType(x.type);
        if (!(u instanceof MapT) && !(u instanceof Slice)) {
          this.fail(
            arg(0).pos,
            `invalid argument: ${this.operandString(arg(0), x)} must be a map or slice`,
          );
        }
        return tv('novalue', new Tuple([]));
      }
      case 'close': {
        need(1);
        const x = this.value(arg(0), scope, null);
        const u = coreType(x.type);
        if (!(u instanceof Chan)) {
          this.fail(
            arg(0).pos,
            `invalid operation: cannot close non-channel ${this.operandString(arg(0), x)}`,
          );
        }
        if (u.dir === 'recv') {
          this.fail(
            arg(0).pos,
            `invalid operation: cannot close receive-only channel ${this.operandString(arg(0), x)}`,
          );
        }
        return tv('novalue', new Tuple([]));
      }
      case 'copy': {
        need(2);
        const d = this.value(arg(0), scope, null);
        const s = this.value(arg(1), scope, null);
        const du = coreType(d.type);
        if (!(du instanceof Slice)) {
          this.fail(
            e.pos,
            `invalid argument: copy expects slice arguments; found ${this.operandString(arg(0), d)} and ${this.operandString(arg(1), s)}`,
          );
        }
        if (isString(s.type) && identical(under(du.elem), Typ.uint8)) {
          if (isUntyped(s.type)) {
            this.convertUntyped(arg(1), s, Typ.string);
          }
          return tv('value', Typ.int);
        }
        const su = coreType(s.type);
        if (!(su instanceof Slice)) {
          this.fail(
            e.pos,
            `invalid argument: copy expects slice arguments; found ${this.operandString(arg(0), d)} and ${this.operandString(arg(1), s)}`,
          );
        }
        if (!identical(du.elem, su.elem)) {
          this.fail(
            e.pos,
            `invalid argument: arguments to copy ${this.operandString(arg(0), d)} and ${this.operandString(arg(1), s)} have different element types ${this.ts(du.elem)} and ${this.ts(su.elem)}`,
          );
        }
        return tv('value', Typ.int);
      }
      case 'panic': {
        need(1);
        const x = this.value(arg(0), scope, null);
        this.assign(arg(0), x, new Interface([], []), 'argument to panic');
        return tv('novalue', new Tuple([]));
      }
      case 'print':
      case 'println': {
        for (const a of args) {
          const x = this.value(a, scope, null);
          if (x.type === Typ.untypedNil) {
            this.fail(a.pos, 'use of untyped nil in argument to built-in print');
          }
          this.defaultOf(a, x);
        }
        return tv('novalue', new Tuple([]));
      }
      case 'recover': {
        need(0);
        const f = this.func;
        if (f !== null) {
          f.info.callsRecover = true;
        }
        return tv('value', new Interface([], []));
      }
      case 'complex': {
        need(2);
        const re = this.value(arg(0), scope, null);
        const im = this.value(arg(1), scope, null);
        if (
          re.mode === 'constant' &&
          im.mode === 'constant' &&
          re.value !== undefined &&
          im.value !== undefined
        ) {
          const t =
            isUntyped(re.type) && isUntyped(im.type)
              ? Typ.untypedComplex
              : (isUntyped(re.type) ? im.type : re.type) === Typ.float32
                ? Typ.complex64
                : Typ.complex128;
          const c = new ComplexValue(toFloat(re.value) ?? 0n, toFloat(im.value) ?? 0n);
          return tv('constant', t, t === Typ.untypedComplex ? c : (roundConst(c, t.name) ?? c));
        }
        const ft = !isUntyped(re.type) ? re.type : !isUntyped(im.type) ? im.type : Typ.float64;
        this.assign(arg(0), re, ft, 'argument to complex');
        this.assign(arg(1), im, ft, 'argument to complex');
        if (!isFloat(ft)) {
          this.fail(
            e.pos,
            `invalid operation: ${exprString(e)} (arguments have type ${this.ts(ft)}, expected floating-point)`,
          );
        }
        return tv('value', under(ft) === Typ.float32 ? Typ.complex64 : Typ.complex128);
      }
      case 'real':
      case 'imag': {
        need(1);
        const x = this.value(arg(0), scope, null);
        if (x.mode === 'constant' && x.value !== undefined) {
          const c = toComplex(x.value);
          const t = isUntyped(x.type)
            ? Typ.untypedFloat
            : under(x.type) === Typ.complex64
              ? Typ.float32
              : Typ.float64;
          return tv('constant', t, name === 'real' ? c.re : c.im);
        }
        if (!isComplex(x.type)) {
          this.fail(
            arg(0).pos,
            `invalid argument: ${this.operandString(arg(0), x)} must be of complex type`,
          );
        }
        return tv('value', under(x.type) === Typ.complex64 ? Typ.float32 : Typ.float64);
      }
      case 'min':
      case 'max': {
        if (this.goMinor < 21) {
          this.fail(
            e.fun.pos,
            `${name} requires go1.21 or later (-lang was set to go1.${this.goMinor}; check go.mod)`,
          );
        }
        if (n === 0) {
          this.fail(e.rparen, `not enough arguments for ${exprString(e)} (expected 1, found 0)`);
        }
        const xs = args.map((a) => ({ e: a, x: this.value(a, scope, null) }));
        let t: Type | null = null;
        for (const { x } of xs) {
          if (!isUntyped(x.type)) {
            if (t !== null && !identical(t, x.type)) {
              this.fail(
                e.pos,
                `invalid argument: mismatched types ${this.ts(t)} (previous argument) and ${this.ts(x.type)} (type of ${exprString(xs.find((y) => y.x === x)?.e ?? e)})`,
              );
            }
            t = x.type;
          }
        }
        for (const { e: a, x } of xs) {
          if (!isOrdered(x.type)) {
            this.fail(a.pos, `invalid argument: ${this.operandString(a, x)} cannot be ordered`);
          }
        }
        if (xs.every(({ x }) => x.mode === 'constant')) {
          let best = xs[0];
          for (const c of xs) {
            if (
              best !== undefined &&
              c.x.value !== undefined &&
              best.x.value !== undefined &&
              compareConst(name === 'min' ? '<' : '>', c.x.value, best.x.value)
            ) {
              best = c;
            }
          }
          if (best !== undefined) {
            const rt =
              t ??
              xs.reduce<Type>(
                (acc, { x }) =>
                  acc === Typ.untypedFloat || x.type === Typ.untypedFloat
                    ? Typ.untypedFloat
                    : x.type,
                Typ.untypedInt,
              );
            return tv('constant', rt, best.x.value);
          }
        }
        const rt = t ?? defaultType(xs[0]?.x.type ?? Typ.int);
        for (const { e: a, x } of xs) {
          this.assign(a, x, rt, `argument to ${name}`);
        }
        return tv('value', rt);
      }
      default:
        this.fail(e.pos, `not supported yet: builtin ${name}`);
    }
  }
}

// ---- helpers ----

function paramType(sig: Signature, i: number, ellipsis: boolean): Type | null {
  const ps = sig.params.vars;
  if (sig.variadic && i >= ps.length - 1) {
    const last = ps[ps.length - 1];
    if (last === undefined) {
      return null;
    }
    if (ellipsis) {
      return last.type;
    }
    return last.type instanceof Slice ? last.type.elem : last.type;
  }
  return ps[i]?.type ?? null;
}

/** Unifies a parameter type containing type parameters with an argument type. */
function unify(p: Type, a: Type, env: Map<TypeParam, Type>): void {
  if (p instanceof TypeParam) {
    if (!env.has(p)) {
      env.set(p, a);
    }
    return;
  }
  if (p instanceof Named && a instanceof Named && p.orig !== null && p.orig === a.orig) {
    p.typeArgs.forEach((x, i) => {
      const y = a.typeArgs[i];
      if (y !== undefined) {
        unify(x, y, env);
      }
    });
    return;
  }
  const au = p instanceof Named ? a : under(a);
  if (p.kind !== au.kind) {
    return;
  }
  switch (p.kind) {
    case 'Pointer':
    case 'Slice':
    case 'Array':
    case 'Chan':
      unify(p.elem, (au as Pointer).elem, env);
      return;
    case 'Map':
      unify(p.key, (au as MapT).key, env);
      unify(p.elem, (au as MapT).elem, env);
      return;
    case 'Signature': {
      const as = au as Signature;
      p.params.vars.forEach((v, i) => {
        const w = as.params.vars[i];
        if (w !== undefined) {
          unify(v.type, w.type, env);
        }
      });
      p.results.vars.forEach((v, i) => {
        const w = as.results.vars[i];
        if (w !== undefined) {
          unify(v.type, w.type, env);
        }
      });
      return;
    }
    case 'Struct':
      p.fields.forEach((f, i) => {
        const g = (au as Struct).fields[i];
        if (g !== undefined) {
          unify(f.type, g.type, env);
        }
      });
      return;
    default:
      return;
  }
}

export function unparen(e: A.Expr): A.Expr {
  let x = e;
  while (x.kind === 'ParenExpr') {
    x = x.x;
  }
  return x;
}

/** Records that a variable's address is taken (it must live in a box). */
export function markAddressed(e: A.Expr): void {
  const x = unparen(e);
  if (x.kind === 'Ident') {
    if (x.obj instanceof VarObj) {
      x.obj.boxed = true;
    }
    return;
  }
  if (x.kind === 'SelectorExpr') {
    const sel = x.selection;
    if (
      sel?.kind === 'field' &&
      !sel.derefs.some((d) => d) &&
      !(x.x.tv !== undefined && under(x.x.tv.type) instanceof Pointer)
    ) {
      markAddressed(x.x);
    }
    return;
  }
  if (x.kind === 'IndexExpr') {
    const t = x.x.tv?.type;
    if (t !== undefined && under(t) instanceof ArrayT) {
      markAddressed(x.x);
    }
  }
}

function setType(e: A.Expr, t: Type, value: ConstValue | undefined): void {
  const x = unparen(e);
  const prev = e.tv;
  const mode = prev?.mode ?? 'value';
  e.tv = value === undefined ? { mode, type: t } : { mode, type: t, value };
  if (x !== e) {
    setType(x, t, value);
  }
  // Untyped operands of untyped operations take the type too (Go: updateExprType).
  if (x.kind === 'BinaryExpr' && prev !== undefined && isUntyped(prev.type)) {
    const cmp = ['==', '!=', '<', '<=', '>', '>='].includes(x.op);
    if (!cmp) {
      const l = tvOf(x.x);
      if (l !== undefined && isUntyped(l.type)) {
        setType(x.x, t, l.value === undefined ? undefined : coerce(l.value, t));
      }
      const r = tvOf(x.y);
      if (x.op !== '<<' && x.op !== '>>' && r !== undefined && isUntyped(r.type)) {
        setType(x.y, t, r.value === undefined ? undefined : coerce(r.value, t));
      }
    }
  } else if (x.kind === 'UnaryExpr' && prev !== undefined && isUntyped(prev.type)) {
    const o = tvOf(x.x);
    if (o !== undefined && isUntyped(o.type)) {
      setType(x.x, t, o.value === undefined ? undefined : coerce(o.value, t));
    }
  }
}

/** The recorded type and value of e, read through parentheses. */
function tvOf(e: A.Expr): TypeAndValue | undefined {
  return e.tv ?? unparen(e).tv;
}

function coerce(v: ConstValue, t: Type): ConstValue {
  if (isInteger(t)) {
    return toInt(v) ?? v;
  }
  if (isFloat(t)) {
    return toFloat(v) ?? v;
  }
  return v;
}

function isNamedOrParam(t: Type): boolean {
  return (
    t instanceof Named ||
    t instanceof TypeParam ||
    (t instanceof Basic && !t.name.startsWith('untyped'))
  );
}

function identicalIgnoreTags(a: Type, b: Type): boolean {
  if (a instanceof Struct && b instanceof Struct) {
    return (
      a.fields.length === b.fields.length &&
      a.fields.every((f, i) => {
        const g = b.fields[i];
        return f.name === g?.name && f.embedded === g.embedded && identical(f.type, g.type);
      })
    );
  }
  return identical(a, b);
}

function isByteOrRuneSlice(t: Type): boolean {
  const u = under(t);
  if (!(u instanceof Slice)) {
    return false;
  }
  const e = under(u.elem);
  return e === Typ.uint8 || e === Typ.int32;
}

function intBits(name: string): number {
  const m = /\d+$/.exec(name);
  return m === null ? 64 : Number(m[0]);
}

function encodeRuneBytes(r: number): string {
  if (r < 0x80) {
    return String.fromCharCode(r);
  }
  const s = String.fromCodePoint(r);
  const bytes = new TextEncoder().encode(s);
  return String.fromCharCode(...bytes);
}

/**
 * What the checker and parser attach to syntax nodes: positions and links to objects, types and
 * scopes, which lead out of the expression (and round in cycles), not into its subexpressions.
 */
const annotations = new Set([
  'pos',
  'tv',
  'obj',
  'selection',
  'call',
  'scope',
  'info',
  'defines',
  'gotoTarget',
  'implicit',
  'target',
  'perIteration',
]);

/** Whether e contains a function call or channel receive (len of an array is then not constant). */
function containsCallOrRecv(e: A.Expr): boolean {
  let found = false;
  const walk = (n: unknown): void => {
    if (found || n === null || typeof n !== 'object') {
      return;
    }
    const k = (n as { kind?: string }).kind;
    if (k === 'CallExpr' || (k === 'UnaryExpr' && (n as A.UnaryExpr).op === '<-')) {
      const call = (n as A.CallExpr).call;
      if (k === 'CallExpr' && call?.kind === 'conversion') {
        walk((n as A.CallExpr).args);
        return;
      }
      found = true;
      return;
    }
    if (k === 'FuncLit') {
      return;
    }
    for (const [key, v] of Object.entries(n)) {
      if (!annotations.has(key) && typeof v === 'object') {
        walk(v);
      }
    }
  };
  walk(e);
  return found;
}

export { ConstObj, NilObj, TypeName, BuiltinObj };
