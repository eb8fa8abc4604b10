// What a race build (`mapscope run --race`, Go's `go run -race`) needs to know before it compiles:
// the name Go gives each function in stack traces (closures numbered as the compiler numbers
// them, and the wrapper closures Go 1.19 makes for go and defer statements), which local
// variables goroutines and closures share, and which runtime function a map operation calls.
// Go: cmd/compile/internal/typecheck (closure names), walk/order.go wrapGoDefer (go/defer
// wrappers), walk/walk.go mapfast (map operation variants), types/alg.go AlgType.
import { Kind, type GoType } from '@mapscope/runtime-core';
import type * as A from '@mapscope/go-types/syntax/ast';
import { VarObj, type FuncObj } from '@mapscope/go-types/check/objects';
import { checkBodies } from '@mapscope/go-types/check/checker';
import type { Package } from '@mapscope/go-types/check/package';
import { Named, Pointer, Signature, under } from '@mapscope/go-types/check/types';

/** A function as race reports name it; the generated code refers to these as constants. */
export interface RaceFunc {
  /** Go's name: `main.main.func1`, `main.(*T).Inc`, `runtime.mapassign_fast64`. */
  readonly name: string;
  /** The file's path as reports print it. */
  readonly file: string;
  /** For the runtime's functions: the line reports show (where Go's race call is). */
  readonly line: number;
}

/** The runtime's sources as reports name them (the model has no GOROOT of its own). */
export const GOROOT = '$GOROOT';

function runtimeFunc(name: string, file: string, line: number): RaceFunc {
  return { name: `runtime.${name}`, file: `${GOROOT}/src/runtime/${file}`, line };
}

/** The runtime frame deferred calls run under at a normal return (Go 1.19's panic.go). */
export const deferreturnFunc: RaceFunc = runtimeFunc('deferreturn', 'panic.go', 476);
/** The runtime frame deferred calls run under while a panic unwinds. */
export const gopanicFunc: RaceFunc = runtimeFunc('gopanic', 'panic.go', 890);
/** The runtime frame deferred calls run under in runtime.Goexit. */
export const goexitFunc: RaceFunc = runtimeFunc('Goexit', 'panic.go', 540);

/** A map operation, as the compiler lowers it to a runtime call. */
export type MapOpKind =
  'access1' | 'access2' | 'assign' | 'delete' | 'iterinit' | 'iternext' | 'clear';

// Each runtime map function's race call reports the function's entry: the line of its `func`
// (Go 1.19's runtime/map*.go; mapassign_fast*ptr report as mapassign_fast*).
const mapFuncs: Readonly<Record<string, readonly [file: string, line: number]>> = {
  mapaccess1: ['map.go', 395],
  mapaccess2: ['map.go', 456],
  mapassign: ['map.go', 578],
  mapdelete: ['map.go', 695],
  mapiterinit: ['map.go', 815],
  mapiternext: ['map.go', 866],
  mapclear: ['map.go', 993],
  mapaccess1_fast32: ['map_fast32.go', 13],
  mapaccess2_fast32: ['map_fast32.go', 53],
  mapassign_fast32: ['map_fast32.go', 93],
  mapdelete_fast32: ['map_fast32.go', 273],
  mapaccess1_fast64: ['map_fast64.go', 13],
  mapaccess2_fast64: ['map_fast64.go', 53],
  mapassign_fast64: ['map_fast64.go', 93],
  mapdelete_fast64: ['map_fast64.go', 273],
  mapaccess1_faststr: ['map_faststr.go', 13],
  mapaccess2_faststr: ['map_faststr.go', 108],
  mapassign_faststr: ['map_faststr.go', 203],
  mapdelete_faststr: ['map_faststr.go', 301],
};
const mapFuncCache = new Map<string, RaceFunc>();

/** The runtime function a map operation on a map of type `t` calls, as race reports show it. */
export function mapRaceFunc(t: GoType, op: MapOpKind): RaceFunc {
  let name: string;
  if (op === 'iterinit' || op === 'iternext' || op === 'clear') {
    name = op === 'clear' ? 'mapclear' : `map${op}`;
  } else {
    const base = op === 'access1' ? 'mapaccess1' : op === 'access2' ? 'mapaccess2' : `map${op}`;
    const fast = mapFast(t);
    name = fast === '' ? base : `${base}_${fast}`;
  }
  let f = mapFuncCache.get(name);
  if (f === undefined) {
    const [file, line] = mapFuncs[name] ?? ['map.go', 0];
    f = runtimeFunc(name, file, line);
    mapFuncCache.set(name, f);
  }
  return f;
}

