// The type checker: package-level declarations, type expressions, and function bodies, with
// Go 1.19's compile error messages. It annotates the syntax tree for the compiler.
// Go: go/types (check.go, decl.go, resolver.go, typexpr.go, stmt.go, assignments.go).
import type * as A from '../syntax/ast.ts';
import { parseIntLit, decodeRune, decodeString } from '../syntax/literals.ts';
import { parseFloatConst, parseImagConst, toInt, type ConstValue } from './constant.ts';
import { exprString } from './exprstring.ts';
import { StmtChecker } from './stmt.ts';
import { ConstObj, FuncObj, LabelObj, PkgName, TypeName, VarObj, type Obj } from './objects.ts';
import type { TypeAndValue } from './operand.ts';
import type { Package } from './package.ts';
import { Scope } from './scope.ts';
import { completeInstances, instantiateNamed, subst, type Env } from './subst.ts';
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
  identical,
  isInteger,
  under,
  type Term,
  type Type,
} from './types.ts';
import { typeString } from './typestring.ts';

/** A compile error at a position. */
export interface CompileError {
  readonly pos: A.Pos;
  readonly message: string;
  /** Reported only if no other error is (Go's "soft" errors such as unused variables). */
  readonly soft?: boolean;
}

export { Bail } from './base.ts';
import { Bail } from './base.ts';

/**
 * The standard library's function bodies not checked yet. A std package is checked as far as
 * its declarations when imported; a body is checked when something first needs it (the
 * compiler, which compiles only the functions a program reaches, or the initialization order),
 * which leaves most of a large package's bodies unchecked.
 */
const lazyBodies = new WeakMap<A.FuncDecl, () => void>();

/** Errors found in a std function body checked late (a checker bug, or a broken GOROOT). */
export class BodyErrors extends Error {
  readonly errors: readonly CompileError[];
  constructor(errors: readonly CompileError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.errors = errors;
  }
}

/** Checks function body `d` if the checker left it for later (std packages); else nothing. */
export function checkBody(d: A.FuncDecl): void {
  const check = lazyBodies.get(d);
  if (check !== undefined) {
    lazyBodies.delete(d);
    check();
  }
}

/** Checks every function body of `pkgs` left for later. */
export function checkBodies(pkgs: readonly Package[]): void {
  for (const p of pkgs) {
    for (const f of p.funcs) {
      if (f.decl !== null) {
        checkBody(f.decl);
      }
    }
  }
}

/** The language version the checker applies (go1.N as N). */
export interface CheckOptions {
  readonly goMinor: number;
  /**
   * Check function bodies only when first needed (checkBody), as for std packages: for a
   * tool that reads some functions' types, not a compiler or an interpreter (no unused-import
   * errors then, and no initialization order: nothing runs the package).
   */
  readonly lazyBodies?: boolean;
}

/** What a package-level object's declaration is, for lazy resolution. */
type DeclInfo =
  | {
      kind: 'const';
      spec: A.ValueSpec;
      index: number;
      typ: A.Expr | null;
      init: A.Expr | null;
      scope: Scope;
    }
  | { kind: 'var'; spec: A.ValueSpec; scope: Scope }
  | { kind: 'type'; spec: A.TypeSpec; scope: Scope }
  | { kind: 'func'; decl: A.FuncDecl; scope: Scope };

/** A function body being checked. */
export interface FuncContext {
  readonly sig: Signature;
  readonly info: A.FuncInfo;
  readonly outer: FuncContext | null;
  /** The function's own scope (variables declared outside it are captured). */
  readonly scope: Scope;
}

export class Checker extends StmtChecker {
  readonly errors: CompileError[] = [];
  readonly #decls = new Map<Obj, DeclInfo>();
  readonly #state = new Map<Obj, 'resolving' | 'done'>();
  /** Variables declared in function bodies, for "declared but not used". */
  readonly #locals: VarObj[] = [];
  #func: FuncContext | null = null;
  /** Bodies left to check after the package-level declarations. */
  readonly #bodies: (() => void)[] = [];
  /** How many of #bodies have run. */
  #ran = 0;

  // ---- errors ----

  error(pos: A.Pos, message: string, soft = false): void {
    this.errors.push({ pos, message, soft });
  }

  fail(pos: A.Pos, message: string): never {
    this.error(pos, message);
    throw new Bail();
  }

  get func(): FuncContext | null {
    return this.#func;
  }

  // ---- the package ----

  checkPackage(): void {
    const pkg = this.pkg;
    // Collect objects.
    for (const file of pkg.files) {
      const fileScope = new Scope(pkg.scope);
      file.scope = fileScope;
      for (const d of file.decls) {
        if ('tok' in d) {
          this.#collectGen(d, fileScope);
        } else {
          this.#collectFunc(d, fileScope);
        }
      }
    }
    // Methods attach to their receiver base types once those are known.
    for (const [obj] of this.#decls) {
      this.resolve(obj);
    }
    this.#runQueued();
    // After the bodies: an initializer depends on the variables the functions it calls use,
    // which are known once those functions are checked. (A tool's package never runs, and
    // the order would check every body an initializer reaches.)
    if (!this.forTool) {
      this.#orderVarInit();
    }
    if (this.lazyBodies) {
      return; // its unchecked bodies may use imports yet (and main is not std)
    }
    for (const file of pkg.files) {
      for (const o of file.scope?.names.values() ?? []) {
        if (o instanceof PkgName && !o.used && o.pos !== null) {
          const path = o.imported.path;
          // Go: types2 resolver.go unusedImports (compiler error messages).
          const msg =
            o.name === o.imported.name
              ? `imported and not used: ${JSON.stringify(path)}`
              : `imported and not used: ${JSON.stringify(path)} as ${o.name}`;
          this.error(o.pos, msg, true);
        }
      }
    }
    if (pkg.name === 'main' && pkg.path === 'main') {
      const main = pkg.scope.lookup('main');
      if (!(main instanceof FuncObj)) {
        this.error(
          { file: pkg.files[0]?.source ?? nullFile, offset: 0 },
          'function main is undeclared in the main package',
        );
      }
    }
  }