// Go: walk.mapfast. Pointer-holding 8-byte keys use mapassign_fast64ptr, whose race call names
// mapassign_fast64; the lookups and deletes have no ptr variant.
function mapFast(t: GoType): string {
  const key = t.key;
  const elem = t.elem;
  if (key === undefined || elem === undefined || elem.size > 128) {
    return '';
  }
  const alg = algType(key);
  if (alg === 'mem' && key.size === 4 && key.ptrdata === 0) {
    return 'fast32';
  }
  if (alg === 'mem' && key.size === 8) {
    return 'fast64';
  }
  return alg === 'string' ? 'faststr' : '';
}

// Go: types.algtype1, reduced to what mapfast asks: memory equality, string, or other.
function algType(t: GoType): 'mem' | 'string' | 'other' {
  const u = t.underlying;
  switch (u.kind) {
    case Kind.Float32:
    case Kind.Float64:
    case Kind.Complex64:
    case Kind.Complex128:
    case Kind.Interface:
    case Kind.Slice:
    case Kind.Map:
    case Kind.Func:
      return 'other';
    case Kind.String:
      return 'string';
    case Kind.Array: {
      const e = u.elem;
      if (e === undefined) {
        return 'other';
      }
      const a = algType(e);
      return a === 'mem' || u.len === 0 ? 'mem' : u.len === 1 ? a : 'other';
    }
    case Kind.Struct: {
      const fs = u.fields;
      const [only] = fs;
      if (fs.length === 1 && only !== undefined && only.name !== '_') {
        return algType(only.type);
      }
      for (const [i, f] of fs.entries()) {
        const end = fs[i + 1]?.offset ?? u.size;
        if (algType(f.type) !== 'mem' || f.name === '_' || f.offset + f.type.size !== end) {
          return 'other';
        }
      }
      return 'mem';
    }
    default:
      return 'mem';
  }
}

/** Go's names of a program's functions and what its goroutines may share. */
export class RacePlan {
  /** Local variables a function literal uses from outside it (they must live in boxes). */
  readonly captured: Set<VarObj> = new Set<VarObj>();
  readonly #funcs = new Map<A.BlockStmt, RaceFunc>();
  readonly #wrappers = new Map<A.GoStmt | A.DeferStmt, RaceFunc>();
  readonly #inits = new Map<Package, RaceFunc>();
  readonly #file: (f: A.SourceFile) => string;

  constructor(pkgs: readonly Package[], file: (f: A.SourceFile) => string) {
    this.#file = file;
    checkBodies(pkgs); // the plan names every function's literals and reads their types
    for (const p of pkgs) {
      this.#package(p);
    }
  }

  /** The function whose body is `body` (a declaration's or a literal's). */
  func(body: A.BlockStmt): RaceFunc {
    return this.#funcs.get(body) ?? { name: 'main.func', file: this.#file(body.pos.file), line: 0 };
  }

  /** The wrapper closure Go 1.19 makes for this go or defer statement, if it makes one. */
  wrapper(s: A.GoStmt | A.DeferStmt): RaceFunc | null {
    return this.#wrappers.get(s) ?? null;
  }

  /** The package's initialization of its variables (Go's `pkg.init`). */
  init(p: Package): RaceFunc {
    return this.#inits.get(p) ?? { name: `${p.path}.init`, file: '<autogenerated>', line: 1 };
  }

  #package(p: Package): void {
    const first = p.files[0];
    this.#inits.set(p, {
      name: `${p.path}.init`,
      file: first === undefined ? '<autogenerated>' : this.#file(first.source),
      line: 0,
    });
    const decls = new Map<A.FuncDecl, FuncObj>();
    for (const f of p.funcs) {
      if (f.decl !== null) {
        decls.set(f.decl, f);
      }
    }
    let initIndex = 0;
    // Function literals in package-level variable initializers: pkg.glob..funcN.
    const glob = { name: `${p.path}.glob.`, top: true, n: 0 };
    for (const file of p.files) {
      const path = this.#file(file.source);
      for (const d of file.decls) {
        if ('tok' in d) {
          if (d.tok === 'var') {
            const lits: A.FuncLit[] = [];
            for (const spec of d.values) {
              for (const v of spec.values) {
                collect(v, lits, []);
              }
            }
            for (const lit of lits) {
              this.#literal(lit, `${glob.name}.func${++glob.n}`, path);
            }
          }
          continue;
        }
        if (d.body === null) {
          continue;
        }
        const f = decls.get(d);
        const name =
          f === undefined
            ? `${p.path}.${d.name.name}`
            : d.name.name === 'init' && f.type.recv === null
              ? `${p.path}.init.${initIndex++}`
              : funcName(p, f);
        this.#scope(d.body, name, true, path);
      }
    }
  }

  // A function body: its own name, then its literals (numbered first, in source order), then
  // the wrappers of its go and defer statements (numbered after them, in source order).
  #scope(body: A.BlockStmt, name: string, top: boolean, file: string): void {
    this.#funcs.set(body, { name, file, line: 0 });
    const lits: A.FuncLit[] = [];
    const stmts: (A.GoStmt | A.DeferStmt)[] = [];
    collect(body, lits, stmts);
    let n = 0;
    const next = (): string => (top ? `${name}.func${++n}` : `${name}.${++n}`);
    const names = lits.map(() => next());
    for (const s of stmts) {
      if (needsWrapper(s.call)) {
        this.#wrappers.set(s, { name: next(), file, line: 0 });
      }
    }
    lits.forEach((lit, i) => {
      this.#literal(lit, names[i] ?? name, file);
    });
  }

  #literal(lit: A.FuncLit, name: string, file: string): void {
    this.#scope(lit.body, name, false, file);
    this.#captures(lit);
  }

  // The local variables used in `lit` but declared outside it.
  #captures(lit: A.FuncLit): void {
    const from = lit.pos.offset;
    const to = lit.body.rbrace.offset;
    const file = lit.pos.file;
    walk(lit.body, (n) => {
      if (n.kind !== 'Ident') {
        return;
      }
      const o = (n as A.Ident).obj;
      if (!(o instanceof VarObj) || o.global || o.isField || o.pos === null) {
        return;
      }
      if (o.pos.file !== file || o.pos.offset < from || o.pos.offset > to) {
        this.captured.add(o);
      }
    });
  }
}

/** `pkg.F`, `pkg.(*T).M`, `pkg.T.M`, with `[...]` for generic functions and types (Go 1.19). */
function funcName(p: Package, f: FuncObj): string {
  const generic = f.type.typeParams.length > 0 ? '[...]' : '';
  const r = f.type.recv?.type;
  if (r === undefined) {
    return `${p.path}.${f.name}${generic}`;
  }
  const ptr = r instanceof Pointer;
  const base = ptr ? r.elem : r;
  const tn =
    base instanceof Named
      ? `${base.obj.name}${base.typeParams.length > 0 || base.typeArgs.length > 0 ? '[...]' : ''}`
      : '?';
  return ptr ? `${p.path}.(*${tn}).${f.name}` : `${p.path}.${tn}.${f.name}`;
}

// Go 1.19's wrapGoDefer: no wrapper for a call of a function value or function with no
// arguments and no results (`go f()`, `defer func() { … }()`); every other call — with
// arguments, results, a receiver, a builtin, a generic function — runs inside a closure.
function needsWrapper(call: A.Expr): boolean {
  let c = call;
  while (c.kind === 'ParenExpr') {
    c = c.x;
  }
  if (c.kind !== 'CallExpr') {
    return true;
  }
  if (c.call?.kind !== 'call' || c.args.length > 0) {
    return true;
  }
  if (c.call.typeArgs !== null && c.call.typeArgs.length > 0) {
    return true;
  }
  let fun = c.fun;
  while (fun.kind === 'ParenExpr') {
    fun = fun.x;
  }
  if (fun.kind === 'SelectorExpr' && fun.selection?.kind === 'method') {
    return true;
  }
  const t = fun.tv?.type;
  const sig = t === undefined ? null : under(t);
  return sig instanceof Signature && sig.results.vars.length > 0;
}

// The function literals in `root` that are not inside another literal, and the go and defer
// statements outside nested literals, both in source order.
function collect(root: object, lits: A.FuncLit[], stmts: (A.GoStmt | A.DeferStmt)[]): void {
  walk(root, (n) => {
    if (n.kind === 'FuncLit') {
      lits.push(n as A.FuncLit);
      return false;
    }
    if (n.kind === 'GoStmt' || n.kind === 'DeferStmt') {
      stmts.push(n as A.GoStmt | A.DeferStmt);
    }
    return undefined;
  });
  // Source order (a literal in a go statement's call comes after the statement).
  lits.sort((a, b) => a.pos.offset - b.pos.offset);
  stmts.sort((a, b) => a.pos.offset - b.pos.offset);
}

// Checker annotations and positions: not syntax to walk into (some point back into the tree).
const skip = new Set([
  'tv',
  'obj',
  'info',
  'selection',
  'target',
  'scope',
  'pos',
  'rbrace',
  'lparen',
  'rparen',
  'opPos',
]);

/**
 * Visits the syntax nodes under `root` (itself included) depth-first in source order. `visit`
 * returns false to skip a node's children.
 */
function walk(root: object, visit: (n: { readonly kind: string }) => boolean | undefined): void {
  const seen = new Set<object>();
  const go = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) {
      return;
    }
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) {
        go(x);
      }
      return;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) {
      return; // checker objects and types
    }
    const node = v as Record<string, unknown>;
    if (typeof node['kind'] === 'string' && visit(node as { kind: string }) === false) {
      return;
    }
    for (const [k, x] of Object.entries(node)) {
      if (!skip.has(k)) {
        go(x);
      }
    }
  };
  go(root);
}