  /** Runs the queued checks; checking a body can queue more (a map type's key check). */
  #runQueued(): void {
    while (this.#ran < this.#bodies.length) {
      this.#bodies[this.#ran++]?.();
    }
  }

  #collectGen(d: A.GenDecl, fileScope: Scope): void {
    const pkg = this.pkg;
    if (d.tok === 'import') {
      for (const spec of d.imports) {
        const imp = this.importer(spec.path, spec.pos);
        if (imp === null) {
          continue;
        }
        pkg.imports.push(imp);
        const name = spec.name?.name ?? imp.name;
        if (name === '_') {
          continue;
        }
        if (name === '.') {
          this.error(spec.pos, 'not supported yet: dot imports');
          continue;
        }
        const o = new PkgName(name, spec.name?.pos ?? spec.pos, pkg, imp);
        if (fileScope.insert(o) !== undefined) {
          this.error(spec.pos, `${name} redeclared in this block`);
        }
      }
      return;
    }
    if (d.tok === 'const') {
      let lastType: A.Expr | null = null;
      let lastValues: readonly A.Expr[] = [];
      for (const spec of d.values) {
        if (spec.type !== null || spec.values.length > 0) {
          lastType = spec.type;
          lastValues = spec.values;
        }
        spec.names.forEach((n, i) => {
          const o = new ConstObj(n.name, n.pos, pkg, Typ.invalid, 0n);
          n.obj = o;
          this.#declarePkg(o, n);
          this.#decls.set(o, {
            kind: 'const',
            spec,
            index: i,
            typ: lastType,
            init: lastValues[i] ?? null,
            scope: fileScope,
          });
        });
      }
      return;
    }
    if (d.tok === 'var') {
      for (const spec of d.values) {
        for (const n of spec.names) {
          const o = new VarObj(n.name, n.pos, pkg, Typ.invalid);
          o.global = true;
          // Whether some function takes a std variable's address is known only once every
          // body is checked, long after code using it is compiled: std variables are boxed.
          o.boxed = pkg.std;
          n.obj = o;
          this.#declarePkg(o, n);
          this.#decls.set(o, { kind: 'var', spec, scope: fileScope });
        }
      }
      return;
    }
    for (const spec of d.types) {
      const o = new TypeName(spec.name.name, spec.name.pos, pkg, null);
      o.alias = spec.alias;
      spec.name.obj = o;
      this.#declarePkg(o, spec.name);
      this.#decls.set(o, { kind: 'type', spec, scope: fileScope });
    }
  }

  #declarePkg(o: Obj, n: A.Ident): void {
    if (n.name === '_') {
      return;
    }
    if (n.name === 'init' && !(o instanceof FuncObj)) {
      this.error(n.pos, 'cannot declare init - must be func');
      return;
    }
    if (n.name === 'main' && this.pkg.name === 'main' && !(o instanceof FuncObj)) {
      this.error(n.pos, 'cannot declare main - must be func');
      return;
    }
    const old = this.pkg.scope.insert(o);
    if (old !== undefined) {
      this.error(
        n.pos,
        `${n.name} redeclared in this block\n\t${this.posString(old.pos)}: other declaration of ${n.name}`,
      );
    }
  }

  #collectFunc(d: A.FuncDecl, fileScope: Scope): void {
    const pkg = this.pkg;
    const o = new FuncObj(
      d.name.name,
      d.name.pos,
      pkg,
      new Signature([], new Tuple([]), new Tuple([]), false),
      d,
    );
    d.name.obj = o;
    pkg.funcs.push(o);
    this.#decls.set(o, { kind: 'func', decl: d, scope: fileScope });
    if (d.recv !== null) {
      return; // methods are attached when resolved
    }
    if (d.name.name === 'init') {
      pkg.inits.push(o);
      if (d.type.params.length > 0 || d.type.results.length > 0) {
        this.error(d.name.pos, 'func init must have no arguments and no return values');
      }
      return;
    }
    if (
      d.name.name === 'main' &&
      pkg.name === 'main' &&
      (d.type.params.length > 0 || d.type.results.length > 0)
    ) {
      this.error(d.name.pos, 'func main must have no arguments and no return values');
    }
    this.#declarePkg(o, d.name);
  }

  /** Resolves a package-level object's declaration (types, constant values, signatures). */
  resolve(obj: Obj): void {
    const d = this.#decls.get(obj);
    if (d === undefined || this.#state.get(obj) === 'done') {
      return;
    }
    if (this.#state.get(obj) === 'resolving') {
      if (obj instanceof TypeName && obj.type !== null) {
        return; // a named type may refer to itself
      }
      if (obj instanceof FuncObj) {
        return;
      }
      this.error(
        obj.pos ?? d.scope.names.values().next().value?.pos ?? { file: nullFile, offset: 0 },
        `invalid recursive ${obj instanceof TypeName ? 'type' : 'initialization'} ${obj.name}`,
      );
      return;
    }
    this.#state.set(obj, 'resolving');
    const saved = this.#func;
    this.#func = null;
    try {
      switch (d.kind) {
        case 'const':
          this.#constDecl(obj as ConstObj, d.typ, d.init, d.spec.iota, d.scope, d.spec);
          break;
        case 'var':
          this.#pkgVarDecl(d.spec, d.scope);
          break;
        case 'type':
          this.typeDecl(obj as TypeName, d.spec, d.scope);
          break;
        case 'func':
          this.#funcDecl(obj as FuncObj, d.decl, d.scope);
          break;
      }
    } catch (e) {
      if (!(e instanceof Bail)) {
        throw e;
      }
    } finally {
      this.#func = saved;
      this.#state.set(obj, 'done');
    }
  }

  // ---- constants and variables ----

  #constDecl(
    o: ConstObj,
    typ: A.Expr | null,
    init: A.Expr | null,
    iota: number,
    scope: Scope,
    spec: A.ValueSpec,
  ): void {
    // Declarations resolve on first use, so this one may be inside another's initializer
    // (`a = b + iota` with b declared later): that one's iota comes back afterwards.
    const outer = this.iota;
    this.iota = BigInt(iota);
    try {
      if (init === null) {
        this.fail(
          spec.pos,
          spec.values.length === 0 && typ === null
            ? 'missing init expr for const declaration'
            : 'missing init expr for const declaration',
        );
      }
      const t = typ === null ? null : this.typExpr(typ, scope);
      const x = this.expr(init, scope, t);
      if (x.mode !== 'constant') {
        this.fail(init.pos, `${this.operandString(init, x)} is not constant`);
      }
      if (t !== null) {
        this.assign(init, x, t, 'constant declaration');
        o.type = t;
      } else {
        o.type = x.type;
      }
      o.value = x.value ?? 0n;
      if (t !== null && x.value !== undefined) {
        o.value = this.representable(init, x.value, t, x.type);
      }
    } finally {
      this.iota = outer;
    }
  }

  #pkgVarDecl(spec: A.ValueSpec, scope: Scope): void {
    const vars = spec.names.map((n) => n.obj as VarObj);
    const rhs = this.varSpec(vars, spec, scope);
    for (const v of vars) {
      this.#state.set(v, 'done');
    }
    this.pkg.varInit.push({
      lhs: vars,
      rhs: rhs.length === 1 && vars.length > 1 ? (rhs[0] ?? null) : null,
      rhsList: rhs,
    });
  }

  /** Checks `var names [type] [= values]`; returns the initializer expressions. */
  varSpec(vars: readonly VarObj[], spec: A.ValueSpec, scope: Scope): readonly A.Expr[] {
    const t = spec.type === null ? null : this.typExpr(spec.type, scope);
    if (t !== null) {
      for (const v of vars) {
        v.type = t;
      }
    }
    if (spec.values.length === 0) {
      if (t === null) {
        this.fail(spec.pos, 'missing type or init expr');
      }
      return [];
    }
    this.initVars(vars, spec.values, scope, t, spec.pos, 'variable declaration');
    return spec.values;
  }

  /** Checks an initialization `vars = values` (declarations and :=). */
  initVars(
    vars: readonly VarObj[],
    values: readonly A.Expr[],
    scope: Scope,
    declared: Type | null,
    pos: A.Pos,
    context: string,
  ): void {
    if (values.length === 1 && vars.length > 1) {
      const v0 = values[0];
      if (v0 === undefined) {
        return;
      }
      let x: TypeAndValue;
      try {
        x = this.exprMulti(v0, scope);
      } catch (err) {
        for (const v of vars) {
          v.used = true; // as for a single invalid initializer
        }
        throw err;
      }
      const types =
        x.type instanceof Tuple
          ? x.type.vars.map((v) => v.type)
          : x.mode === 'commaok'
            ? [x.type, Typ.untypedBool]
            : [x.type];
      if (types.length !== vars.length) {
        this.#mismatch(vars, values, types.length);
        for (const v of vars) {
          if (v.type === Typ.invalid) {
            v.type = Typ.invalid;
          }
        }
        return;
      }
      if (x.mode === 'commaok') {
        v0.tv = { mode: 'commaok', type: x.type };
      }
      vars.forEach((v, i) => {
        const rt = types[i] ?? Typ.invalid;
        if (declared === null) {
          v.type = i === 1 && x.mode === 'commaok' ? Typ.bool : rt;
        } else if (!this.assignableTo(rt, declared)) {
          this.error(
            v0.pos,
            `cannot use ${exprString(v0)} value as ${typeString(declared, this.pkg)} value in ${context}`,
          );
        }
      });
      return;
    }
    if (values.length !== vars.length) {
      this.#mismatch(vars, values, values.length);
      values.forEach((e) => {
        try {
          this.expr(e, scope, null);
        } catch (err) {
          if (!(err instanceof Bail)) {
            throw err;
          }
        }
      });
      return;
    }
    vars.forEach((v, i) => {
      const e = values[i];
      if (e === undefined) {
        return;
      }
      try {
        const x =
          values.length === 1 ? this.singleRhs(e, scope, declared) : this.expr(e, scope, declared);
        if (x.type === Typ.invalid) {
          v.used = true; // Go (types2 initVar): an invalid initializer gives no "declared but not used"
        }
        if (declared === null) {
          if (x.mode === 'novalue') {
            this.fail(e.pos, `${exprString(e)} (no value) used as value`);
          }
          if (x.type === Typ.untypedNil) {
            this.fail(e.pos, `use of untyped nil in ${context}`);
          }
          v.type = this.defaultOf(e, x, context);
        } else {
          this.assign(e, x, declared, context);
        }
      } catch (err) {
        if (!(err instanceof Bail)) {
          throw err;
        }
        v.used = true; // Go (types2 initVar): an invalid initializer gives no "declared but not used"
        if (v.type === Typ.invalid && declared === null) {
          v.type = Typ.invalid;
        }
      }
    });
  }

  #mismatch(vars: readonly VarObj[], values: readonly A.Expr[], nvalues: number): void {
    for (const v of vars) {
      v.used = true; // Go: avoid "declared but not used" errors
    }
    try {
      this.assignMismatch(values, vars.length, nvalues);
    } catch (e) {
      if (!(e instanceof Bail)) {
        throw e;
      }
    }
  }

  /** Orders package variable initialization by dependencies (declaration order otherwise). */
  #orderVarInit(): void {
    const list = [...this.pkg.varInit];
    const refs = new Map<(typeof list)[number], Set<VarObj>>();
    for (const init of list) {
      const s = new Set<VarObj>();
      const seenFuncs = new Set<FuncObj>();
      for (const e of init.rhsList) {
        this.#collectRefs(e, s, seenFuncs);
      }
      refs.set(init, s);
    }
    const initOf = new Map<VarObj, (typeof list)[number]>();
    for (const init of list) {
      for (const v of init.lhs) {
        initOf.set(v, init);
      }
    }
    const done = new Set<(typeof list)[number]>();
    const out: typeof list = [];
    const visit = (init: (typeof list)[number], stack: Set<(typeof list)[number]>): void => {
      if (done.has(init) || stack.has(init)) {
        return;
      }
      stack.add(init);
      for (const v of refs.get(init) ?? []) {
        const dep = initOf.get(v);
        if (dep !== undefined && dep !== init) {
          visit(dep, stack);
        }
      }
      stack.delete(init);
      done.add(init);
      out.push(init);
    };
    for (const init of list) {
      visit(init, new Set());
    }
    this.pkg.varInit.splice(0, this.pkg.varInit.length, ...out);
  }

  /**
   * Adds to `out` the package variables `node` refers to, through the functions and methods of
   * this package it calls (another package's code cannot reach this one's variables: imports
   * are acyclic). Go: types2 initorder.go, dependencyGraph.
   */
  #collectRefs(node: unknown, out: Set<VarObj>, funcs: Set<FuncObj>): void {
    if (node === null || typeof node !== 'object') {
      return;
    }
    if (Array.isArray(node)) {
      for (const n of node) {
        this.#collectRefs(n, out, funcs);
      }
      return;
    }
    const n = node as { kind?: string; obj?: Obj };
    if (n.kind === 'Ident') {
      const o = n.obj;
      if (o instanceof VarObj && o.global) {
        out.add(o);
      } else if (o instanceof FuncObj && o.decl !== null && o.pkg === this.pkg && !funcs.has(o)) {
        funcs.add(o);
        checkBody(o.decl);
        this.#collectRefs(o.decl.body, out, funcs);
      }
      return;
    }
    if (n.kind === 'SelectorExpr') {
      const sel = (node as A.SelectorExpr).selection;
      if (
        sel?.kind === 'method' &&
        sel.method.decl !== null &&
        sel.method.pkg === this.pkg &&
        !funcs.has(sel.method)
      ) {
        funcs.add(sel.method);
        checkBody(sel.method.decl);
        this.#collectRefs(sel.method.decl.body, out, funcs);
      }
    }
    // Keys, not entries: this walks every node of every initializer, and an entry is an array.
    const fields = node as Record<string, unknown>;
    for (const k of Object.keys(fields)) {
      const v = fields[k];
      if (
        k === 'pos' ||
        k === 'tv' ||
        k === 'obj' ||
        k === 'info' ||
        k === 'selection' ||
        k === 'rparen' ||
        k === 'opPos' ||
        k === 'rbrace' ||
        k === 'target' ||
        k === 'implicit'
      ) {
        continue;
      }
      if (typeof v === 'object') {
        this.#collectRefs(v, out, funcs);
      }
    }
  }

  // ---- types ----

  typeDecl(o: TypeName, spec: A.TypeSpec, scope: Scope): void {
    if (spec.alias) {
      if (spec.typeParams.length > 0) {
        this.fail(spec.pos, 'generic type cannot be alias');
      }
      o.type = Typ.invalid;
      o.type = this.typExpr(spec.type, scope);
      return;
    }
    const named = new Named(o);
    o.type = named;
    let tscope = scope;
    if (spec.typeParams.length > 0) {
      tscope = new Scope(scope);
      named.typeParams = this.declareTypeParams(spec.typeParams, tscope);
    }
    const rhs = this.typExpr(spec.type, tscope, named);
    let u = under(rhs);
    if (rhs instanceof Named && rhs.underlying === null) {
      u = Typ.invalid;
      this.error(spec.name.pos, `invalid recursive type ${o.name}`);
    }
    if (rhs instanceof TypeParam) {
      this.error(spec.type.pos, `cannot use a type parameter as RHS in type declaration`);
      u = Typ.invalid;
    }
    named.underlying = u;
    completeInstances(named);
    // Methods declared for this type (collected lazily: they attach here).
    for (const [f, d] of this.#methodDecls().get(o.name) ?? []) {
      if (d.scope.parent === this.pkg.scope) {
        if (!named.methods.includes(f) && d.decl.name.name !== '_') {
          const clash = named.methods.find((x) => x.name === f.name);
          if (clash !== undefined) {
            this.error(
              d.decl.name.pos,
              `method ${o.name}.${f.name} already declared at ${this.posString(clash.pos)}`,
            );
            continue;
          }
          const st = under(named);
          if (st instanceof Struct && st.fields.some((x) => x.name === f.name)) {
            this.error(
              d.decl.name.pos,
              `field and method with the same name ${f.name}\n\t${this.posString(st.fields.find((x) => x.name === f.name)?.pos ?? null)}: other declaration of ${f.name}`,
            );
            continue;
          }
          named.methods.push(f);
        }
      }
    }
    // Method signatures are needed as soon as the type is used (interface satisfaction);
    // Go: types2 lookup resolves them with objDecl on demand.
    for (const f of [...named.methods]) {
      this.resolve(f);
    }
  }

  /** The package's method declarations by their receiver's base type name (made once). */
  #methodDecls(): Map<string, [FuncObj, Extract<DeclInfo, { kind: 'func' }>][]> {
    if (this.#methodsByBase === null) {
      const byBase = new Map<string, [FuncObj, Extract<DeclInfo, { kind: 'func' }>][]>();
      for (const [m, d] of this.#decls) {
        if (d.kind === 'func' && d.decl.recv !== null) {
          const base = this.#recvBaseName(d.decl.recv.type);
          if (base !== null) {
            const list = byBase.get(base) ?? [];
            list.push([m as FuncObj, d]);
            byBase.set(base, list);
          }
        }
      }
      this.#methodsByBase = byBase;
    }
    return this.#methodsByBase;
  }

  #methodsByBase: Map<string, [FuncObj, Extract<DeclInfo, { kind: 'func' }>][]> | null = null;

  #recvBaseName(t: A.Expr): string | null {
    let e = t;
    for (;;) {
      if (e.kind === 'ParenExpr' || e.kind === 'StarExpr') {
        e = e.x;
      } else if (e.kind === 'IndexExpr') {
        e = e.x;
      } else {
        break;
      }
    }
    return e.kind === 'Ident' ? e.name : null;
  }

  declareTypeParams(fields: readonly A.Field[], scope: Scope): TypeParam[] {
    const tps: TypeParam[] = [];
    for (const f of fields) {
      for (const n of f.names) {
        const tn = new TypeName(n.name, n.pos, this.pkg, null);
        const tp = new TypeParam(tn, tps.length, Typ.invalid);
        tn.type = tp;
        n.obj = tn;
        scope.insert(tn);
        tps.push(tp);
      }
    }
    let i = 0;
    for (const f of fields) {
      const c = this.constraintExpr(f.type, scope);
      for (const _name of f.names) {
        const tp = tps[i++];
        if (tp !== undefined) {
          tp.constraint = c;
        }
      }
    }
    return tps;
  }

  /** A constraint: an interface type, or a union / single type meaning `interface{ T }`. */
  constraintExpr(e: A.Expr, scope: Scope): Type {
    const implicit = (terms: Term[]): Interface => {
      const i = new Interface([], [terms]);
      i.implicit = true;
      return i;
    };
    if (e.kind === 'Constraint') {
      return implicit(this.#terms(e.terms, scope));
    }
    const t = this.typExpr(e, scope, null, true);
    if (under(t) instanceof Interface) {
      return t;
    }
    return implicit([{ tilde: false, type: t }]);
  }

  #terms(terms: readonly A.TypeTerm[], scope: Scope): Term[] {
    return terms.map((t) => ({ tilde: t.tilde, type: this.typExpr(t.type, scope, null, true) }));
  }

  /** Checks a type expression. `def` is the named type being declared (for recursion). */
  typExpr(e: A.Expr, scope: Scope, def: Named | null = null, constraintOk = false): Type {
    const t = this.#typExpr(e, scope, def, constraintOk);
    e.tv = { mode: 'typexpr', type: t };
    return t;
  }

  #typExpr(e: A.Expr, scope: Scope, def: Named | null, constraintOk: boolean): Type {
    switch (e.kind) {
      case 'Ident': {
        const o = this.lookup(e, scope);
        if (!(o instanceof TypeName)) {
          this.fail(e.pos, `${e.name} is not a type`);
        }
        this.resolve(o);
        if (o.type === null) {
          this.fail(e.pos, `invalid recursive type ${e.name}`);
        }
        if (
          !constraintOk &&
          o.type instanceof Named &&
          o.type.obj.name === 'comparable' &&
          o.type.obj.pkg === null
        ) {
          this.fail(
            e.pos,
            'cannot use type comparable outside a type constraint: interface is (or embeds) comparable',
          );
        }
        if (o.type instanceof Named && o.type.typeParams.length > 0 && !constraintOk) {
          this.fail(
            e.pos,
            `cannot use generic type ${o.name}[${o.type.typeParams.map((p) => `${p.obj.name} ${typeString(p.constraint, this.pkg)}`).join(', ')}] without instantiation`,
          );
        }
        return o.type;
      }
      case 'ParenExpr':
        return this.typExpr(e.x, scope, def, constraintOk);
      case 'SelectorExpr': {
        if (e.x.kind === 'Ident') {
          const o = this.lookup(e.x, scope);
          if (o instanceof PkgName) {
            o.used = true;
            const m = o.imported.scope.lookup(e.sel.name);
            if (m === undefined || !/^[A-Z]/.test(e.sel.name)) {
              this.fail(e.sel.pos, `undefined: ${e.x.name}.${e.sel.name}`);
            }
            if (!(m instanceof TypeName) || m.type === null) {
              this.fail(e.pos, `${exprString(e)} is not a type`);
            }
            e.sel.obj = m;
            return m.type;
          }
        }
        this.fail(e.pos, `${exprString(e)} is not a type`);
        break;
      }
      case 'IndexExpr': {
        const g = this.typExpr(e.x, scope, null, true);
        if (!(g instanceof Named) || g.typeParams.length === 0) {
          this.fail(e.x.pos, `${exprString(e.x)} is not a generic type`);
        }
        const args = e.indices.map((x) => this.typExpr(x, scope));
        if (args.length !== g.typeParams.length) {
          this.fail(
            e.pos,
            `${args.length < g.typeParams.length ? 'not enough' : 'too many'} type arguments for type ${g.obj.name}: have ${args.length}, want ${g.typeParams.length}`,
          );
        }
        const inst = instantiateNamed(g, args);
        this.verifyTypeArgs(e.pos, g.typeParams, args, e.indices);
        return inst;
      }
      case 'StarExpr':
        return new Pointer(this.typExpr(e.x, scope));
      case 'ArrayType': {
        if (e.len === null) {
          return new Slice(this.typExpr(e.elem, scope));
        }
        if (e.len === 'ellipsis') {
          this.fail(e.pos, 'invalid use of [...] array (outside a composite literal)');
        }
        const x = this.expr(e.len, scope, null);
        if (x.mode !== 'constant') {
          this.fail(e.len.pos, `array length ${this.operandString(e.len, x)} must be constant`);
        }
        if (!isInteger(x.type) && !(x.value !== undefined && toInt(x.value) !== null)) {
          this.fail(e.len.pos, `array length ${this.operandString(e.len, x)} must be integer`);
        }
        const n = Number(toInt(x.value ?? 0n) ?? 0n);
        if (n < 0) {
          this.fail(
            e.len.pos,
            `invalid array length ${exprString(e.len)} (untyped int constant ${n})`,
          );
        }
        return new ArrayT(n, this.typExpr(e.elem, scope));
      }
      case 'MapType': {
        const k = this.typExpr(e.key, scope);
        const v = this.typExpr(e.value, scope);
        this.#later(() => {
          if (k instanceof TypeParam) {
            if (!comparable(k)) {
              this.error(
                typePos(e.key),
                `invalid map key type ${typeString(k, this.pkg)} (missing comparable constraint)`,
              );
            }
          } else if (!comparable(k)) {
            this.error(typePos(e.key), `invalid map key type ${typeString(k, this.pkg)}`);
          }
        });
        return new MapT(k, v);
      }
      case 'ChanType':
        return new Chan(e.dir, this.typExpr(e.value, scope));
      case 'FuncType':
        return this.signature(e, scope, null).sig;
      case 'StructType':
        return this.#structType(e, scope);
      case 'InterfaceType':
        return this.#interfaceType(e, scope, def);
      case 'Constraint':
        if (constraintOk) {
          return new Interface([], [this.#terms(e.terms, scope)]);
        }
        this.fail(e.pos, `cannot use ${exprString(e)} outside a type constraint`);
        break;
      default:
        this.fail(e.pos, `${exprString(e)} is not a type`);
    }
  }

  /** Runs a check once the package's types are complete. */
  #later(f: () => void): void {
    this.#bodies.push(f);
  }

  #structType(e: A.StructTypeExpr, scope: Scope): Struct {
    const fields: VarObj[] = [];
    const tags: (string | null)[] = [];
    const seen = new Map<string, A.Pos>();
    for (const f of e.fields) {
      const t = this.#fieldType(f.type, scope);
      if (f.names.length === 0) {
        let base = f.type;
        if (base.kind === 'StarExpr') {
          base = base.x;
        }
        if (base.kind === 'IndexExpr') {
          base = base.x;
        }
        const name =
          base.kind === 'SelectorExpr' ? base.sel.name : base.kind === 'Ident' ? base.name : '?';
        const v = new VarObj(name, f.pos, this.pkg, t, true, true);
        this.#addField(v, seen, f.pos);
        fields.push(v);
        tags.push(f.tag);
        const u = under(t);
        if (t instanceof TypeParam) {
          this.error(f.type.pos, 'embedded field type cannot be a (pointer to a) type parameter');
        } else if (u instanceof Pointer && under(u.elem) instanceof Interface) {
          this.error(f.type.pos, 'embedded field type cannot be a pointer to an interface');
        }
        continue;
      }
      for (const n of f.names) {
        const v = new VarObj(n.name, n.pos, this.pkg, t, true, false);
        n.obj = v;
        this.#addField(v, seen, n.pos);
        fields.push(v);
        tags.push(f.tag);
      }
    }
    return new Struct(fields, tags);
  }

  /**
   * A field's type; invalid where it cannot be resolved (a package that is not there), with
   * the error recorded, so that the struct keeps its other fields as go/types does.
   */
  #fieldType(e: A.Expr, scope: Scope): Type {
    try {
      return this.typExpr(e, scope);
    } catch (err) {
      if (!(err instanceof Bail)) {
        throw err;
      }
      return Typ.invalid;
    }
  }

  #addField(v: VarObj, seen: Map<string, A.Pos>, pos: A.Pos): void {
    if (v.name === '_') {
      return;
    }
    const old = seen.get(v.name);
    if (old !== undefined) {
      this.error(
        pos,
        `${v.name} redeclared\n\t${this.posString(old)}: other declaration of ${v.name}`,
      );
    }
    seen.set(v.name, pos);
  }

  #interfaceType(e: A.InterfaceTypeExpr, scope: Scope, def: Named | null): Interface {
    const methods: FuncObj[] = [];
    const embeddeds: (Type | Term[])[] = [];
    const iface = new Interface(methods, embeddeds);
    if (def !== null) {
      def.underlying = iface; // methods may refer to the interface itself
    }
    for (const el of e.elems) {
      if (el.kind === 'method') {
        const { sig } = this.signature(el.type, scope, null);
        const recv = new VarObj('', null, this.pkg, def ?? iface);
        const m = new FuncObj(
          el.name.name,
          el.name.pos,
          this.pkg,
          new Signature([], sig.params, sig.results, sig.variadic, recv),
          null,
        );
        if (methods.some((x) => x.name === m.name)) {
          this.error(el.name.pos, `duplicate method ${m.name}`);
        }
        methods.push(m);
      } else {
        const only = el.terms[0];
        if (el.terms.length === 1 && only !== undefined && !only.tilde) {
          const t = this.typExpr(only.type, scope, null, true);
          if (under(t) instanceof Interface) {
            embeddeds.push(t);
          } else {
            embeddeds.push([{ tilde: false, type: t }]);
          }
        } else {
          embeddeds.push(this.#terms(el.terms, scope));
        }
      }
    }
    if (def !== null) {
      def.underlying = null;
    }
    return iface;
  }

  /** A function type's signature, declaring its parameters in `scope` when given. */
  signature(
    e: A.FuncTypeExpr,
    scope: Scope,
    declScope: Scope | null,
    recv: VarObj | null = null,
    typeParams: TypeParam[] = [],
  ): { sig: Signature; params: VarObj[]; results: VarObj[] } {
    const tscope = declScope ?? scope;
    let tps = typeParams;
    if (e.typeParams.length > 0) {
      if (declScope === null) {
        this.fail(e.pos, 'function type must have no type parameters');
      }
      tps = this.declareTypeParams(e.typeParams, tscope);
    }
    const params: VarObj[] = [];
    let variadic = false;
    e.params.forEach((f, i) => {
      let t = this.typExpr(f.type, tscope);
      if (f.variadic) {
        if (i !== e.params.length - 1 || f.names.length > 1) {
          this.error(f.pos, 'can only use ... with final parameter in list');
        }
        variadic = true;
        t = new Slice(t);
      }
      if (f.names.length === 0) {
        params.push(new VarObj('', f.pos, this.pkg, t));
      }
      for (const n of f.names) {
        const v = new VarObj(n.name, n.pos, this.pkg, t);
        v.used = true;
        n.obj = v;
        params.push(v);
      }
    });
    const results: VarObj[] = [];
    for (const f of e.results) {
      const t = this.typExpr(f.type, tscope);
      if (f.names.length === 0) {
        results.push(new VarObj('', f.pos, this.pkg, t));
      }
      for (const n of f.names) {
        const v = new VarObj(n.name, n.pos, this.pkg, t);
        v.used = true;
        n.obj = v;
        results.push(v);
      }
    }
    if (declScope !== null) {
      for (const v of [...params, ...results]) {
        if (v.name !== '' && v.name !== '_') {
          const old = declScope.insert(v);
          if (old !== undefined) {
            this.error(v.pos ?? e.pos, `duplicate argument ${v.name}`);
          }
        }
      }
    }
    return {
      sig: new Signature(tps, new Tuple(params), new Tuple(results), variadic, recv),
      params,
      results,
    };
  }

  // ---- functions ----

  #funcDecl(o: FuncObj, d: A.FuncDecl, fileScope: Scope): void {
    const fscope = new Scope(fileScope, true);
    let recv: VarObj | null = null;
    let recvTypeParams: TypeParam[] = [];
    if (d.recv !== null) {
      const r = this.#receiver(d.recv, fscope, o);
      recv = r.recv;
      recvTypeParams = r.typeParams;
    }
    const { sig, params, results } = this.signature(d.type, fscope, fscope, recv, recvTypeParams);
    if (recv !== null && d.type.typeParams.length > 0) {
      this.error(d.type.pos, 'methods cannot have type parameters');
    }
    o.type = sig;
    const info: A.FuncInfo = {
      sig,
      hasDefer: false,
      callsRecover: false,
      results,
      params,
      recv,
      hasGoto: false,
    };
    d.info = info;
    if (d.body === null) {
      if (!this.lazyBodies) {
        this.error(d.name.pos, `missing function body`);
      }
      return;
    }
    const body = d.body;
    if (!this.lazyBodies) {
      this.#bodies.push(() => {
        this.funcBody(info, fscope, body, null);
      });
      return;
    }
    lazyBodies.set(d, () => {
      const before = this.errors.length;
      this.funcBody(info, fscope, body, null);
      this.#runQueued();
      if (this.errors.length > before) {
        throw new BodyErrors(this.errors.slice(before));
      }
    });
  }

  #receiver(f: A.Field, scope: Scope, m: FuncObj): { recv: VarObj; typeParams: TypeParam[] } {
    let e = f.type;
    let ptr = false;
    if (e.kind === 'ParenExpr') {
      e = e.x;
    }
    if (e.kind === 'StarExpr') {
      ptr = true;
      e = e.x;
    }
    let targs: readonly A.Expr[] = [];
    if (e.kind === 'IndexExpr') {
      targs = e.indices;
      e = e.x;
    }
    if (e.kind !== 'Ident') {
      this.fail(f.type.pos, `invalid receiver type ${exprString(f.type)}`);
    }
    const o = this.pkg.scope.lookup(e.name);
    if (!(o instanceof TypeName)) {
      this.fail(e.pos, o === undefined ? `undefined: ${e.name}` : `${e.name} is not a type`);
    }
    this.resolve(o);
    const base = o.type;
    if (!(base instanceof Named) || o.alias) {
      this.fail(e.pos, `cannot define new methods on non-local type ${e.name}`);
    }
    e.obj = o;
    let rt: Type = base;
    const tps: TypeParam[] = [];
    if (base.typeParams.length > 0) {
      if (targs.length !== base.typeParams.length) {
        this.fail(
          e.pos,
          `got ${targs.length} type parameters, but receiver base type declares ${base.typeParams.length}`,
        );
      }
      targs.forEach((a, i) => {
        const name = a.kind === 'Ident' ? a.name : '_';
        const tn = new TypeName(name, a.pos, this.pkg, null);
        const orig = base.typeParams[i];
        const tp = new TypeParam(tn, i, orig?.constraint ?? Typ.invalid);
        tn.type = tp;
        if (a.kind === 'Ident') {
          a.obj = tn;
        }
        if (name !== '_') {
          scope.insert(tn);
        }
        tps.push(tp);
      });
      // The constraints speak of the type's own parameters (`Point nistPoint[Point]`): in
      // the method they are the receiver's.
      const env: Env = new Map(base.typeParams.map((p, i) => [p, tps[i] ?? p]));
      for (const tp of tps) {
        tp.constraint = subst(tp.constraint, env);
      }
      rt = instantiateNamed(base, tps);
    }
    const u = base.underlying;
    if (u instanceof Pointer || u instanceof Interface) {
      this.error(e.pos, `invalid receiver type ${e.name} (pointer or interface type)`);
    }
    if (ptr) {
      rt = new Pointer(rt);
      m.ptrRecv = true;
    }
    const name = f.names[0];
    const v = new VarObj(name?.name ?? '', name?.pos ?? f.pos, this.pkg, rt);
    v.used = true;
    if (name !== undefined) {
      name.obj = v;
      if (name.name !== '_') {
        scope.insert(v);
      }
    }
    return { recv: v, typeParams: tps };
  }

  /** Checks a function body (declarations and literals). */
  funcBody(info: A.FuncInfo, scope: Scope, body: A.BlockStmt, outer: FuncContext | null): void {
    const saved = this.#func;
    const ctx: FuncContext = { sig: info.sig, info, outer, scope };
    this.#func = ctx;
    const nlocals = this.#locals.length;
    const labels = this.#collectLabels(body);
    const savedLabels = this.labels;
    this.labels = labels;
    try {
      this.stmtList(body.list, scope, {
        breakOk: false,
        continueOk: false,
        fallthroughOk: false,
        labels: [],
      });
      if (info.sig.results.vars.length > 0 && !this.isTerminatingList(body.list, '')) {
        this.error(body.rbrace, 'missing return');
      }
    } finally {
      this.labels = savedLabels;
      this.#func = saved;
    }
    if (outer === null) {
      for (const v of this.#locals.splice(nlocals)) {
        if (!v.used && v.name !== '_' && v.pos !== null) {
          this.error(v.pos, `${v.name} declared but not used`, true);
        }
      }
    }
  }

  /** Labels of a function body (declared before use, as Go's labels are function-wide). */
  labels: Map<string, { obj: LabelObj; stmt: A.LabeledStmt }> = new Map<
    string,
    { obj: LabelObj; stmt: A.LabeledStmt }
  >();

  #collectLabels(body: A.BlockStmt): Map<string, { obj: LabelObj; stmt: A.LabeledStmt }> {
    const out = new Map<string, { obj: LabelObj; stmt: A.LabeledStmt }>();
    const walk = (s: A.Stmt): void => {
      switch (s.kind) {
        case 'LabeledStmt': {
          if (s.label.name !== '_') {
            const old = out.get(s.label.name);
            // A label defined twice was reported by the branch check (branches.ts).
            if (old === undefined) {
              const o = new LabelObj(s.label.name, s.label.pos, this.pkg);
              s.label.obj = o;
              out.set(s.label.name, { obj: o, stmt: s });
            }
          }
          walk(s.stmt);
          break;
        }
        case 'BlockStmt':
          s.list.forEach(walk);
          break;
        case 'IfStmt':
          walk(s.body);
          if (s.else_ !== null) {
            walk(s.else_);
          }
          break;
        case 'ForStmt':
        case 'RangeStmt':
          walk(s.body);
          break;
        case 'SwitchStmt':
        case 'TypeSwitchStmt':
          for (const c of s.clauses) {
            c.body.forEach(walk);
          }
          break;
        case 'SelectStmt':
          for (const c of s.clauses) {
            c.body.forEach(walk);
          }
          break;
        default:
          break;
      }
    };
    body.list.forEach(walk);
    return out;
  }

  /** Records a local variable for the unused check. */
  declareLocal(v: VarObj): void {
    this.#locals.push(v);
  }

  posString(p: A.Pos | null): string {
    if (p === null) {
      return '<unknown>';
    }
    const { line, column } = p.file.position(p.offset);
    return `${p.file.path}:${line}:${column}`;
  }

  /** The value of a literal (used by expr.ts). */
  literalValue(e: A.BasicLit): [ConstValue, Type] {
    switch (e.lit) {
      case 'int':
        this.#literalLength(e);
        return [parseIntLit(e.raw), Typ.untypedInt];
      case 'float': {
        this.#literalLength(e);
        const v = parseFloatConst(e.raw);
        if (v === null) {
          this.fail(e.pos, `malformed constant: ${e.raw}`);
        }
        return [v, Typ.untypedFloat];
      }
      case 'imag': {
        this.#literalLength(e);
        const v = parseImagConst(e.raw.slice(0, -1));
        if (v === null) {
          this.fail(e.pos, `malformed constant: ${e.raw}`);
        }
        return [v, Typ.untypedComplex];
      }
      case 'char':
        return [BigInt(decodeRune(e.raw)), Typ.untypedRune];
      case 'string':
        return [decodeString(e.raw), Typ.untypedString];
    }
  }

  /** types2's cap on the length of numeric literals. */
  #literalLength(e: A.BasicLit): void {
    if (e.raw.length > 10000) {
      this.fail(
        e.pos,
        `excessively long constant: ${e.raw.slice(0, 10)}... (${e.raw.length} chars)`,
      );
    }
  }

  /** Type-and-value of an expression already checked. */
  tvOf(e: A.Expr): TypeAndValue | undefined {
    return e.tv;
  }

  /** Basic-typed nil check helper. */
  isNilType(t: Type): boolean {
    return t instanceof Basic && t.name === 'untyped nil';
  }

  /** Whether two types are identical (exposed for the statements). */
  same(a: Type, b: Type): boolean {
    return identical(a, b);
  }
}

/** Where Go's syntax package puts a type expression: a func type at its parameters' `(`. */
function typePos(e: A.Expr): A.Pos {
  if (e.kind === 'FuncType') {
    const i = e.pos.file.source.indexOf('(', e.pos.offset);
    if (i >= 0) {
      return { file: e.pos.file, offset: i };
    }
  }
  return e.pos;
}

const nullFile: A.SourceFile = {
  path: '<none>',
  source: '',
  position: () => ({ line: 1, column: 1 }),
};
