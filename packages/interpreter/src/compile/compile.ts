// The compiler: checked Go functions to JavaScript generator functions, built once with
// `new Function`. Goroutines are generators (see @mapscope/scheduler); every Go call is a
// `yield*`, so any call may reach a scheduling point. See docs/decisions.md.
import { Iface, isAggregate, mapType, type GoType } from '@mapscope/runtime-core';
import type * as A from '@mapscope/go-types/syntax/ast';
import { absent } from '@mapscope/go-types/check/base';
import { unparen } from '@mapscope/go-types/check/expr';
import { ConstObj, FuncObj, VarObj } from '@mapscope/go-types/check/objects';
import { lookupFieldOrMethod, methodOf } from '@mapscope/go-types/check/lookup';
import { checkBody } from '@mapscope/go-types/check/checker';
import type { Package } from '@mapscope/go-types/check/package';
import {
  float32Val,
  float64Val,
  floatFromNumber,
  toComplex,
  toInt,
  type ConstValue,
} from '@mapscope/go-types/check/constant';
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
  TypeParam,
  isUntyped,
  under as underOf,
  type Type,
} from '@mapscope/go-types/check/types';
import { subst } from '@mapscope/go-types/check/subst';
import { Unsupported } from '@mapscope/go-types/syntax/convert';
import { RuntimeTypes } from './rtypes.ts';
import { RacePlan, mapRaceFunc, type MapOpKind } from './race.ts';
import { SyncFuncs, staticCallee, type SyncBody } from './sync.ts';
import type { GoSite } from '../runtime/traceback.ts';

// Generic functions and methods are compiled once per instance (monomorphized): while an
// instance's body is compiled, activeSubst maps its type parameters to its type arguments,
// and every type the compiler looks at goes through it.
let activeSubst = new Map<TypeParam, Type>();

/** t with the type arguments of the instance being compiled. */
function inst(t: Type): Type {
  return activeSubst.size === 0 ? t : subst(t, activeSubst);
}

/** The underlying type of t in the instance being compiled. */
function under(t: Type): Type {
  return underOf(inst(t));
}

/** Whether a function or method is generic (it is compiled per instance only). */
function isGeneric(f: FuncObj): boolean {
  if (f.type.typeParams.length > 0) {
    return true;
  }
  const r = f.type.recv?.type;
  const base = r instanceof Pointer ? r.elem : r;
  return base instanceof Named && (base.typeParams.length > 0 || base.orig !== null);
}

/**
 * A piece of compiled code: the body of a function taking the runtime environment and the
 * registry (`$reg`) through which a chunk finds what earlier chunks of its program defined.
 * Its source names itself `mapscope:chunk/ID` (stack traces give that and the line).
 */
export interface CodeChunk {
  readonly id: number;
  readonly source: string;
}

/** Chunks are numbered across compilers: a stack line names its chunk. */
let nextChunk = 0;

/** The URL a chunk's source names itself by (`//# sourceURL`). */
export function chunkURL(id: number): string {
  return `mapscope:chunk/${String(id)}`;
}

/** The function being compiled: its generated name, whether it has a defer frame, its results. */
interface CurrentFunc {
  readonly self: string;
  readonly frame: boolean;
  readonly results: readonly VarObj[];
}

/** Code of one chunk, by kind, in the order it runs. */
class ChunkParts {
  /** Package variables: `let NAME = …;` */
  readonly decls: string[] = [];
  /** Functions (`const NAME = …;`) and package initializations. */
  readonly funcs: string[] = [];
  /** Method-table registrations (statements). */
  readonly methods: string[] = [];
  /** Instances of generic functions: `const NAME = …;` */
  readonly instances: string[] = [];
  /** Instantiated types' method-table registrations (statements). */
  readonly registrations: string[] = [];
  /** What runs last (the program's chunk returns its main function). */
  readonly tail: string[] = [];

  /** Every piece, in order. */
  #all(): string[] {
    return [
      ...this.decls,
      ...this.funcs,
      ...this.methods,
      ...this.instances,
      ...this.registrations,
      ...this.tail,
    ];
  }

  empty(): boolean {
    return this.#all().length === 0;
  }

  body(): string {
    return this.#all().join('\n');
  }

  /** The top-level names the chunk defines. */
  names(): string[] {
    const out: string[] = [];
    for (const piece of [...this.decls, ...this.funcs, ...this.instances]) {
      const m = /^(?:const|let) ([\w$]+) =/.exec(piece);
      if (m?.[1] !== undefined) {
        out.push(m[1]);
      }
    }
    return out;
  }
}

/** Whether type t involves a type the program declares (code for it is the program's own). */
function mentionsProgram(t: Type, seen = new Set<Type>()): boolean {
  if (seen.has(t)) {
    return false;
  }
  seen.add(t);
  const any = (ts: readonly Type[]): boolean => ts.some((x) => mentionsProgram(x, seen));
  switch (t.kind) {
    case 'Named':
      return (t.obj.pkg !== null && !t.obj.pkg.std) || any(t.typeArgs);
    case 'Pointer':
    case 'Slice':
    case 'Array':
    case 'Chan':
      return mentionsProgram(t.elem, seen);
    case 'Map':
      return any([t.key, t.elem]);
    case 'Struct':
      return any(t.fields.map((f) => f.type));
    case 'Tuple':
      return any(t.vars.map((v) => v.type));
    case 'Signature':
      return any([t.params, t.results]);
    case 'Interface':
      return any(t.allMethods().map((m) => m.type));
    case 'Basic':
    case 'TypeParam':
      return false;
  }
}

/** The compiled program: its chunks, in order, and what they refer to. */
export interface CompiledProgram {
  readonly chunks: readonly CodeChunk[];
  readonly consts: readonly unknown[];
  /** The program's runtime types and the checker types they came from (for reflect). */
  readonly types: RuntimeTypes;
  /** What tracebacks read: see DebugInfo. */
  readonly debug: DebugInfo;
}

/**
 * Where the generated code came from, for Go's tracebacks: each Go function's generator
 * function by its JavaScript name, and the source files, to which the `//@FILE:LINE` comment
 * lines in the source refer (each starts the code of the statement at that line).
 */
export interface DebugInfo {
  readonly funcs: ReadonlyMap<string, { readonly body: A.BlockStmt; readonly info: A.FuncInfo }>;
  readonly files: readonly A.SourceFile[];
}

const intBits: Readonly<Record<string, number>> = {
  int: 64,
  int64: 64,
  uint: 64,
  uint64: 64,
  uintptr: 64,
  int8: 8,
  uint8: 8,
  int16: 16,
  uint16: 16,
  int32: 32,
  uint32: 32,
};

export class Compiler {
  readonly rtypes: RuntimeTypes = new RuntimeTypes();
  /** Values the generated code refers to by index ($k[i]): runtime types, map types… */
  readonly consts: unknown[] = [];
  readonly #constIndex = new Map<unknown, number>();
  #lines: string[] = [];
  #indent = 1;
  #tmp = 0;
  #names = new Map<object, string>();
  /** Natives by "importpath.Name". */
  readonly natives: ReadonlyMap<string, unknown>;
  #curFunc: CurrentFunc | null = null;
  /** A race build's file paths (the files' paths as reports print them); null otherwise. */
  readonly #raceFiles: ((f: A.SourceFile) => string) | null;
  /** Which packages a race build instruments (all by default). */
  readonly #instrument: (path: string) => boolean;
  /** A race build's plan (set by program()); null in a normal build, whose code has no race calls. */
  #plan: RacePlan | null = null;
  /** The plan while compiling an instrumented package's code; null otherwise. */
  #race: RacePlan | null = null;
  /**
   * An exploration build (`mapscope explore`): each instrumented access is a scheduling
   * point, so that a search can run another goroutine between a read and a write.
   */
  readonly #preempt: boolean;
  /** Which packages' accesses are scheduling points in an exploration build (all by default). */
  readonly #preemptIn: (path: string) => boolean;
  /** Whether the code being compiled makes its accesses scheduling points. */
  #preempting = false;
  /** A race build proper (`-race`): Go's instrumented code generation. */
  readonly #instrumenting: boolean;
  /** Which functions also compile to plain functions (null in race and exploration builds). */
  #syncFuncs: SyncFuncs | null = null;
  /** Whether the body being compiled is a plain function's (see sync.ts). */
  #sync = false;
  /** The functions whose plain twins (`name$s`) are compiled or queued. */
  readonly #twins = new Set<FuncObj>();
  readonly #wantedTwins: FuncObj[] = [];

  constructor(
    natives: ReadonlyMap<string, unknown>,
    o: {
      /** A race build, with the path reports give each file. */
      readonly race?: (f: A.SourceFile) => string;
      /** Which packages a race build instruments (the runtime's own are not: Go's are not). */
      readonly instrument?: (path: string) => boolean;
      /** With race: an exploration build, whose instrumented accesses are scheduling points. */
      readonly preempt?: boolean;
      /**
       * Of an exploration build, the packages whose instrumented accesses are scheduling points
       * (others' are only recorded for race detection); default all.
       */
      readonly preemptIn?: (path: string) => boolean;
      /**
       * With race: the program is built with -race (an exploration build without race
       * detection keeps the normal build's code generation).
       */
      readonly instrumenting?: boolean;
    } = {},
  ) {
    this.natives = natives;
    this.#raceFiles = o.race ?? null;
    this.#instrument = o.instrument ?? (() => true);
    this.#preempt = o.preempt === true && this.#raceFiles !== null;
    this.#preemptIn = o.preemptIn ?? (() => true);
    this.#instrumenting = this.#raceFiles !== null && (o.instrumenting ?? true);
  }

  /** The race plan if code of package `p` is instrumented. */
  #instrumented(p: Package | null): RacePlan | null {
    return this.#plan !== null && p !== null && this.#instrument(p.path) ? this.#plan : null;
  }

  k(v: unknown): string {
    let i = this.#constIndex.get(v);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.#constIndex.set(v, i);
    }
    return `$k[${i}]`;
  }

  rt(t: Type): GoType {
    return this.rtypes.of(inst(t));
  }

  // ---- instances of generic functions and types ----

  readonly #instances = new Map<string, string>();
  /** Instantiated named types whose methods are in the method tables. */
  readonly #registered = new Set<GoType>();

  /** The name of generic function f's instance for the type arguments in env (compiled once). */
  #instance(f: FuncObj, env: Map<TypeParam, Type>): string {
    // Keyed by the arguments' runtime types (their constant slots), not their names: two local
    // types may share a name.
    const args = [...env.entries()]
      .map(([tp, t]) => `${tp.obj.name}=${this.k(this.rt(t))}`)
      .join(';');
    const key = `${this.name(f)}[${args}]`;
    let name = this.#instances.get(key);
    if (name !== undefined) {
      return name;
    }
    name = `${this.name(f)}$${this.#instances.size}`;
    this.#instances.set(key, name);
    const d = f.decl;
    if (d !== null) {
      checkBody(d);
    }
    if (d?.info === undefined || d.body === null) {
      throw new Error(`generic function ${f.name} has no body`);
    }
    const resolved = new Map<TypeParam, Type>([...env.entries()].map(([tp, t]) => [tp, inst(t)]));
    const saved = activeSubst;
    activeSubst = resolved;
    const savedRace = this.#race;
    this.#race = this.#instrumented(f.pkg);
    const savedPreempting = this.#preempting;
    this.#preempting = this.#preempt && this.#preemptIn(f.pkg?.path ?? '');
    try {
      // An instance for the program's own types is the program's code, else the library's.
      const parts = this.#partsFor(
        f.pkg?.std !== true || [...resolved.values()].some((t) => mentionsProgram(t)),
      );
      parts.instances.push(`const ${name} = ${this.#funcBody(d.info, d.body, name)};`);
    } finally {
      activeSubst = saved;
      this.#race = savedRace;
      this.#preempting = savedPreempting;
    }
    return name;
  }

  /** The instance of generic function f called with typeArgs (null: f is not generic). */
  #genericCallee(fun: A.Expr, typeArgs: readonly Type[] | null): string | null {
    let x = unparen(fun);
    if (x.kind === 'IndexExpr') {
      x = unparen(x.x);
    }
    const f =
      x.kind === 'Ident'
        ? x.obj
        : x.kind === 'SelectorExpr' && x.selection?.kind === 'pkg'
          ? x.sel.obj
          : undefined;
    if (!(f instanceof FuncObj) || f.type.typeParams.length === 0 || typeArgs === null) {
      return null;
    }
    return this.#instance(f, new Map(f.type.typeParams.map((tp, i) => [tp, typeArgs[i] ?? tp])));
  }

  /** The compiled function of method m called on a receiver of type recv (an instance for generic types). */
  #methodFunc(m: FuncObj, recv: Type): string {
    const orig = this.#origMethod(m);
    if (!isGeneric(orig)) {
      return this.name(orig);
    }
    const r = orig.type.recv?.type;
    const declared = r instanceof Pointer ? r.elem : r;
    const t = inst(recv);
    const actual = t instanceof Pointer ? t.elem : t;
    if (!(declared instanceof Named) || !(actual instanceof Named)) {
      throw new Error(`method ${m.name}: no receiver type`);
    }
    const env = new Map<TypeParam, Type>();
    declared.typeArgs.forEach((tp, i) => {
      if (tp instanceof TypeParam) {
        env.set(tp, actual.typeArgs[i] ?? tp);
      }
    });
    return this.#instance(orig, env);
  }

  /** Method-table registrations for the instantiated named types the program uses. */
  #registerInstances(): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const [g, n] of [...this.rtypes.source]) {
        if (
          n.orig === null ||
          this.#registered.has(g) ||
          n.typeArgs.some((a) => a instanceof TypeParam)
        ) {
          continue;
        }
        this.#registered.add(g);
        changed = true;
        const lines = this.#partsFor(mentionsProgram(n)).registrations;
        for (const m of n.orig.methods) {
          if (m.decl?.body === null || m.decl === null) {
            continue;
          }
          const fn = this.#methodFunc(m, n);
          const T = this.k(g);
          const PT = this.T(new Pointer(n));
          const name = JSON.stringify(m.name);
          const sig = JSON.stringify(this.rt((methodOf(n, m.name, m.pkg) ?? m).type).name);
          if (m.ptrRecv) {
            lines.push(`$rt.addMethod(${PT}, ${name}, ${fn}, ${sig});`);
          } else {
            lines.push(
              `$rt.addMethod(${T}, ${name}, ${fn}, ${sig}); $rt.addMethod(${PT}, ${name}, ${this.#valueMethodWrapper(fn, n, m.name)}, ${sig});`,
            );
          }
        }
      }
    }
  }

  T(t: Type): string {
    return this.k(this.rt(t));
  }

  /** A loop's or call's spending of the time slice: a scheduling point when it runs out. */
  #tick(): string {
    return this.#sync
      ? 'if (--$rt.budget < 0) $rt.spin();'
      : 'if (--$rt.budget < 0) yield* $rt.tick();';
  }

  /** The map operation `op` called as the code being compiled calls it (plain or yield*). */
  #maps(op: string): string {
    return this.#sync ? `$maps.${op}S` : `yield* $maps.${op}`;
  }

  #emit(line: string): void {
    this.#lines.push(`${'  '.repeat(this.#indent)}${line}`);
  }

  /** A fresh name for a temporary the caller declares. */
  #temp(): string {
    return `$t${this.#tmp++}`;
  }

  /** A fresh temporary used inside an expression, declared at the top of the function. */
  #scratch(): string {
    const t = `$t${this.#tmp++}`;
    this.#scratches.push(t);
    return t;
  }

  #scratches: string[] = [];

  name(o: VarObj | FuncObj): string {
    if (o instanceof FuncObj && !this.#compiledFuncs.has(o) && this.#funcPackage.has(o)) {
      // A function the code refers to: compiled before the program is finished.
      this.#compiledFuncs.add(o);
      this.#wanted.push(o);
    }
    let n = this.#names.get(o);
    if (n === undefined) {
      const base = o.name.replace(/[^A-Za-z0-9_]/g, '_');
      n =
        o instanceof FuncObj
          ? `F_${(o.pkg?.path ?? '').replace(/[^A-Za-z0-9]/g, '_')}_${base}_${this.#names.size}`
          : `v_${base}_${this.#names.size}`;
      this.#names.set(o, n);
    }
    return n;
  }

  // ---- the program ----

  /**
   * Compiles packages (dependencies first) into chunks of JavaScript. The standard library's
   * code goes into chunks the compiler keeps (its image): a later program of the same
   * compiler adds only what it reaches that no earlier one did, and runs the image's chunks
   * as they are. The program's own code is one chunk of its own, last.
   */
  program(pkgs: readonly Package[], main: Package): CompiledProgram {
    for (const p of pkgs) {
      if (this.#known.has(p)) {
        continue;
      }
      this.#known.add(p);
      for (const f of p.funcs) {
        if (f.decl !== null) {
          this.#declared.set(f.decl, f);
        }
        if (!isGeneric(f) && f.decl !== null) {
          this.#funcPackage.set(f, p);
        }
      }
    }
    if (this.#raceFiles !== null) {
      // A race build: the memory goroutines can share lives in boxes, each with an address of
      // its own — package variables and the locals closures capture (Go's escaping variables).
      this.#plan = new RacePlan(pkgs, this.#raceFiles);
      for (const v of this.#plan.captured) {
        v.boxed = true;
      }
      for (const p of pkgs) {
        for (const vi of p.varInit) {
          for (const v of vi.lhs) {
            v.boxed = true;
          }
        }
      }
    }
    if (this.#plan === null) {
      this.#syncFuncs ??= new SyncFuncs(
        (f) => this.#syncBody(f),
        (e) => this.#plainCallee(e),
      );
    }
    const parts = { std: new ChunkParts(), program: new ChunkParts() };
    this.#parts = parts;
    // Functions are compiled when code refers to them (name() asks for them), and a named
    // type's methods when the type gets a runtime type (values of it can exist only then, and
    // interfaces and reflect reach their methods by name): what no code reaches is not compiled.
    const byPath = new Map(pkgs.map((p) => [p.path, p]));
    const usedTypes: Named[] = [...this.rtypes.source.values()].filter(
      (t) => !this.#typesDone.has(t),
    );
    this.rtypes.onNamed = (t) => {
      usedTypes.push(t);
    };
    const compileWanted = (): void => {
      for (;;) {
        const twin = this.#wantedTwins.pop();
        if (twin !== undefined) {
          const p = this.#funcPackage.get(twin);
          if (p !== undefined) {
            this.#race = null;
            this.#preempting = false;
            this.#partsOf(p).funcs.push(this.#twinDecl(twin, p));
          }
          continue;
        }
        const f = this.#wanted.pop();
        if (f !== undefined) {
          const p = this.#funcPackage.get(f);
          if (p !== undefined) {
            this.#race = this.#instrumented(p);
            this.#preempting = this.#preempt && this.#preemptIn(p.path);
            this.#partsOf(p).funcs.push(this.#funcDecl(f, p));
          }
          continue;
        }
        const t = usedTypes.pop();
        if (t === undefined) {
          break;
        }
        if (this.#typesDone.has(t)) {
          continue;
        }
        this.#typesDone.add(t);
        if (t.typeArgs.length > 0 || t.typeParams.length > 0) {
          continue; // instances: #registerInstances
        }
        const p = byPath.get(t.obj.pkg?.path ?? '');
        const methods = this.#partsOf(t.obj.pkg).methods;
        for (const m of t.methods) {
          const d = m.decl;
          if (d?.recv !== null && d?.recv !== undefined && m.type.recv !== null && !isGeneric(m)) {
            methods.push(this.#registerMethod(m));
          }
        }
        if (p?.scope.names.get(t.obj.name) === t.obj) {
          methods.push(...this.#promotedMethods(t, p));
        }
      }
    };
    // Each package's variables and initialization, compiled once: its init function.
    for (const p of pkgs) {
      if (!this.#inits.has(p)) {
        this.#inits.set(p, this.#packageInit(p));
      }
    }
    this.#race = null;
    const mainFn = main.scope.lookup('main');
    if (!(mainFn instanceof FuncObj)) {
      throw new Error('no main function');
    }
    this.name(mainFn);
    compileWanted();
    this.#registerInstances();
    compileWanted();
    this.rtypes.onNamed = null;
    this.#race = null;
    this.#parts = null;
    if (!parts.std.empty()) {
      this.#image.push(this.#chunk(parts.std, false));
    }
    const inits = pkgs.flatMap((p) => {
      const init = this.#inits.get(p);
      return init === undefined || init === null ? [] : [`  yield* ${init}($g);`];
    });
    parts.program.tail.push(
      `return function* $main($g) {`,
      ...inits,
      `  yield* ${this.name(mainFn)}($g);`,
      `};`,
    );
    return {
      chunks: [...this.#image, this.#chunk(parts.program, true)],
      consts: this.consts,
      types: this.rtypes,
      debug: { funcs: this.#debugFuncs, files: this.#debugFiles },
    };
  }

  /** The packages program() has seen. */
  readonly #known = new Set<Package>();
  /** The named types whose methods are compiled (or, for instances, left to #registerInstances). */
  readonly #typesDone = new Set<Named>();
  /** Each package's init function's name (null: it has nothing to initialize). */
  readonly #inits = new Map<Package, string | null>();
  /** The chunks of standard-library code compiled so far, in the order they run. */
  readonly #image: CodeChunk[] = [];
  /** The names the image's chunks define (the registry's, when they run). */
  readonly #imageNames = new Set<string>();
  /** Where program() puts the code it compiles: the image's next chunk, or the program's. */
  #parts: { readonly std: ChunkParts; readonly program: ChunkParts } | null = null;

  /** The chunk parts for code of package p (null: the universe's): std or the program's. */
  #partsOf(p: Package | null): ChunkParts {
    return this.#partsFor(p !== null && !p.std);
  }

  /** The program's chunk parts, or the image's next chunk's. */
  #partsFor(program: boolean): ChunkParts {
    const parts = this.#parts;
    if (parts === null) {
      throw new Error('code compiled outside program()');
    }
    return program ? parts.program : parts.std;
  }

  /**
   * Package p's variables, declared, and its initialization compiled into a generator
   * function (its variables' initializers in order, then its init functions); the function's
   * name, or null when there is nothing to initialize.
   */
  #packageInit(p: Package): string | null {
    const parts = this.#partsOf(p);
    for (const v of p.varInit.flatMap((vi) => vi.lhs)) {
      if (v.name !== '_') {
        parts.decls.push(
          `let ${this.name(v)} = ${v.boxed ? `[${this.zero(v.type)}]` : this.zero(v.type)};`,
        );
      }
    }
    if (p.varInit.length === 0 && p.inits.length === 0) {
      return null;
    }
    const name = `$init_${p.path.replace(/[^A-Za-z0-9]/g, '_')}_${this.#names.size}`;
    this.#names.set(p, name);
    this.#race = this.#instrumented(p);
    this.#preempting = this.#preempt && this.#preemptIn(p.path);
    const lines = this.#functionLines({ self: name, frame: false, results: [] }, () => {
      if (this.#race !== null && p.varInit.length > 0) {
        this.#emit(`const $sf = $race.enter($g, ${this.k(this.#race.init(p))});`);
      }
      for (const vi of p.varInit) {
        this.#varInit(vi.lhs, vi.rhsList);
      }
      if (this.#race !== null && p.varInit.length > 0) {
        this.#emit(`$g.f = $sf.p;`);
      }
      for (const f of p.inits) {
        this.#emit(`yield* ${this.name(f)}($g);`);
      }
    });
    parts.funcs.push(`const ${name} = function* ${name}($g) {\n${lines}\n};`);
    return name;
  }

  /**
   * The chunk of `parts`: it takes what it names of the image's chunks from the registry
   * (`$reg`), and a standard-library chunk puts what it defines there for the chunks after it.
   */
  #chunk(parts: ChunkParts, last: boolean): CodeChunk {
    const body = parts.body();
    const defined = parts.names();
    const imported = new Set<string>();
    if (this.#imageNames.size > 0) {
      for (const m of body.matchAll(/[A-Za-z_$][\w$]*/g)) {
        if (this.#imageNames.has(m[0])) {
          imported.add(m[0]);
        }
      }
    }
    const id = nextChunk++;
    const lines = [
      ...(imported.size > 0 ? [`const { ${[...imported].join(', ')} } = $reg;`] : []),
      body,
    ];
    if (!last) {
      for (const n of defined) {
        this.#imageNames.add(n);
      }
      lines.push(`Object.assign($reg, { ${defined.join(', ')} });`);
    }
    lines.push(`//# sourceURL=${chunkURL(id)}`);
    return { id, source: lines.join('\n') };
  }

  #registerMethod(f: FuncObj): string {
    const recv = f.type.recv;
    if (recv === null) {
      return '';
    }
    const rt = recv.type;
    const base = rt instanceof Pointer ? rt.elem : rt;
    if (!(base instanceof Named) || base.typeParams.length > 0 || base.typeArgs.length > 0) {
      return ''; // generic receivers: not in method tables yet
    }
    const T = this.T(base);
    const PT = this.T(new Pointer(base));
    const fn = this.name(f);
    const sig = JSON.stringify(this.rt(f.type).name);
    if (rt instanceof Pointer) {
      return `$rt.addMethod(${PT}, ${JSON.stringify(f.name)}, ${fn}, ${sig});`;
    }
    // A value method is in T's and *T's method sets.
    return `$rt.addMethod(${T}, ${JSON.stringify(f.name)}, ${fn}, ${sig}); $rt.addMethod(${PT}, ${JSON.stringify(f.name)}, ${this.#valueMethodWrapper(fn, base, f.name)}, ${sig});`;
  }

  /** A method as method sets hold it: `Name func(params) results` (see RuntimeTypes.methodKey). */
  #methodKey(m: FuncObj): string {
    return this.rtypes.methodKey(m.name, inst(m.type));
  }

  /** *T's method for a value method of T: it calls it with a copy of *p (Go's autogenerated wrapper). */
  #valueMethodWrapper(fn: string, base: Named, name: string): string {
    const T = this.T(base);
    if (this.#instrumented(base.obj.pkg) === null) {
      return `function*($g, p, ...a) { return yield* ${fn}($g, $rt.copy(${T}, $rt.load(p)), ...a); }`;
    }
    // A race build: the copy is a read, in a frame of its own as in Go's traces.
    const generic = base.typeArgs.length > 0 ? '[...]' : '';
    const w = this.k({
      name: `${base.obj.pkg?.path ?? 'main'}.(*${base.obj.name}${generic}).${name}`,
      file: '<autogenerated>',
      line: 1,
    });
    const load = isAggregate(this.rt(base))
      ? this.#acc('ra', `$sf, $rt.load(p), 1`)
      : this.#acc('load', `$sf, p, 1`);
    return `function*($g, p, ...a) { const $sf = $race.enter($g, ${w}); const r = yield* ${fn}($g, $rt.copy(${T}, ${load}), ...a); $g.f = $sf.p; return r; }`;
  }

  /**
   * Method-table entries for the methods a struct type gets from its embedded fields (Go's
   * promoted methods): wrappers that walk to the embedded value and call its method.
   */
  #promotedMethods(t: Named, p: Package): string[] {
    const st = underOf(t);
    if (!(st instanceof Struct) || !st.fields.some((f) => f.embedded)) {
      return [];
    }
    const names = new Set<string>();
    const collect = (x: Type, seen: Set<Type>): void => {
      const base = x instanceof Pointer ? x.elem : x;
      if (seen.has(base)) {
        return;
      }
      seen.add(base);
      const u = underOf(base);
      if (u instanceof Interface) {
        u.allMethods().forEach((m) => names.add(m.name));
        return;
      }
      if (base instanceof Named) {
        base.methods.forEach((m) => names.add(m.name));
      }
      if (u instanceof Struct) {
        u.fields
          .filter((f) => f.embedded)
          .forEach((f) => {
            collect(f.type, seen);
          });
      }
    };
    st.fields
      .filter((f) => f.embedded)
      .forEach((f) => {
        collect(f.type, new Set([t]));
      });
    const lines: string[] = [];
    const T = this.T(t);
    const PT = this.T(new Pointer(t));
    for (const name of names) {
      const r = lookupFieldOrMethod(t, name, p);
      if (r === null || r.ambiguous || !(r.obj instanceof FuncObj) || r.path.length === 0) {
        continue;
      }
      const m = r.obj;
      // Walk from the struct value `s` to the embedded value holding the method.
      let container = 's';
      let code = 's';
      let ft = t as Type;
      for (const [i, idx] of r.path.entries()) {
        const f: VarObj | undefined = (underOf(ft instanceof Pointer ? ft.elem : ft) as Struct)
          .fields[idx];
        if (f === undefined) {
          throw new Error(`promoted method ${name}: bad path`);
        }
        if (i > 0 && ft instanceof Pointer) {
          code = `$rt.load(${code})`;
        }
        container = code;
        code = `${code}[${idx}]`;
        ft = underOf(f.type) instanceof Pointer ? underOf(f.type) : f.type;
      }
      let call: string;
      const key = JSON.stringify(name);
      if (r.viaIface) {
        call = `{ const x = ${code}; return yield* $rt.imethod(x, ${key})($g, x.value, ...a); }`;
      } else {
        const fn = this.#methodFunc(m, ft);
        const isPtr = ft instanceof Pointer;
        const elem = ft instanceof Pointer ? ft.elem : ft;
        const recv = m.ptrRecv
          ? isPtr
            ? code
            : `$rt.ptr(${container}, ${String(r.path[r.path.length - 1])})`
          : isPtr
            ? `$rt.copy(${this.T(elem)}, $rt.load(${code}))`
            : `$rt.copy(${this.T(elem)}, ${code})`;
        call = `return yield* ${fn}($g, ${recv}, ...a);`;
      }
      const sig = JSON.stringify(this.rt(m.type).name);
      lines.push(
        `$rt.addMethod(${PT}, ${key}, function*($g, p, ...a) { const s = $rt.load(p); ${call} }, ${sig});`,
      );
      if (!m.ptrRecv || r.indirect || r.viaIface) {
        lines.push(`$rt.addMethod(${T}, ${key}, function*($g, s, ...a) { ${call} }, ${sig});`);
      }
    }
    return lines;
  }

  #varInit(lhs: readonly VarObj[], rhs: readonly A.Expr[]): void {
    if (rhs.length === 0) {
      return;
    }
    if (lhs.length > 1 && rhs.length === 1) {
      const r = rhs[0] ?? absent('the initializer of a variable declaration');
      const t = this.#temp();
      this.#emit(`const ${t} = ${this.#multi(r)};`);
      lhs.forEach((v, i) => {
        if (v.name !== '_') {
          this.#storeVar(v, `${t}[${i}]`);
        }
      });
      return;
    }
    lhs.forEach((v, i) => {
      const r = rhs[i];
      if (r === undefined) {
        return;
      }
      const code = this.value(r, v.name === '_' ? (r.tv?.type ?? v.type) : v.type);
      if (v.name === '_') {
        this.#emit(`${code};`);
      } else {
        this.#storeVar(v, code);
      }
    });
  }

  #storeVar(v: VarObj, code: string): void {
    if (this.#race !== null && v.boxed && v.pos !== null) {
      const n = this.name(v);
      this.#emit(
        `${n}[0] = ${this.#acc('w', `$sf, ${n}, 0, ${this.#line(v.pos)}, ${code}`, v.name)};`,
      );
      return;
    }
    this.#emit(v.boxed ? `${this.name(v)}[0] = ${code};` : `${this.name(v)} = ${code};`);
  }

  /** The key of f in the natives' table: "path.Name" or "path.Type.Method". */
  #nativeKey(f: FuncObj, p: Package): string {
    const recv = f.type.recv?.type;
    const base = recv === undefined ? null : recv instanceof Pointer ? recv.elem : recv;
    return base instanceof Named ? `${p.path}.${base.obj.name}.${f.name}` : `${p.path}.${f.name}`;
  }

  /**
   * The native taking the place of f's Go body, where that body does what the model cannot
   * (reinterpreting memory through unsafe) or is Go's assembly; null for a Go body; undefined
   * for a function without either.
   */
  #native(f: FuncObj, p: Package): unknown {
    const key = this.#nativeKey(f, p);
    if (f.decl?.body === null || (p.std && this.natives.has(key))) {
      return this.natives.get(key);
    }
    return null;
  }

  /** The declared function a call names statically, if not generic (what a twin can call). */
  #plainCallee(e: A.CallExpr): FuncObj | null {
    const c = staticCallee(e);
    const orig = c === null ? null : this.#origMethod(c);
    return orig === null || isGeneric(orig) ? null : orig;
  }

  /** What SyncFuncs needs to know of f. */
  #syncBody(f: FuncObj): SyncBody {
    const p = this.#funcPackage.get(f);
    const d = f.decl;
    if (p === undefined || d?.info === undefined) {
      return { kind: 'none' };
    }
    checkBody(d);
    const native = this.#native(f, p);
    if (native !== null) {
      return plainNative(native) === null ? { kind: 'none' } : { kind: 'native' };
    }
    return d.body === null ? { kind: 'none' } : { kind: 'body', info: d.info, body: d.body };
  }

  #funcDecl(f: FuncObj, p: Package): string {
    const d = f.decl;
    if (d === null) {
      return '';
    }
    checkBody(d);
    const info = d.info;
    if (info === undefined) {
      return '';
    }
    const name = this.name(f);
    const native = this.#native(f, p);
    if (native === undefined) {
      const key = JSON.stringify(this.#nativeKey(f, p));
      return `const ${name} = function*() { throw $rt.unsupported(${key}); };`;
    }
    if (native !== null) {
      return `const ${name} = ${this.k(native)};`;
    }
    if (d.body === null) {
      return '';
    }
    // The program's own functions that can run plain get their twins; the standard library's
    // get theirs only when a plain function calls them (most of what a program reaches of
    // it, its initialization and the printing, never runs plain: no twin to compile).
    if (p.std || this.#syncFuncs?.isSync(f) !== true) {
      return `const ${name} = ${this.#funcBody(info, d.body, name)};`;
    }
    this.#twinName(f);
    return `const ${name} = ${this.#funcBody(info, d.body, name, 'dispatch')};`;
  }

  /** The plain twin of f, which SyncFuncs found can run plain, compiled once. */
  #twinName(f: FuncObj): string {
    if (!this.#twins.has(f)) {
      this.#twins.add(f);
      this.#wantedTwins.push(f);
    }
    return `${this.name(f)}$s`;
  }

  #twinDecl(f: FuncObj, p: Package): string {
    const name = this.name(f);
    const d = f.decl;
    const native = this.#native(f, p);
    if (native !== null) {
      return `const ${name}$s = ${this.k(plainNative(native))};`;
    }
    if (d?.info === undefined || d.body === null) {
      throw new Error(`${name}: a plain twin without a body`);
    }
    return `const ${name}$s = ${this.#funcBody(d.info, d.body, name, 'sync')};`;
  }

  /**
   * A function body as a JavaScript generator function expression; with mode 'sync' as the
   * plain function `self$s` instead, and with 'dispatch' as a generator that calls that plain
   * function when its goroutine is alone (see sync.ts).
   */
  #funcBody(
    info: A.FuncInfo,
    body: A.BlockStmt,
    self: string,
    mode: 'generator' | 'dispatch' | 'sync' = 'generator',
  ): string {
    const savedSync = this.#sync;
    this.#sync = mode === 'sync';
    const fname = this.#sync ? `${self}$s` : self;
    this.#debugFuncs.set(fname, { body, info });
    const frame = info.hasDefer;
    const params = [...(info.recv !== null ? [info.recv] : []), ...info.params];
    const paramNames = params.map((v, i) =>
      v.name === '' || v.name === '_' ? `$p${i}` : this.name(v),
    );
    const lines = this.#functionLines({ self, frame, results: info.results }, () => {
      this.#bodyLines(info, body, self, mode, params, paramNames);
    });
    const code = `function${this.#sync ? '' : '*'} ${fname}($g, ${paramNames.join(', ')}) {\n${lines}\n}`;
    this.#sync = savedSync;
    return code;
  }

  /**
   * The lines of a function's body as `emit` writes them, compiled in a state of its own:
   * fresh lines and temporaries (declared at its top), no line mark yet, `func` as the function
   * being compiled. The enclosing function's state comes back after.
   */
  #functionLines(func: CurrentFunc, emit: () => void): string {
    const saved = {
      mark: this.#mark,
      lines: this.#lines,
      indent: this.#indent,
      func: this.#curFunc,
      scratches: this.#scratches,
    };
    this.#mark = '';
    this.#lines = [];
    this.#indent = 1;
    this.#curFunc = func;
    this.#scratches = [];
    try {
      emit();
      if (this.#scratches.length > 0) {
        this.#lines.unshift(`  let ${this.#scratches.join(', ')};`);
      }
      return this.#lines.join('\n');
    } finally {
      this.#mark = saved.mark;
      this.#lines = saved.lines;
      this.#indent = saved.indent;
      this.#curFunc = saved.func;
      this.#scratches = saved.scratches;
    }
  }

  /** What #funcBody compiles inside the function: its prologue, statements and return. */
  #bodyLines(
    info: A.FuncInfo,
    body: A.BlockStmt,
    self: string,
    mode: 'generator' | 'dispatch' | 'sync',
    params: readonly VarObj[],
    paramNames: readonly string[],
  ): void {
    const frame = info.hasDefer;
    if (mode === 'dispatch') {
      this.#emit(`if ($rt.alone()) return ${self}$s($g, ${paramNames.join(', ')});`);
    }
    this.#emit(`$rt.enter($g);`);
    if (this.#race !== null) {
      this.#emit(`const $sf = $race.enter($g, ${this.k(this.#race.func(body))});`);
    }
    // Go preempts a goroutine that runs too long (asynchronously, since 1.14): calls, like loop
    // iterations, spend the budget of the running goroutine's time slice.
    this.#emit(this.#tick());
    params.forEach((v) => {
      if (v.boxed && v.name !== '' && v.name !== '_') {
        const n = this.name(v);
        this.#emit(`${n} = $rt.boxArr(${this.T(v.type)}, ${n});`);
      }
    });
    // Named results, blank ones included (a blank result still holds what return gave it
    // while deferred calls run).
    for (const r of info.results) {
      if (r.name !== '') {
        const n = this.name(r);
        this.#emit(
          `let ${n} = ${r.boxed ? `$rt.boxArr(${this.T(r.type)}, ${this.zero(r.type)})` : this.zero(r.type)};`,
        );
      }
    }
    if (frame) {
      this.#emit(`const $d = $g.depth;`);
      this.#emit(`const $fr = { defers: [], panic: null };`);
      this.#emit(`let $ret;`);
      this.#emit(`try {`);
      this.#indent++;
      this.#emit(`$body: {`);
      this.#indent++;
      this.#stmts(body.list);
      this.#indent--;
      this.#emit(`}`);
      this.#indent--;
      this.#emit(`} catch ($e) { $rt.caught($fr, $e); }`);
      this.#emit(`$g.depth = $d;`);
      if (this.#race !== null) {
        this.#emit(`$race.defers($g, $fr);`);
      }
      this.#emit(`yield* $rt.runDefers($g, $fr);`);
      if (this.#race !== null) {
        this.#emit(`$g.f = $sf.p;`);
      }
      this.#emit(`$g.depth = $d - 1;`);
      this.#emit(`return ${this.#resultsExpr(info.results, '$ret')};`);
    } else {
      this.#stmts(body.list);
      this.#emit(this.#race !== null ? `$g.depth--; $g.f = $sf.p;` : `$g.depth--;`);
    }
  }

  #resultsExpr(results: readonly VarObj[], fallback: string): string {
    if (results.length === 0) {
      return 'undefined';
    }
    const named = results.every((r) => r.name !== '');
    if (!named) {
      return fallback;
    }
    const vals = results.map((r) => (r.boxed ? `${this.name(r)}[0]` : this.name(r)));
    return results.length === 1 ? (vals[0] ?? absent('a result')) : `[${vals.join(', ')}]`;
  }

  // ---- statements ----

  #stmts(list: readonly A.Stmt[]): void {
    if (!list.some((s) => s.kind === 'LabeledStmt' && s.gotoTarget === true)) {
      for (const s of list) {
        this.#stmt(s);
      }
      return;
    }
    // A block with goto targets is a state machine: each target starts a case, and
    // `goto L` sets the state and continues the loop. Go lets goto leave blocks but not enter
    // them, so the target is always in this block or one around the goto.
    const pc = this.#temp();
    const loop = `${pc}_goto`;
    let index = 0;
    for (const s of list) {
      if (s.kind === 'LabeledStmt' && s.gotoTarget === true) {
        this.#gotoTargets.set(s, { pc, loop, index: ++index, level: this.#rangeFuncs.length });
      }
    }
    index = 0;
    // Variables declared directly in the block outlive a jump back to an earlier label, so
    // they are declared before the state machine and assigned where Go declares them.
    const hoist = list.flatMap((st) => {
      const s0 = st.kind === 'LabeledStmt' ? st.stmt : st;
      if (s0.kind === 'DeclStmt' && s0.decl.tok === 'var') {
        return s0.decl.values.flatMap((v) =>
          v.names
            .map((n) => n.obj)
            .filter((o): o is VarObj => o instanceof VarObj && o.name !== '_'),
        );
      }
      if (s0.kind === 'AssignStmt' && s0.op === ':=') {
        return s0.lhs.flatMap((l, i) =>
          l.kind === 'Ident' &&
          l.obj instanceof VarObj &&
          l.name !== '_' &&
          s0.defines?.[i] === true
            ? [l.obj]
            : [],
        );
      }
      return [];
    });
    if (hoist.length > 0) {
      this.#emit(`let ${hoist.map((v) => this.name(v)).join(', ')};`);
      hoist.forEach((v) => this.#hoisted.add(v));
    }
    this.#emit(`let ${pc} = 0;`);
    this.#emit(`${loop}: for (;;) {`);
    this.#indent++;
    this.#emit(this.#tick());
    this.#emit(`switch (${pc}) {`);
    this.#emit(`case 0:`);
    for (const s of list) {
      if (s.kind === 'LabeledStmt' && s.gotoTarget === true) {
        this.#emit(`case ${++index}:`);
      }
      this.#stmt(s);
    }
    this.#emit('}');
    this.#emit('break;');
    this.#indent--;
    this.#emit('}');
  }

  /** Variables declared before a goto state machine (their declarations assign). */
  readonly #hoisted = new Set<VarObj>();

  /** The state machine and state of each goto target. */
  readonly #gotoTargets = new Map<
    A.Stmt,
    { readonly pc: string; readonly loop: string; readonly index: number; readonly level: number }
  >();

  /** The package of each function compiled on demand (not a method, not generic). */
  readonly #funcPackage = new Map<FuncObj, Package>();
  readonly #compiledFuncs = new Set<FuncObj>();
  /** Functions referred to and not compiled yet. */
  readonly #wanted: FuncObj[] = [];

  /** Each function's body by the name of its generator function (DebugInfo). */
  readonly #debugFuncs = new Map<string, { body: A.BlockStmt; info: A.FuncInfo }>();
  readonly #debugFiles: A.SourceFile[] = [];
  readonly #fileIds = new Map<A.SourceFile, number>();
  /** The last `//@FILE:LINE` mark emitted in the function being compiled. */
  #mark = '';

  /** The range-over-func loop bodies (yield functions) being compiled, innermost last. */
  readonly #rangeFuncs: RangeFuncBody[] = [];
  /** How many range-over-func bodies enclose each statement compiled in one (none: 0). */
  readonly #levels = new Map<A.Stmt, number>();

  /** Emits `//@FILE:LINE` for the code that follows, when the line is new (DebugInfo). */
  #markLine(pos: A.Pos): void {
    let id = this.#fileIds.get(pos.file);
    if (id === undefined) {
      id = this.#debugFiles.length;
      this.#debugFiles.push(pos.file);
      this.#fileIds.set(pos.file, id);
    }
    const mark = `//@${id}:${pos.file.position(pos.offset).line}`;
    if (mark !== this.#mark) {
      this.#emit(mark);
      this.#mark = mark;
    }
  }

  #block(list: readonly A.Stmt[]): void {
    this.#emit('{');
    this.#indent++;
    this.#stmts(list);
    this.#indent--;
    this.#emit('}');
  }

  #label(s: A.Stmt): string {
    let n = this.#names.get(s);
    if (n === undefined) {
      n = `L${this.#names.size}`;
      this.#names.set(s, n);
    }
    return n;
  }

  #stmt(s: A.Stmt): void {
    if (this.#rangeFuncs.length > 0) {
      this.#levels.set(s, this.#rangeFuncs.length); // outside every body: level 0
    }
    if (s.kind !== 'EmptyStmt' && s.kind !== 'BlockStmt' && s.kind !== 'LabeledStmt') {
      this.#markLine(s.pos);
    }
    switch (s.kind) {
      case 'EmptyStmt':
        return;
      case 'DeclStmt':
        this.#declStmt(s.decl);
        return;
      case 'LabeledStmt':
        this.#stmt(s.stmt);
        return;
      case 'ExprStmt': {
        const e = unparen(s.x);
        if (e.kind === 'UnaryExpr' && e.op === '<-') {
          this.#emit(`${this.expr(e)};`);
          return;
        }
        this.#emit(`${this.#multi(s.x)};`);
        return;
      }
      case 'SendStmt': {
        const ct = under(s.chan.tv?.type ?? missing(s)) as Chan;
        this.#emit(
          `${this.#here(s)}yield* $send($s, ${this.expr(s.chan)}, ${this.value(s.value, ct.elem)});`,
        );
        return;
      }
      case 'IncDecStmt': {
        const t = s.x.tv?.type ?? missing(s);
        this.#assignOp(s.x, s.inc ? '+' : '-', this.#constOne(t), t);
        return;
      }
      case 'AssignStmt':
        this.#assign(s);
        return;
      case 'GoStmt':
        this.#goDefer(s.call, 'go', s);
        return;
      case 'DeferStmt':
        this.#goDefer(s.call, 'defer', s);
        return;
      case 'ReturnStmt':
        this.#return(s);
        return;
      case 'BranchStmt':
        if (s.tok === 'fallthrough') {
          this.#emit(`$ft = true;`);
          return;
        }
        if (s.target === undefined) {
          throw new Unsupported(s.pos, `${s.tok} without target`);
        }
        if (s.tok !== 'goto' && this.#leavesRangeFunc(s, s.target)) {
          return;
        }
        if (s.tok === 'goto') {
          const t = this.#gotoTargets.get(s.target);
          if (t !== undefined && t.level !== this.#rangeFuncs.length) {
            throw new Unsupported(s.pos, 'goto out of a range-over-func loop body');
          }
          if (t === undefined) {
            // A forward goto whose block is compiled later cannot happen: the target's block
            // encloses the goto, and its state machine is set up before its statements.
            throw new Unsupported(s.pos, 'goto into a block');
          }
          this.#emit(`${t.pc} = ${t.index}; continue ${t.loop};`);
          return;
        }
        // A loop's body is the block `L_body`: continue leaves it and runs the post statement.
        this.#emit(
          s.tok === 'continue'
            ? `break ${this.#label(s.target)}_body;`
            : `${s.tok} ${this.#label(s.target)};`,
        );
        return;
      case 'BlockStmt':
        this.#block(s.list);
        return;
      case 'IfStmt':
        this.#emit('{');
        this.#indent++;
        if (s.init !== null) {
          this.#stmt(s.init);
        }
        this.#emit(`if (${this.expr(s.cond)}) {`);
        this.#indent++;
        this.#stmts(s.body.list);
        this.#indent--;
        if (s.else_ !== null) {
          this.#emit('} else {');
          this.#indent++;
          this.#stmt(s.else_);
          this.#indent--;
        }
        this.#emit('}');
        this.#indent--;
        this.#emit('}');
        return;
      case 'ForStmt':
        this.#for(s);
        return;
      case 'RangeStmt':
        this.#range(s);
        return;
      case 'SwitchStmt':
        this.#switch(s);
        return;
      case 'TypeSwitchStmt':
        this.#typeSwitch(s);
        return;
      case 'SelectStmt':
        this.#select(s);
        return;
    }
  }

  #declStmt(d: A.GenDecl): void {
    if (d.tok !== 'var') {
      return; // constants are inlined; local types need no code
    }
    for (const spec of d.values) {
      const vars = spec.names.map((n) => n.obj as VarObj);
      for (const v of vars) {
        if (v.name !== '_') {
          const decl = this.#hoisted.has(v) ? '' : 'let ';
          this.#emit(
            `${decl}${this.name(v)} = ${v.boxed ? `$rt.boxArr(${this.T(v.type)}, ${this.zero(v.type)})` : this.zero(v.type)};`,
          );
        }
      }
      this.#varInit(vars, spec.values);
    }
  }

  #constOne(t: Type): A.Expr {
    const u = under(t) as Basic;
    const isF = u.name.startsWith('float') || u.name.startsWith('complex');
    return {
      kind: 'BasicLit',
      pos: { file: { path: '', source: '', position: () => ({ line: 0, column: 0 }) }, offset: 0 },
      lit: 'int',
      raw: '1',
      tv: { mode: 'constant', type: t, value: isF ? floatFromNumber(1) : 1n },
    };
  }

  #assign(s: A.AssignStmt): void {
    if (s.op !== '=' && s.op !== ':=') {
      const l = s.lhs[0] ?? absent('the left-hand side of an assignment');
      const r = s.rhs[0] ?? absent('the right-hand side of an assignment');
      this.#assignOp(l, s.op.slice(0, -1), r, l.tv?.type ?? missing(s));
      return;
    }
    const define = s.op === ':=';
    const declare = (i: number): boolean => define && (s.defines?.[i] ?? false);
    if (s.lhs.length > 1 && s.rhs.length === 1) {
      const r = s.rhs[0] ?? absent('the right-hand side of an assignment');
      const stores = s.lhs.map((l, i) => this.#prepareStore(l, declare(i)));
      const t = this.#temp();
      this.#emit(`const ${t} = ${this.#multi(r, true)};`);
      const types =
        r.tv?.type instanceof Tuple
          ? r.tv.type.vars.map((v) => v.type)
          : [r.tv?.type ?? missing(s), null];
      s.lhs.forEach((l, i) => {
        const lt =
          l.tv?.type ?? (l.kind === 'Ident' && l.obj instanceof VarObj ? l.obj.type : null);
        let v = `${t}[${i}]`;
        const from = types[i];
        if (lt !== null && from !== null && from !== undefined) {
          v = this.convertValue(v, from, lt);
        }
        stores[i]?.(v);
      });
      return;
    }
    if (s.lhs.length === 1) {
      const l = s.lhs[0] ?? absent('the left-hand side of an assignment');
      const r = s.rhs[0] ?? absent('the right-hand side of an assignment');
      const lt = this.#lhsType(l) ?? r.tv?.type ?? missing(s);
      this.#store(l, this.value(r, lt), declare(0));
      return;
    }
    // Parallel assignment (spec: Assignment statements): the left sides' index operands and
    // pointer indirections and the right sides are evaluated first, then stored left to right.
    const stores = s.lhs.map((l, i) => this.#prepareStore(l, declare(i)));
    const temps = s.rhs.map((r, i) => {
      const t = this.#temp();
      const l = s.lhs[i] ?? absent('a left-hand side of an assignment');
      this.#emit(`const ${t} = ${this.value(r, this.#lhsType(l) ?? r.tv?.type ?? missing(s))};`);
      return t;
    });
    stores.forEach((store, i) => {
      store(temps[i] ?? absent('a right-hand side of an assignment'));
    });
  }

  /**
   * The first phase of a multiple assignment: evaluates the operands of the left side `l` into
   * temporaries and returns what stores a value there in the second phase.
   */
  #prepareStore(l: A.Expr, declare: boolean): (v: string) => void {
    const e = unparen(l);
    if (e.kind === 'Ident') {
      return (v) => {
        this.#store(l, v, declare);
      };
    }
    return this.#prepareLocationStore(e);
  }

  /**
   * For a map index expression `m[k]`: its map and key evaluated into temporaries (in Go's
   * order), and the map type; null for any other expression.
   */
  #mapOperands(e: A.Expr): { mt: MapT; m: string; k: string } | null {
    if (e.kind !== 'IndexExpr') {
      return null;
    }
    const mt = under(e.x.tv?.type ?? missing(e));
    if (!(mt instanceof MapT)) {
      return null;
    }
    const m = this.#temp();
    const k = this.#temp();
    this.#emit(
      `const ${m} = ${this.expr(e.x)}, ${k} = ${this.value(e.indices[0] ?? absent('a map index'), mt.key)};`,
    );
    return { mt, m, k };
  }

  /**
   * Evaluates the operands of a map index or another addressable expression (not a plain
   * variable) into temporaries; returns what stores a value there.
   */
  #prepareLocationStore(e: A.Expr): (v: string) => void {
    const t = e.tv?.type ?? missing(e);
    const mapped = this.#mapOperands(e);
    if (mapped !== null) {
      const { mt, m, k } = mapped;
      return (v) => {
        this.#emit(
          `${this.#maps('set')}(${this.#mapT(mt)}, ${m}, ${k}, ${v}${this.#mapAt(mt, 'assign', e)});`,
        );
      };
    }
    const [arr, idx] = this.#location(e);
    if (idx === null) {
      throw new Unsupported(e.pos, 'assignment to this location');
    }
    const a = this.#temp();
    const i = this.#temp();
    this.#emit(`const ${a} = ${arr}, ${i} = ${idx};`);
    const agg = isAggregate(this.rt(t));
    const race = this.#race !== null && this.#shared(e);
    return (v) => {
      const w = race ? this.#acc('w', `$sf, ${a}, ${i}, ${this.#line(e)}, ${v}`, e) : v;
      this.#emit(agg ? `$rt.storeAgg(${this.T(t)}, ${a}, ${i}, ${w});` : `${a}[${i}] = ${w};`);
    };
  }

  #lhsType(l: A.Expr): Type | null {
    if (l.kind === 'Ident' && l.name === '_') {
      return null;
    }
    if (l.kind === 'Ident' && l.obj instanceof VarObj) {
      return l.obj.type;
    }
    return l.tv?.type ?? null;
  }

  /** Stores a value (already converted and copied) into an assignable expression. */
  #store(l: A.Expr, v: string, declare: boolean): void {
    const e = unparen(l);
    if (e.kind === 'Ident') {
      if (e.name === '_') {
        this.#emit(`${v};`);
        return;
      }
      const o = e.obj as VarObj;
      const n = this.name(o);
      if (declare) {
        const decl = this.#hoisted.has(o) ? '' : 'let ';
        this.#emit(
          o.boxed ? `${decl}${n} = $rt.boxArr(${this.T(o.type)}, ${v});` : `${decl}${n} = ${v};`,
        );
      } else if (this.#race !== null && o.boxed) {
        const w = this.#acc('w', `$sf, ${n}, 0, ${this.#line(e)}, ${v}`, e);
        // In place, as Go stores: the old value's memory is what others may be using.
        this.#emit(
          isAggregate(this.rt(o.type))
            ? `$rt.storeAgg(${this.T(o.type)}, ${n}, 0, ${w});`
            : `${n}[0] = ${w};`,
        );
      } else {
        this.#emit(o.boxed ? `${n}[0] = ${v};` : `${n} = ${v};`);
      }
      return;
    }
    this.#prepareLocationStore(e)(v);
  }

  /**
   * The memory cell of an addressable expression as [array code, index code]. A map index
   * expression has none: callers handle map stores before asking for a location.
   */
  #location(e: A.Expr): [string, string | null] {
    switch (e.kind) {
      case 'Ident': {
        const o = e.obj as VarObj;
        if (!o.boxed) {
          throw new Unsupported(e.pos, 'address of an unboxed variable');
        }
        return [this.name(o), '0'];
      }
      case 'StarExpr': {
        const p = this.#scratch();
        return [
          `(${p} = ${this.expr(e.x)}, ${p} === null ? $rt.nilPanic() : ${p}).arr`,
          `${p}.idx`,
        ];
      }
      case 'SelectorExpr': {
        const sel = e.selection;
        if (sel?.kind === 'field') {
          const base = this.#fieldBase(e.x, sel.path, sel.derefs);
          return [base, String(sel.path[sel.path.length - 1])];
        }
        if (sel?.kind === 'pkg') {
          const o = e.sel.obj as VarObj;
          return [this.name(o), o.boxed ? '0' : 'null'];
        }
        throw new Unsupported(e.pos, 'assignment to this selector');
      }
      case 'IndexExpr': {
        const xt = under(e.x.tv?.type ?? missing(e));
        const i = e.indices[0] ?? absent('an index');
        if (xt instanceof Slice) {
          const s = this.#scratch();
          return [
            `(${s} = ${this.expr(e.x)} ?? $nilSlice).arr`,
            `$rt.index(${s}, ${this.expr(i)})`,
          ];
        }
        if (xt instanceof ArrayT) {
          const [a, ix] = this.#arrayLoc(e.x);
          return [`${a}[${ix}]`, `$rt.arrayIndex(${this.expr(i)}, ${xt.len})`];
        }
        if (xt instanceof Pointer) {
          const at = under(xt.elem) as ArrayT;
          return [`$rt.load(${this.expr(e.x)})`, `$rt.arrayIndex(${this.expr(i)}, ${at.len})`];
        }
        if (xt instanceof MapT) {
          throw new Unsupported(e.pos, 'map location');
        }
        throw new Unsupported(e.pos, 'index location');
      }
      default:
        throw new Unsupported(e.pos, `assignment to ${e.kind}`);
    }
  }

  /** The JS array holding an array-typed variable's value, and its index. */
  #arrayLoc(x: A.Expr): [string, string] {
    const e = unparen(x);
    if (e.kind === 'Ident' && e.obj instanceof VarObj && !e.obj.boxed) {
      return [`[${this.name(e.obj)}]`, '0'];
    }
    return this.#location(e) as [string, string];
  }

  /** The struct array reached from x through embedded fields (all but the last step). */
  #fieldBase(x: A.Expr, path: readonly number[], derefs: readonly boolean[]): string {
    let code = this.expr(x);
    const xt = x.tv?.type;
    if (xt !== undefined && under(xt) instanceof Pointer) {
      code = `$rt.load(${code})`;
    }
    for (let i = 0; i < path.length - 1; i++) {
      code = `${code}[${path[i]}]`;
      if (derefs[i] === true) {
        code = `$rt.load(${code})`;
      }
    }
    return code;
  }

  #assignOp(l: A.Expr, op: string, r: A.Expr, t: Type): void {
    const e = unparen(l);
    const mapped = this.#mapOperands(e);
    if (mapped !== null) {
      const { mt, m, k } = mapped;
      if (!this.#instrumenting && op !== '/' && op !== '%') {
        // Go (walk/order.go) compiles this to one mapassign, then updates the elem through the
        // pointer it returns; the right-hand side is computed first. With -race, or when the
        // operator can panic, it is m[k] = m[k] op r: a mapaccess and a mapassign.
        const v = this.#temp();
        this.#emit(`const ${v} = ${op === '<<' || op === '>>' ? this.expr(r) : this.value(r, t)};`);
        this.#emit(
          `${this.#maps('update')}(${this.#mapT(mt)}, ${m}, ${k}, ($old) => ${this.#binop(op, '$old', v, t)}${this.#mapAt(mt, 'assign', e)});`,
        );
        return;
      }
      const cur = `${this.#sync ? '$mapGetS' : 'yield* $mapGet'}(${this.#mapT(mt)}, ${m}, ${k}${this.#mapAt(mt, 'access1', e)})`;
      this.#emit(
        `${this.#maps('set')}(${this.#mapT(mt)}, ${m}, ${k}, ${this.#binop(op, `(${cur})`, this.value(r, t), t)}${this.#mapAt(mt, 'assign', e)});`,
      );
      return;
    }
    if (e.kind === 'Ident' && e.obj instanceof VarObj) {
      const n = e.obj.boxed ? `${this.name(e.obj)}[0]` : this.name(e.obj);
      if (this.#race !== null && e.obj.boxed) {
        this.#preRead(this.name(e.obj), '0', e);
      }
      const v = this.#binop(op, n, op === '<<' || op === '>>' ? this.expr(r) : this.value(r, t), t);
      this.#emit(
        this.#race !== null && e.obj.boxed
          ? `${n} = ${this.#acc('rw', `$sf, ${this.name(e.obj)}, 0, ${this.#line(e)}, ${v}`, e)};`
          : `${n} = ${v};`,
      );
      return;
    }
    const [arr, idx] = this.#location(e);
    const a = this.#temp();
    const i = this.#temp();
    this.#emit(`const ${a} = ${arr}, ${i} = ${idx};`);
    if (this.#race !== null && this.#shared(e)) {
      this.#preRead(a, i, e);
    }
    const v = this.#binop(
      op,
      `${a}[${i}]`,
      op === '<<' || op === '>>' ? this.expr(r) : this.value(r, t),
      t,
    );
    this.#emit(
      this.#race !== null && this.#shared(e)
        ? `${a}[${i}] = ${this.#acc('rw', `$sf, ${a}, ${i}, ${this.#line(e)}, ${v}`, e)};`
        : `${a}[${i}] = ${v};`,
    );
  }

  #goDefer(call: A.Expr, what: 'go' | 'defer', s: A.GoStmt | A.DeferStmt): void {
    const c = unparen(call) as A.CallExpr;
    // Evaluate the function value and arguments now; call later.
    const [fn, args] = this.#callParts(c);
    const f = this.#temp();
    const a = this.#temp();
    this.#emit(`const ${f} = ${fn}, ${a} = [${args.join(', ')}];`);
    if (this.#race !== null) {
      // Go 1.19 runs most go and defer calls inside a wrapper closure, a frame of its own.
      const w = this.#race.wrapper(s);
      const wf = w === null ? f : `$race.wrap(${f}, ${this.k(w)}, ${this.#line(c.lparen ?? c)})`;
      this.#emit(
        what === 'defer'
          ? `$fr.defers.push({ fn: ${wf}, args: ${a} });`
          : `yield* $race.go($sf, ${this.#line(s)}, ${wf}, ${a});`,
      );
      return;
    }
    if (what === 'defer') {
      this.#emit(`$fr.defers.push({ fn: ${f}, args: ${a} });`);
    } else {
      const line = s.pos.file.position(s.pos.offset).line;
      const self = this.#curFunc?.self ?? '';
      const site = this.k({ fn: self, file: s.pos.file, line } satisfies GoSite);
      this.#emit(`yield* $go(${f}, ${a}, ${site});`);
    }
  }

  #return(s: A.ReturnStmt): void {
    const fn = this.#curFunc;
    if (fn === null) {
      throw new Unsupported(s.pos, 'return outside a function');
    }
    const results = fn.results;
    let value: string;
    if (s.results.length === 0) {
      value = this.#resultsExpr(results, 'undefined');
    } else if (s.results.length === 1 && results.length > 1) {
      value = this.#multi(s.results[0] ?? absent('the result of a return statement'));
    } else {
      const vs = s.results.map((r, i) => this.value(r, results[i]?.type ?? missing(s)));
      value = vs.length === 1 ? (vs[0] ?? absent('a result')) : `[${vs.join(', ')}]`;
    }
    this.#emitReturn(value, s.results.length > 0);
  }

  /** Returns `value` (a JS expression) from the function; `explicit`: the statement gave it. */
  #emitReturn(value: string, explicit: boolean): void {
    const fn = this.#curFunc;
    if (fn === null) {
      throw new Error('return outside a function');
    }
    const results = fn.results;
    const body = this.#rangeFuncs.at(-1);
    if (body !== undefined) {
      // Inside a range-over-func loop body: the loop's statement returns, once the iterator
      // has returned.
      this.#emit(`${body.value} = ${value};`);
      this.#exitRangeFunc(body, () => {
        this.#emitReturn(body.value, explicit);
      });
      return;
    }
    if (fn.frame) {
      const named = results.length > 0 && results.every((r) => r.name !== '');
      if (named && explicit) {
        // Results are assigned before deferred calls run (they may change them).
        const t = this.#temp();
        this.#emit(`const ${t} = ${value};`);
        results.forEach((r, i) => {
          const target = r.boxed ? `${this.name(r)}[0]` : this.name(r);
          this.#emit(`${target} = ${results.length === 1 ? t : `${t}[${i}]`};`);
        });
        this.#emit(`$ret = ${t};`);
      } else {
        this.#emit(`$ret = ${value};`);
      }
      this.#emit('break $body;');
      return;
    }
    this.#emit(
      this.#race !== null
        ? `$g.depth--; return $race.ret($g, $sf, ${value});`
        : `$g.depth--; return ${value};`,
    );
  }

  #for(s: A.ForStmt): void {
    const label = this.#label(s);
    this.#emit('{');
    this.#indent++;
    if (s.init !== null) {
      this.#stmt(s.init);
    }
    // go1.22: each iteration has its own copy of the variables the init statement declares; the
    // copy is made before the post statement, which updates the new iteration's variable.
    const vars =
      s.perIteration === true && s.init?.kind === 'AssignStmt' && s.init.op === ':='
        ? s.init.lhs.flatMap((l) =>
            l.kind === 'Ident' && l.obj instanceof VarObj && l.name !== '_' ? [l.obj] : [],
          )
        : [];
    const first = this.#temp();
    if (vars.length > 0) {
      for (const v of vars) {
        const n = this.name(v);
        this.#emit(`let ${n}$next = ${v.boxed ? `${n}[0]` : n};`);
      }
      this.#emit(`let ${first} = true;`);
    }
    this.#emit(`${label}: for (;;) {`);
    this.#indent++;
    this.#emit(this.#tick());
    if (vars.length > 0) {
      for (const v of vars) {
        const n = this.name(v);
        this.#emit(
          `let ${n} = ${v.boxed ? `$rt.boxArr(${this.T(v.type)}, ${n}$next)` : `${n}$next`};`,
        );
      }
      if (s.post !== null) {
        this.#emit(`if (${first}) ${first} = false; else {`);
        this.#indent++;
        this.#stmt(s.post);
        this.#indent--;
        this.#emit('}');
      }
    }
    if (s.cond !== null) {
      this.#emit(`if (!(${this.expr(s.cond)})) break;`);
    }
    this.#emit(`${label}_body: {`);
    this.#indent++;
    this.#stmts(s.body.list);
    this.#indent--;
    this.#emit('}');
    if (vars.length > 0) {
      for (const v of vars) {
        const n = this.name(v);
        this.#emit(`${n}$next = ${v.boxed ? `${n}[0]` : n};`);
      }
    } else if (s.post !== null) {
      this.#stmt(s.post);
    }
    this.#indent--;
    this.#emit('}');
    this.#indent--;
    this.#emit('}');
  }

  /**
   * A branch from a range-over-func loop body to `target`: true when it was compiled here (it
   * leaves the body's yield function, or breaks the body's own loop).
   */
  #leavesRangeFunc(s: A.BranchStmt, target: A.Stmt): boolean {
    const body = this.#rangeFuncs.at(-1);
    const level = this.#levels.get(target) ?? 0;
    if (body === undefined || level === this.#rangeFuncs.length) {
      return false;
    }
    if (target === body.stmt && s.tok === 'continue') {
      return false; // `break L_body` inside the yield function
    }
    if (target === body.stmt) {
      this.#emit(`${body.done} = true; $g.depth--; return false;`);
      return true;
    }
    this.#exitRangeFunc(body, () => {
      this.#stmt(s);
    });
    return true;
  }

  /** Leaves range-over-func body `body` (yield returns false); `then` runs after the loop. */
  #exitRangeFunc(body: RangeFuncBody, then: () => void): void {
    const code = body.exits.length + 1;
    body.exits.push(then);
    this.#emit(`${body.state} = ${code}; ${body.done} = true; $g.depth--; return false;`);
  }

  /**
   * `for k, v := range f` over an iterator function (go1.23): the body becomes the yield
   * function f calls with each element; break, return and branches to outer statements make
   * it return false and are carried out once f has returned.
   */
  #rangeFunc(s: A.RangeStmt): void {
    const label = this.#label(s);
    const it = this.#temp();
    const body: RangeFuncBody = {
      stmt: s,
      state: this.#temp(),
      value: this.#temp(),
      done: this.#temp(),
      exits: [],
    };
    const key = s.key !== null && !(s.key.kind === 'Ident' && s.key.name === '_') ? s.key : null;
    const val =
      s.value !== null && !(s.value.kind === 'Ident' && s.value.name === '_') ? s.value : null;
    this.#emit('{');
    this.#indent++;
    this.#emit(`const ${it} = $rt.callee(${this.expr(s.x)});`);
    this.#emit(`let ${body.state} = 0, ${body.value}, ${body.done} = false;`);
    this.#emit(`yield* ${it}($g, function* ($g, $y0, $y1) {`);
    this.#indent++;
    this.#emit(`$rt.enter($g);`);
    this.#emit(`if (${body.done}) throw $rt.rangeDone();`);
    this.#emit(`${label}_body: {`);
    this.#indent++;
    this.#rangeFuncs.push(body);
    if (key !== null) {
      this.#store(key, '$y0', s.define);
    }
    if (val !== null) {
      this.#store(val, '$y1', s.define);
    }
    this.#stmts(s.body.list);
    this.#rangeFuncs.pop();
    this.#indent--;
    this.#emit('}');
    this.#emit(`$g.depth--;`);
    this.#emit(`return true;`);
    this.#indent--;
    this.#emit(`});`);
    this.#emit(`${body.done} = true;`);
    body.exits.forEach((then, i) => {
      this.#emit(`if (${body.state} === ${i + 1}) {`);
      this.#indent++;
      then();
      this.#indent--;
      this.#emit('}');
    });
    this.#indent--;
    this.#emit('}');
  }

  #range(s: A.RangeStmt): void {
    if (s.rangeFunc === true) {
      this.#rangeFunc(s);
      return;
    }
    const label = this.#label(s);
    const xt = s.x.tv?.type ?? missing(s);
    const u = under(xt);
    const key = s.key !== null && !(s.key.kind === 'Ident' && s.key.name === '_') ? s.key : null;
    const val =
      s.value !== null && !(s.value.kind === 'Ident' && s.value.name === '_') ? s.value : null;
    // Before go1.22 the iteration variables are declared once for the whole loop.
    const perLoop = s.define && s.perIteration !== true;
    const bind = (e: A.Expr | null, v: string): void => {
      if (e === null) {
        return;
      }
      this.#store(e, v, s.define && !perLoop);
    };
    this.#emit('{');
    this.#indent++;
    if (perLoop) {
      for (const e of [key, val]) {
        if (e?.kind === 'Ident' && e.obj instanceof VarObj) {
          const v = e.obj;
          this.#emit(
            `let ${this.name(v)} = ${v.boxed ? `$rt.boxArr(${this.T(v.type)}, ${this.zero(v.type)})` : this.zero(v.type)};`,
          );
        }
      }
    }
    const x = this.#temp();
    if (u instanceof MapT) {
      const it = this.#temp();
      this.#emit(`const ${x} = ${this.expr(s.x)};`);
      this.#emit(
        `const ${it} = ${this.#maps('rangeStart')}(${this.#mapT(u)}, ${x}${this.#mapAt(u, 'iterinit', s)});`,
      );
      this.#emit(
        `${label}: for (; ${it}.ok; ${this.#maps('rangeNext')}(${it}${this.#mapAt(u, 'iternext', s)})) {`,
      );
      this.#indent++;
      this.#emit(this.#tick());
      this.#emit(`${label}_body: {`);
      this.#indent++;
      bind(key, `${it}.key`);
      bind(val, this.#copyIfAgg(`${it}.elem`, u.elem));
      this.#stmts(s.body.list);
    } else if (u instanceof Chan) {
      this.#emit(`const ${x} = ${this.expr(s.x)};`);
      const r = this.#temp();
      this.#emit(`${label}: for (;;) {`);
      this.#indent++;
      this.#emit(`${this.#here(s)}const ${r} = yield* $recv($s, ${x});`);
      this.#emit(`if (!${r}[1]) break;`);
      this.#emit(`${label}_body: {`);
      this.#indent++;
      bind(key, `${r}[0]`);
      this.#stmts(s.body.list);
    } else {
      const i = this.#temp();
      const n = this.#temp();
      if (u instanceof Basic && (u.name === 'string' || u.name === 'untyped string')) {
        const w = this.#temp();
        this.#emit(`const ${x} = ${this.expr(s.x)};`);
        this.#emit(`${label}: for (let ${i} = 0, ${w} = 0; ${i} < ${x}.length; ${i} += ${w}) {`);
        this.#indent++;
        this.#emit(this.#tick());
        const r = this.#temp();
        this.#emit(`const ${r} = $decodeRune(${x}, ${i}); ${w} = ${r}[1];`);
        this.#emit(`${label}_body: {`);
        this.#indent++;
        bind(key, i);
        bind(val, `${r}[0]`);
      } else if (u instanceof Basic) {
        this.#emit(`const ${n} = ${this.expr(s.x)};`);
        this.#emit(`${label}: for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
        this.#indent++;
        this.#emit(this.#tick());
        this.#emit(`${label}_body: {`);
        this.#indent++;
        bind(key, i);
      } else {
        // Slices, arrays, pointers to arrays: the length is evaluated once.
        let get: (i: string) => string;
        if (u instanceof Slice) {
          this.#emit(`const ${x} = ${this.expr(s.x)}, ${n} = ${x} === null ? 0 : ${x}.len;`);
          get = (j) => `${x}.arr[${x}.off + ${j}]`;
        } else if (u instanceof ArrayT) {
          this.#emit(
            `const ${x} = ${val === null ? this.expr(s.x) : this.value(s.x, xt)}, ${n} = ${u.len};`,
          );
          get = (j) => `${x}[${j}]`;
        } else {
          const at = under((u as Pointer).elem) as ArrayT;
          this.#emit(`const ${x} = ${this.expr(s.x)}, ${n} = ${at.len};`);
          get = (j) => `$rt.load(${x})[${j}]`;
        }
        const et =
          u instanceof Slice || u instanceof ArrayT
            ? u.elem
            : (under((u as Pointer).elem) as ArrayT).elem;
        this.#emit(`${label}: for (let ${i} = 0; ${i} < ${n}; ${i}++) {`);
        this.#indent++;
        this.#emit(this.#tick());
        this.#emit(`${label}_body: {`);
        this.#indent++;
        bind(key, i);
        if (this.#race !== null && !(u instanceof ArrayT)) {
          // Each element read from the slice's (or the pointed-to array's) memory.
          const line = this.#line(s);
          const cell =
            u instanceof Slice
              ? ([`${x}.arr`, `${x}.off + ${i}`] as const)
              : ([`$rt.load(${x})`, i] as const);
          bind(
            val,
            isAggregate(this.rt(et))
              ? this.#copyIfAgg(this.#acc('ra', `$sf, ${get(i)}, ${line}`), et)
              : this.#acc('r', `$sf, ${cell[0]}, ${cell[1]}, ${line}`),
          );
        } else {
          bind(val, this.#copyIfAgg(get(i), et));
        }
      }
      this.#stmts(s.body.list);
    }
    this.#indent--;
    this.#emit('}');
    this.#indent--;
    this.#emit('}');
    this.#indent--;
    this.#emit('}');
  }

  #switch(s: A.SwitchStmt): void {
    const label = this.#label(s);
    this.#emit(`${label}: {`);
    this.#indent++;
    if (s.init !== null) {
      this.#stmt(s.init);
    }
    const tag = this.#temp();
    const tt = s.tag?.tv?.type ?? null;
    if (s.tag !== null) {
      this.#emit(`const ${tag} = ${this.expr(s.tag)};`);
    }
    this.#emit(`let $ft = false;`);
    const clauses = s.clauses;
    const matched = this.#temp();
    this.#emit(`let ${matched} = -1;`);
    clauses.forEach((c, i) => {
      if (c.list === null) {
        return;
      }
      const conds = c.list.map((e) =>
        s.tag === null || tt === null ? this.expr(e) : this.#equals(tag, this.value(e, tt), tt),
      );
      this.#emit(`if (${matched} < 0 && (${conds.join(' || ')})) ${matched} = ${i};`);
    });
    const def = clauses.findIndex((c) => c.list === null);
    if (def >= 0) {
      this.#emit(`if (${matched} < 0) ${matched} = ${def};`);
    }
    clauses.forEach((c, i) => {
      this.#emit(`if (${matched} === ${i} || $ft) {`);
      this.#indent++;
      this.#emit(`$ft = false;`);
      this.#block(c.body);
      this.#emit(`if (!$ft) break ${label};`);
      this.#indent--;
      this.#emit('}');
    });
    this.#indent--;
    this.#emit('}');
  }

  #typeSwitch(s: A.TypeSwitchStmt): void {
    const label = this.#label(s);
    this.#emit(`${label}: {`);
    this.#indent++;
    if (s.init !== null) {
      this.#stmt(s.init);
    }
    const x = this.#temp();
    this.#emit(`const ${x} = ${this.expr(s.x)};`);
    const conds = s.clauses.map((c) =>
      c.list === null
        ? 'true'
        : c.list
            .map((te) => {
              if (te.tv?.mode !== 'typexpr') {
                return `${x} === null`;
              }
              const t = te.tv.type;
              const u = under(t);
              if (u instanceof Interface) {
                return `(${x} !== null && $rt.implements(${x}.type, ${this.k(u.allMethods().map((m) => this.#methodKey(m)))}))`;
              }
              return `(${x} !== null && ${x}.type === ${this.T(t)})`;
            })
            .join(' || '),
    );
    const order = s.clauses
      .map((c, i) => ({ c, i }))
      .sort((a, b) => (a.c.list === null ? 1 : 0) - (b.c.list === null ? 1 : 0));
    order.forEach(({ c, i }, k) => {
      this.#emit(`${k === 0 ? '' : 'else '}if (${conds[i]}) {`);
      this.#indent++;
      const v = c.implicit;
      if (v instanceof VarObj && v.name !== '_' && s.binding !== null) {
        const single =
          c.list?.length === 1 && c.list[0]?.tv?.mode === 'typexpr' ? c.list[0].tv.type : null;
        const val = single !== null && !(under(single) instanceof Interface) ? `${x}.value` : x;
        this.#emit(
          v.boxed
            ? `let ${this.name(v)} = $rt.boxArr(${this.T(v.type)}, ${val});`
            : `let ${this.name(v)} = ${val};`,
        );
      }
      this.#stmts(c.body);
      this.#indent--;
      this.#emit('}');
    });
    this.#indent--;
    this.#emit('}');
  }

  #select(s: A.SelectStmt): void {
    const label = this.#label(s);
    this.#emit(`${label}: {`);
    this.#indent++;
    const cases: string[] = [];
    const hasDefault = s.clauses.some((c) => c.comm === null);
    for (const { comm } of s.clauses) {
      if (comm === null) {
        continue;
      }
      if (comm.kind === 'SendStmt') {
        const ct = under(comm.chan.tv?.type ?? missing(comm)) as Chan;
        cases.push(
          `{ dir: 'send', c: ${this.expr(comm.chan)}, value: ${this.value(comm.value, ct.elem)} }`,
        );
      } else {
        const rx = comm.kind === 'ExprStmt' ? comm.x : (comm as A.AssignStmt).rhs[0];
        const ch = (unparen(rx ?? absent('the receive of a select case')) as A.UnaryExpr).x;
        cases.push(`{ dir: 'recv', c: ${this.expr(ch)} }`);
      }
    }
    const r = this.#temp();
    this.#emit(
      `${this.#here(s)}const ${r} = yield* $select($s, [${cases.join(', ')}], ${hasDefault});`,
    );
    let k = 0;
    for (const c of s.clauses) {
      const idx = c.comm === null ? -1 : k++;
      this.#emit(`if (${r}.index === ${idx}) {`);
      this.#indent++;
      const comm = c.comm;
      if (comm !== null && comm.kind === 'AssignStmt') {
        const [l0, l1] = comm.lhs;
        if (l0 !== undefined) {
          this.#store(l0, `${r}.value`, comm.op === ':=' && (comm.defines?.[0] ?? false));
        }
        if (l1 !== undefined) {
          this.#store(l1, `${r}.ok`, comm.op === ':=' && (comm.defines?.[1] ?? false));
        }
      }
      this.#stmts(c.body);
      this.#emit(`break ${label};`);
      this.#indent--;
      this.#emit('}');
    }
    this.#indent--;
    this.#emit('}');
  }

  // ---- expressions ----

  /** Code for a zero value of t. */
  zero(t: Type): string {
    const u = under(t);
    if (u instanceof Basic) {
      if (u.name === 'bool') {
        return 'false';
      }
      if (u.name === 'string') {
        return "''";
      }
      if (u.name.startsWith('complex')) {
        return '{ re: 0, im: 0 }';
      }
      return '0';
    }
    if (u instanceof Struct || u instanceof ArrayT) {
      return `$zero(${this.T(t)})`;
    }
    return 'null';
  }

  /** An expression that may have several results (a call) — the JS value (array for tuples). */
  #multi(e: A.Expr, commaOk = false): string {
    const x = unparen(e);
    if (commaOk && e.tv?.mode === 'commaok') {
      if (x.kind === 'IndexExpr') {
        const mt = under(x.x.tv?.type ?? missing(e)) as MapT;
        const v = this.#scratch();
        return `(${v} = ${this.#maps('get')}(${this.#mapT(mt)}, ${this.expr(x.x)}, ${this.value(x.indices[0] ?? absent('a map index'), mt.key)}${this.#mapAt(mt, 'access2', x)}), ${v} === undefined ? [${this.zero(mt.elem)}, false] : [${this.#copyIfAgg(v, mt.elem)}, true])`;
      }
      if (x.kind === 'UnaryExpr' && x.op === '<-') {
        return `(${this.#here(x, true)}yield* $recv($s, ${this.expr(x.x)}))`;
      }
      if (x.kind === 'TypeAssertExpr') {
        return this.#assertCommaOk(x);
      }
    }
    return this.expr(e);
  }

  /** e converted to type t (interfaces boxed, aggregates copied). */
  value(e: A.Expr, t: Type): string {
    const from = e.tv?.type ?? t;
    let code = this.expr(e);
    if (isAggregate(this.rt(isUntyped(from) ? t : from)) && this.#isLocation(e)) {
      code = `$rt.copy(${this.T(from)}, ${this.#readAgg(e, code)})`;
    }
    return this.convertValue(code, from, t);
  }

  #copyIfAgg(code: string, t: Type): string {
    return isAggregate(this.rt(t)) ? `$rt.copy(${this.T(t)}, ${code})` : code;
  }

  #isLocation(e: A.Expr): boolean {
    const x = unparen(e);
    return (
      x.kind === 'Ident' ||
      x.kind === 'SelectorExpr' ||
      x.kind === 'IndexExpr' ||
      x.kind === 'StarExpr'
    );
  }

  /** Converts a value of type `from` for a location of type `to` (interface boxing). */
  convertValue(code: string, from: Type, to: Type): string {
    if (under(to) instanceof Interface && !(under(from) instanceof Interface)) {
      if (isUntyped(from) && (from as Basic).name === 'untyped nil') {
        return 'null';
      }
      const src = isUntyped(from) ? defaultRt(from) : from;
      return `new $Iface(${this.T(src)}, ${code})`;
    }
    return code;
  }

  expr(e: A.Expr): string {
    const tv = e.tv;
    if (tv?.mode === 'constant' && tv.value !== undefined) {
      return this.#constant(tv.value, tv.type);
    }
    switch (e.kind) {
      case 'ParenExpr':
        return this.expr(e.x);
      case 'Ident':
        return this.#ident(e);
      case 'BasicLit':
        throw new Unsupported(e.pos, 'literal without value');
      case 'FuncLit': {
        const info = e.info;
        if (info === undefined) {
          throw new Unsupported(e.pos, 'function literal');
        }
        return `(${this.#funcBody(info, e.body, `$fn${this.#tmp++}`)})`;
      }
      case 'CompositeLit':
        return this.#composite(e, e.tv?.type ?? missing(e));
      case 'SelectorExpr':
        return this.#selector(e);
      case 'IndexExpr':
        return this.#index(e);
      case 'SliceExpr': {
        const xt = under(e.x.tv?.type ?? missing(e));
        const lo = e.low === null ? '0' : this.expr(e.low);
        const hi = e.high === null ? 'null' : this.expr(e.high);
        const max = e.max === null ? 'null' : this.expr(e.max);
        if (xt instanceof Basic) {
          return `$rt.sliceString(${this.expr(e.x)}, ${lo}, ${hi})`;
        }
        if (xt instanceof ArrayT) {
          const [a, i] = this.#arrayLoc(e.x);
          return `$rt.sliceArray(${a}[${i}], ${lo}, ${hi}, ${max})`;
        }
        if (xt instanceof Pointer) {
          return `$rt.sliceArray($rt.load(${this.expr(e.x)}), ${lo}, ${hi}, ${max})`;
        }
        return `$rt.slice(${this.expr(e.x)}, ${lo}, ${hi}, ${max})`;
      }
      case 'TypeAssertExpr': {
        const t = e.type?.tv?.type ?? missing(e);
        const it = this.T(e.x.tv?.type ?? missing(e));
        const u = under(t);
        if (u instanceof Interface) {
          return `$rt.assertIface(${this.expr(e.x)}, ${this.k(u.allMethods().map((m) => this.#methodKey(m)))}, ${it}, ${this.T(t)})`;
        }
        return `$rt.assertType(${this.expr(e.x)}, ${this.T(t)}, ${it})`;
      }
      case 'CallExpr':
        return this.#call(e);
      case 'StarExpr':
        if (this.#race !== null && !isAggregate(this.rt(e.tv?.type ?? missing(e)))) {
          return this.#acc('load', `$sf, ${this.expr(e.x)}, ${this.#line(e)}`, e);
        }
        return `$rt.load(${this.expr(e.x)})`;
      case 'UnaryExpr':
        return this.#unary(e);
      case 'BinaryExpr':
        return this.#binary(e);
      default:
        throw new Unsupported(e.pos, `expression ${e.kind}`);
    }
  }

  #constant(v: unknown, t: Type): string {
    const u = under(t);
    const name = u instanceof Basic ? u.name : '';
    if (typeof v === 'string') {
      return JSON.stringify(v);
    }
    if (typeof v === 'boolean') {
      return String(v);
    }
    // Exact constants become the nearest float64/float32 (typed ones are rounded already).
    const c = v as ConstValue;
    if (name.startsWith('complex') || name === 'untyped complex') {
      const z = toComplex(c);
      const f = name === 'complex64' ? float32Val : float64Val;
      return `{ re: ${numLit(f(z.re))}, im: ${numLit(f(z.im))} }`;
    }
    if (name.startsWith('float') || name === 'untyped float') {
      return numLit(name === 'float32' ? float32Val(c) : float64Val(c));
    }
    const i = toInt(c);
    if (i === null) {
      return numLit(float64Val(c));
    }
    return i >= -9007199254740991n && i <= 9007199254740991n ? `${i}` : `${i}n`;
  }

  #ident(e: A.Ident): string {
    const o = e.obj;
    if (o === undefined) {
      throw new Unsupported(e.pos, `unresolved ${e.name}`);
    }
    switch (o.kind) {
      case 'Var':
        if (this.#race !== null && o.boxed) {
          return this.#read(e, this.name(o), '0', o.type);
        }
        return o.boxed ? `${this.name(o)}[0]` : this.name(o);
      case 'Func':
        return this.name(o);
      case 'Nil':
        return 'null';
      case 'Const':
        return this.#constant(o.value, o.type);
      default:
        throw new Unsupported(e.pos, `use of ${o.kind} ${e.name}`);
    }
  }

  #composite(e: A.CompositeLit, t: Type): string {
    const u = under(t);
    if (u instanceof Pointer) {
      return `$rt.box(${this.T(u.elem)}, ${this.#composite(e, u.elem)})`;
    }
    if (u instanceof Struct) {
      const vals = u.fields.map((f) => this.zero(f.type));
      e.elts.forEach((el, i) => {
        const idx =
          el.key !== null && el.key.kind === 'Ident'
            ? u.fields.findIndex((f) => f.name === (el.key as A.Ident).name)
            : i;
        const f = u.fields[idx];
        if (f !== undefined) {
          vals[idx] = this.#elem(el.value, f.type);
        }
      });
      return `[${vals.join(', ')}]`;
    }
    if (u instanceof ArrayT || u instanceof Slice) {
      const et = u.elem;
      let idx = 0;
      let n = 0;
      const parts: [number, string][] = [];
      for (const el of e.elts) {
        if (el.key !== null) {
          idx = Number(el.key.tv?.value ?? 0);
        }
        parts.push([idx, this.#elem(el.value, et)]);
        idx++;
        n = Math.max(n, idx);
      }
      const len = u instanceof ArrayT ? u.len : n;
      const dense = parts.length === len && parts.every(([i], k) => i === k);
      const arr = dense
        ? `[${parts.map(([, v]) => v).join(', ')}]`
        : `$fillArr(${this.T(et)}, ${len}, [${parts.map(([i, v]) => `[${i}, ${v}]`).join(', ')}])`;
      if (u instanceof ArrayT) {
        return arr;
      }
      return `$newSlice(${this.T(et)}, ${arr})`;
    }
    if (u instanceof MapT) {
      const m = this.#scratch();
      const sets = e.elts.map(
        (el) =>
          `${this.#maps('set')}(${this.#mapT(u)}, ${m}, ${this.#elem(el.key ?? absent('the key of a map literal element'), u.key)}, ${this.#elem(el.value, u.elem)}${this.#mapAt(u, 'assign', el.value)})`,
      );
      return `(${m} = $makeMap(${this.#mapT(u)}, ${e.elts.length}), ${sets.length > 0 ? `${sets.join(', ')}, ` : ''}${m})`;
    }
    throw new Unsupported(e.pos, `composite literal of ${u.kind}`);
  }

  #elem(v: A.Expr, t: Type): string {
    if (v.kind === 'CompositeLit' && v.type === null) {
      return this.#composite(v, t);
    }
    return this.value(v, t);
  }

  #mapT(t: MapT): string {
    return this.k(mapType(this.rt(t)));
  }

  // ---- race builds ----

  /** The line of a node (or position), for race reports. */
  #line(n: { readonly pos: A.Pos } | A.Pos): number {
    const p = 'file' in n ? n : n.pos;
    return p.file.position(p.offset).line;
  }

  /**
   * Whether the memory of an addressable expression may be shared between goroutines (a race
   * build instruments its accesses): a package or captured variable, anything reached through
   * a pointer or a slice, and the fields and elements of those.
   */
  #shared(e: A.Expr): boolean {
    const x = unparen(e);
    switch (x.kind) {
      case 'Ident':
        return x.obj instanceof VarObj && x.obj.boxed;
      case 'StarExpr':
        return true;
      case 'SelectorExpr': {
        const sel = x.selection;
        if (sel?.kind === 'pkg') {
          return x.sel.obj instanceof VarObj && x.sel.obj.boxed;
        }
        if (sel?.kind !== 'field') {
          return false;
        }
        const xt = x.x.tv?.type;
        return (
          sel.derefs.some((d) => d) ||
          (xt !== undefined && under(xt) instanceof Pointer) ||
          this.#shared(x.x)
        );
      }
      case 'IndexExpr': {
        const xt = x.x.tv?.type;
        const u = xt === undefined ? null : under(xt);
        return (
          u instanceof Slice || u instanceof Pointer || (u instanceof ArrayT && this.#shared(x.x))
        );
      }
      default:
        return false;
    }
  }

  /**
   * An instrumented access: the race runtime's call `m(args)`, or in an exploration build its
   * generator `pm(args)`, which first yields the access as a scheduling point.
   */
  #acc(m: string, args: string, what?: A.Expr | string): string {
    if (!this.#preempting) {
      return `$race.${m}(${args})`;
    }
    // Traces name the variable, field or element the access is to.
    const name =
      what === undefined ? '' : `, ${this.k(typeof what === 'string' ? what : describe(what))}`;
    return `(yield* $race.p${m}(${args}${name}))`;
  }

  /**
   * An exploration build's scheduling point before the read of an `x op= v` (whose write is
   * another point), so that another goroutine can run between the read and the write.
   */
  #preRead(arr: string, idx: string, n: A.Expr): void {
    if (this.#preempting) {
      this.#emit(
        `yield* $race.pread($sf, ${arr}, ${idx}, ${this.#line(n)}, ${this.k(describe(n))});`,
      );
    }
  }

  /**
   * An exploration build's note of the line a channel operation is at (where a goroutine
   * blocked in it is reported): a statement, or with `inExpr` the start of a comma expression.
   */
  #here(n: { readonly pos: A.Pos }, inExpr = false): string {
    if (!this.#preempt || this.#race === null) {
      return '';
    }
    return inExpr ? `$sf.l = ${this.#line(n)}, ` : `$sf.l = ${this.#line(n)}; `;
  }

  /** A race build's read of arr[idx], a cell of type t (aggregates are read where copied). */
  #read(n: A.Expr, arr: string, idx: string, t: Type): string {
    if (isAggregate(this.rt(t))) {
      return `${arr}[${idx}]`;
    }
    return this.#acc('r', `$sf, ${arr}, ${idx}, ${this.#line(n)}`, n);
  }

  /** A race build's read of a whole aggregate at location e (its code), when it may be shared. */
  #readAgg(e: A.Expr, code: string): string {
    return this.#race !== null && this.#shared(e)
      ? this.#acc('ra', `$sf, ${code}, ${this.#line(e)}`)
      : code;
  }

  /** A race build's map operation position argument (`, at`); nothing in a normal build. */
  #mapAt(t: MapT, op: MapOpKind, n: { readonly pos: A.Pos }): string {
    if (this.#race === null) {
      return '';
    }
    const f = mapRaceFunc(this.rt(t), op);
    return `, $race.at($sf, ${this.#line(n)}, ${this.k(f)})`;
  }

  #selector(e: A.SelectorExpr): string {
    const sel = e.selection;
    if (sel === undefined) {
      throw new Unsupported(e.pos, 'selector');
    }
    switch (sel.kind) {
      case 'pkg': {
        const o = e.sel.obj;
        if (o instanceof VarObj) {
          if (this.#race !== null && o.boxed) {
            return this.#read(e, this.name(o), '0', o.type);
          }
          return o.boxed ? `${this.name(o)}[0]` : this.name(o);
        }
        if (o instanceof FuncObj) {
          return this.name(o);
        }
        if (o instanceof ConstObj) {
          return this.#constant(o.value, o.type);
        }
        throw new Unsupported(e.pos, 'package member');
      }
      case 'field': {
        const base = this.#fieldBase(e.x, sel.path, sel.derefs);
        const idx = String(sel.path[sel.path.length - 1]);
        if (this.#race !== null && this.#shared(e)) {
          return this.#read(e, base, idx, sel.field.type);
        }
        return `${base}[${idx}]`;
      }
      case 'method': {
        // A method value: the receiver is evaluated (and copied) now.
        const [fn, recv] = this.#methodParts(e);
        const body = this.#origMethod(sel.method).decl?.body;
        if (this.#race !== null && !sel.iface && body !== undefined && body !== null) {
          // Go calls it through an autogenerated M-fm function, a frame in traces.
          const w = this.#race.func(body);
          return `$race.fm(${fn}, ${this.k({ name: `${w.name}-fm`, file: '<autogenerated>', line: 1 })}, ${recv})`;
        }
        // The receiver is evaluated (and copied) when the method value is.
        // The function first: for an interface it is looked up (and a nil interface panics) as
        // the method value is evaluated, and the receiver code reads what that lookup saved.
        return `((f, r) => function*($g, ...a) { return yield* f($g, r, ...a); })(${fn}, ${recv})`;
      }
      case 'methodExpr': {
        const m = sel.method;
        if (under(sel.recvType) instanceof Interface) {
          return `(function*($g, x, ...a) { return yield* $rt.imethod(x, ${JSON.stringify(m.name)})($g, x.value, ...a); })`;
        }
        if (sel.promoted || (under(sel.recvType) instanceof Pointer && !m.ptrRecv)) {
          // (*T).ValueMethod, or a method promoted from an embedded field: the receiver type's
          // method set has it, with the dereference or the walk to the field built in.
          return `(function*($g, x, ...a) { const i = new $Iface(${this.T(sel.recvType)}, x); return yield* $rt.imethod(i, ${JSON.stringify(m.name)})($g, i.value, ...a); })`;
        }
        return this.#methodFunc(m, sel.recvType);
      }
    }
  }

  /** [function code, receiver code] of a method selector x.m. */
  #methodParts(e: A.SelectorExpr): [string, string] {
    const sel = e.selection;
    if (sel?.kind !== 'method') {
      throw new Unsupported(e.pos, 'method');
    }
    const m = sel.method;
    let xt = e.x.tv?.type ?? missing(e);
    // Walk embedded fields to the receiver.
    let recv: string;
    if (sel.path.length > 0) {
      let code = this.expr(e.x);
      if (under(xt) instanceof Pointer) {
        code = `$rt.load(${code})`;
      }
      let st = under(xt) instanceof Pointer ? (under(xt) as Pointer).elem : xt;
      for (const [i, index] of sel.path.entries()) {
        const f = (under(st) as Struct).fields[index];
        if (f === undefined) {
          throw new Unsupported(e.pos, 'embedded path');
        }
        code = `${code}[${index}]`;
        st = f.type;
        if (i < sel.path.length - 1 && sel.derefs[i] === true) {
          code = `$rt.load(${code})`;
          st = (under(f.type) as Pointer).elem;
        }
      }
      xt = st;
      recv = code;
      if (m.ptrRecv && !(under(xt) instanceof Pointer)) {
        // Address of the embedded field.
        const inner = recv.slice(0, recv.lastIndexOf('['));
        const idx = sel.path[sel.path.length - 1];
        recv = `$rt.ptr(${inner}, ${idx})`;
      }
    } else if (m.ptrRecv && !sel.iface && !(under(xt) instanceof Pointer)) {
      const [a, i] = this.#location(unparen(e.x));
      recv = `$rt.ptr(${a}, ${i})`;
    } else {
      recv = this.expr(e.x);
    }
    if (sel.iface && !(under(xt) instanceof Interface)) {
      // A method of a type parameter's constraint: in this instance the receiver has a concrete
      // type, whose method set (promoted methods included) the interface dispatch finds.
      const ct = inst(xt);
      const v = isAggregate(this.rt(ct)) ? `$rt.copy(${this.T(ct)}, ${recv})` : recv;
      recv = `new $Iface(${this.T(ct)}, ${v})`;
    }
    if (sel.iface) {
      const r = this.#scratch();
      return [`$rt.imethod((${r} = ${recv}), ${JSON.stringify(m.name)})`, `${r}.value`];
    }
    if (!m.ptrRecv && under(xt) instanceof Pointer) {
      const rt = (under(xt) as Pointer).elem;
      const line = this.#line(e);
      recv =
        this.#race === null
          ? `$rt.copy(${this.T(rt)}, $rt.load(${recv}))`
          : isAggregate(this.rt(rt))
            ? `$rt.copy(${this.T(rt)}, ${this.#acc('ra', `$sf, $rt.load(${recv}), ${line}`)})`
            : `$rt.copy(${this.T(rt)}, ${this.#acc('load', `$sf, ${recv}, ${line}`)})`;
    } else if (!m.ptrRecv && isAggregate(this.rt(xt))) {
      recv =
        this.#race !== null &&
        (this.#shared(e.x) ||
          sel.derefs.some((d) => d) ||
          under(e.x.tv?.type ?? xt) instanceof Pointer)
          ? `$rt.copy(${this.T(xt)}, ${this.#acc('ra', `$sf, ${recv}, ${this.#line(e)}`)})`
          : `$rt.copy(${this.T(xt)}, ${recv})`;
    }
    const base = m.decl === null ? null : m;
    if (base === null) {
      throw new Unsupported(e.pos, `method ${m.name} without body`);
    }
    return [this.#methodFunc(m, xt), recv];
  }

  /** The declared method behind m (instantiated methods are copies with substituted types). */
  #origMethod(m: FuncObj): FuncObj {
    return m.decl === null ? m : (this.#declared.get(m.decl) ?? m);
  }

  /** Each function declaration's own FuncObj, from the packages' function lists. */
  readonly #declared = new Map<A.FuncDecl, FuncObj>();

  #index(e: A.IndexExpr): string {
    if (e.tv?.type instanceof Signature || under(e.tv?.type ?? missing(e)) instanceof Signature) {
      // F[int, string] as a function value: the instance.
      const fn = this.#genericCallee(
        e,
        e.indices.map((i) => i.tv?.type ?? missing(i)),
      );
      if (fn !== null) {
        return fn;
      }
    }
    const xt = under(e.x.tv?.type ?? missing(e));
    const i = e.indices[0] ?? absent('an index');
    if (xt instanceof MapT) {
      const v = this.#scratch();
      return `(${v} = ${this.#maps('get')}(${this.#mapT(xt)}, ${this.expr(e.x)}, ${this.value(i, xt.key)}${this.#mapAt(xt, 'access1', e)}), ${v} === undefined ? ${this.zero(xt.elem)} : ${v})`;
    }
    const et = e.tv?.type;
    if (this.#race !== null && et !== undefined && this.#shared(e)) {
      if (xt instanceof Slice) {
        const s = this.#scratch();
        return this.#read(
          e,
          `(${s} = ${this.expr(e.x)} ?? $nilSlice).arr`,
          `$rt.index(${s}, ${this.expr(i)})`,
          et,
        );
      }
      if (xt instanceof ArrayT) {
        return this.#read(e, this.expr(e.x), `$rt.arrayIndex(${this.expr(i)}, ${xt.len})`, et);
      }
      if (xt instanceof Pointer) {
        const at = under(xt.elem) as ArrayT;
        return this.#read(
          e,
          `$rt.load(${this.expr(e.x)})`,
          `$rt.arrayIndex(${this.expr(i)}, ${at.len})`,
          et,
        );
      }
    }
    if (xt instanceof Slice) {
      const s = this.#scratch();
      return `(${s} = ${this.expr(e.x)} ?? $nilSlice).arr[$rt.index(${s}, ${this.expr(i)})]`;
    }
    if (xt instanceof ArrayT) {
      return `${this.expr(e.x)}[$rt.arrayIndex(${this.expr(i)}, ${xt.len})]`;
    }
    if (xt instanceof Pointer) {
      const at = under(xt.elem) as ArrayT;
      return `$rt.load(${this.expr(e.x)})[$rt.arrayIndex(${this.expr(i)}, ${at.len})]`;
    }
    if (xt instanceof Basic) {
      return `$rt.strIndex(${this.expr(e.x)}, ${this.expr(i)})`;
    }
    if (xt instanceof Signature) {
      return this.expr(e.x); // an instantiated generic function
    }
    throw new Unsupported(e.pos, `indexing ${xt.kind}`);
  }

  #unary(e: A.UnaryExpr): string {
    const t = e.tv?.type ?? missing(e);
    switch (e.op) {
      case '&': {
        const x = unparen(e.x);
        if (x.kind === 'CompositeLit') {
          const et = x.tv?.type ?? missing(e);
          return `$rt.box(${this.T(et)}, ${this.#composite(x, et)})`;
        }
        const [a, i] = this.#location(x);
        return `$rt.ptr(${a}, ${i})`;
      }
      case '<-':
        return `(${this.#here(e, true)}yield* $recv($s, ${this.expr(e.x)}))[0]`;
      case '!':
        return `!${this.expr(e.x)}`;
      case '+':
        return this.expr(e.x);
      case '-': {
        // A float's -x is -0 - x: 0 - x would lose the sign of a zero.
        const u = under(t);
        const n = u instanceof Basic ? u.name : '';
        const zero =
          n.startsWith('float') || n === 'untyped float'
            ? '-0'
            : n.startsWith('complex')
              ? '{ re: -0, im: -0 }'
              : this.#constant(0n, t);
        return this.#arith('-', zero, this.expr(e.x), t);
      }
      case '^': {
        const u = under(t) as Basic;
        const bits = intBits[u.name] ?? 64;
        const signed = !u.name.startsWith('u');
        if (bits <= 32) {
          return `$wrap(~${this.expr(e.x)}, ${bits}, ${signed})`;
        }
        return `$wrap(~BigInt(${this.expr(e.x)}), 64, ${signed})`;
      }
    }
  }

  #binary(e: A.BinaryExpr): string {
    const op = e.op;
    if (op === '&&' || op === '||') {
      return `(${this.expr(e.x)} ${op} ${this.expr(e.y)})`;
    }
    const xt = e.x.tv?.type ?? missing(e);
    const yt = e.y.tv?.type ?? missing(e);
    if (['==', '!=', '<', '<=', '>', '>='].includes(op)) {
      let ot = xt;
      if (isUntyped(xt) && (xt as Basic).name === 'untyped nil') {
        ot = yt;
      }
      const x = this.value(e.x, ot);
      const y = this.value(e.y, ot);
      if (op === '==' || op === '!=') {
        const eq = this.#equals(
          x,
          y,
          under(yt) instanceof Interface && !(under(xt) instanceof Interface) ? yt : ot,
        );
        return op === '==' ? eq : `!${eq}`;
      }
      const u = under(ot) as Basic;
      if (intBits[u.name] === 64) {
        return `(${x} ${op} ${y})`; // number/bigint comparisons are exact in JS
      }
      return `(${x} ${op} ${y})`;
    }
    return this.#binop(op, this.expr(e.x), this.expr(e.y), e.tv?.type ?? xt);
  }

  #equals(x: string, y: string, t: Type): string {
    const u = under(t);
    if (u instanceof Basic) {
      if (u.name.startsWith('complex')) {
        return `$rt.equal(${this.T(t)}, ${x}, ${y})`;
      }
      if (u.name === 'unsafe.Pointer') {
        return `$ptrEq(${x}, ${y})`;
      }
      return `(${x} === ${y})`;
    }
    if (u instanceof Interface) {
      return `$rt.ifaceEqual(${x}, ${y})`;
    }
    if (u instanceof Pointer) {
      return `$ptrEq(${x}, ${y})`;
    }
    if (u instanceof Struct || u instanceof ArrayT) {
      return `$rt.equal(${this.T(t)}, ${x}, ${y})`;
    }
    return `(${x} === ${y})`;
  }

  #binop(op: string, x: string, y: string, t: Type): string {
    const u = under(t);
    if (!(u instanceof Basic)) {
      throw new Error(`operator ${op} on ${u.kind}`);
    }
    if (op === '<<' || op === '>>') {
      const bits = intBits[u.name] ?? 64;
      const signed = !u.name.startsWith('u');
      return `$rt.${op === '<<' ? 'shl' : 'shr'}(${x}, ${y}, ${bits}, ${signed})`;
    }
    return this.#arith(op, x, y, t);
  }

  #arith(op: string, x: string, y: string, t: Type): string {
    const u = under(t) as Basic;
    const name = u.name;
    if (name === 'string' || name === 'untyped string') {
      return `(${x} + ${y})`;
    }
    if (name === 'float64' || name === 'untyped float') {
      return `(${x} ${op} ${y})`;
    }
    if (name === 'float32') {
      return `Math.fround(${x} ${op} ${y})`;
    }
    if (name.startsWith('complex')) {
      return `$complex(${JSON.stringify(op)}, ${x}, ${y}, ${name === 'complex64'})`;
    }
    const bits = intBits[name] ?? 64;
    const signed = !name.startsWith('u');
    if (bits === 64) {
      switch (op) {
        case '+':
          return `$rt.add64(${x}, ${y}, ${signed})`;
        case '-':
          return `$rt.sub64(${x}, ${y}, ${signed})`;
        case '*':
          return `$rt.mul64(${x}, ${y}, ${signed})`;
        case '/':
          return `$rt.div64(${x}, ${y}, ${signed})`;
        case '%':
          return `$rt.rem64(${x}, ${y}, ${signed})`;
        default:
          return `$rt.bit64(${JSON.stringify(op)}, ${x}, ${y}, ${signed})`;
      }
    }
    switch (op) {
      case '/':
        return `$rt.div32(${x}, ${y}, ${bits}, ${signed})`;
      case '%':
        return `$rt.rem32(${x}, ${y})`;
      case '*':
        return `$wrap(Math.imul(${x}, ${y}), ${bits}, ${signed})`;
      case '&^':
        return `$wrap(${x} & ~${y}, ${bits}, ${signed})`;
      default:
        return `$wrap(${x} ${op} ${y}, ${bits}, ${signed})`;
    }
  }

  // ---- calls ----

  #call(e: A.CallExpr): string {
    const info = e.call;
    if (info?.kind === 'conversion') {
      return this.#conversion(e);
    }
    if (info?.kind === 'builtin') {
      return this.#builtin(e, info.name);
    }
    const [fn, args] = this.#callParts(e);
    if (this.#race !== null) {
      // The call's line in the caller's frame, set once the arguments are computed.
      const all = ['$g', ...args];
      const last = all.length - 1;
      all[last] = `$race.c($sf, ${this.#line(e.lparen ?? e)}, ${all[last] ?? '$g'})`;
      return `(yield* ${fn}(${all.join(', ')}))`;
    }
    if (this.#sync) {
      // A callee SyncFuncs found can run plain: its plain twin.
      const c = this.#plainCallee(e);
      if (c === null) {
        throw new Error('a plain function calls what it cannot know');
      }
      return `${this.#twinName(c)}($g${args.map((a) => `, ${a}`).join('')})`;
    }
    return `(yield* ${fn}($g${args.map((a) => `, ${a}`).join('')}))`;
  }

  /** [function code, argument codes] of a call, arguments converted to the parameters. */
  #callParts(e: A.CallExpr): [string, string[]] {
    const f = unparen(e.fun);
    let fn: string;
    const args: string[] = [];
    if (f.kind === 'SelectorExpr' && f.selection?.kind === 'method') {
      const [m, recv] = this.#methodParts(f);
      fn = m;
      args.push(recv);
    } else if (e.call?.kind === 'builtin') {
      // defer/go of a builtin: wrap it in a function.
      const name = e.call.name;
      const inner: A.CallExpr = { ...e };
      fn = `(function*($g) { ${this.#builtin(inner, name)}; })`;
      return [fn, []];
    } else {
      const generic = this.#genericCallee(f, e.call?.kind === 'call' ? e.call.typeArgs : null);
      const isFunc =
        (f.kind === 'Ident' && f.obj instanceof FuncObj) ||
        (f.kind === 'SelectorExpr' && f.selection?.kind === 'pkg' && f.sel.obj instanceof FuncObj);
      // A call of a func value panics when the value is nil.
      fn = generic ?? (isFunc ? this.expr(f) : `$rt.callee(${this.expr(f)})`);
    }
    const sig = under(e.fun.tv?.type ?? missing(e)) as Signature;
    const params = sig.params.vars;
    const a0 = e.args[0];
    if (e.args.length === 1 && a0 !== undefined && a0.tv?.type instanceof Tuple) {
      const t = this.#scratch();
      const tuple = a0.tv.type;
      const spread = tuple.vars.map((v, i) =>
        this.convertValue(`${t}[${i}]`, v.type, paramAt(sig, i) ?? v.type),
      );
      let spreadArgs = spread;
      if (sig.variadic) {
        const nfixed = params.length - 1;
        const last = params[params.length - 1]?.type as Slice;
        const rest = spread.slice(nfixed);
        spreadArgs = [
          ...spread.slice(0, nfixed),
          rest.length === 0 ? 'null' : `$newSlice(${this.T(last.elem)}, [${rest.join(', ')}])`,
        ];
      }
      // The call f(g()) evaluates g() before the first argument is read.
      const [first, ...others] = spreadArgs;
      args.push(`(${t} = ${this.expr(a0)}, ${first ?? 'undefined'})`, ...others);
      return [fn, args];
    }
    if (sig.variadic && !e.ellipsis) {
      const nfixed = params.length - 1;
      e.args
        .slice(0, nfixed)
        .forEach((a, i) => args.push(this.value(a, params[i]?.type ?? missing(a))));
      const last = params[params.length - 1]?.type as Slice;
      const rest = e.args.slice(nfixed).map((a) => this.value(a, last.elem));
      args.push(
        rest.length === 0 ? 'null' : `$newSlice(${this.T(last.elem)}, [${rest.join(', ')}])`,
      );
    } else {
      e.args.forEach((a, i) => args.push(this.value(a, params[i]?.type ?? missing(a))));
    }
    return [fn, args];
  }

  #conversion(e: A.CallExpr): string {
    const to = e.tv?.type ?? missing(e);
    const arg = e.args[0] ?? absent('the argument of a conversion');
    const from = arg.tv?.type ?? to;
    const x = this.expr(arg);
    const tu = under(to);
    const fu = under(from);
    if (tu instanceof Interface) {
      return this.convertValue(x, from, to);
    }
    const unsafeTo = tu instanceof Basic && tu.name === 'unsafe.Pointer';
    const unsafeFrom = fu instanceof Basic && fu.name === 'unsafe.Pointer';
    if (unsafeTo || unsafeFrom) {
      if (unsafeTo && unsafeFrom) {
        return x;
      }
      if (fu instanceof Pointer) {
        return `$rt.toUnsafe(${x}, ${this.T(fu.elem)})`;
      }
      if (tu instanceof Pointer) {
        return `$rt.fromUnsafe(${x}, ${this.T(tu.elem)})`;
      }
      return unsafeTo ? `$rt.uintptrToUnsafe(${x})` : `$rt.unsafeToUintptr(${x})`;
    }
    if (tu instanceof Basic && fu instanceof Basic) {
      const tb = intBits[tu.name];
      const fb = intBits[fu.name];
      if (tu.name === 'string') {
        if (fb !== undefined) {
          return `$encodeRune(Number(${x}))`;
        }
        return x;
      }
      if (tb !== undefined) {
        const signed = !tu.name.startsWith('u');
        if (fb !== undefined) {
          return tb === fb && signed === !fu.name.startsWith('u')
            ? x
            : `$wrap(${x}, ${tb}, ${signed})`;
        }
        return `$rt.floatToInt(${x}, ${tb}, ${signed})`;
      }
      if (tu.name === 'float64') {
        return fb !== undefined ? `Number(${x})` : x;
      }
      if (tu.name === 'float32') {
        return `Math.fround(Number(${x}))`;
      }
      return x;
    }
    if (tu instanceof Basic && tu.name === 'string' && fu instanceof Slice) {
      const eu = under(fu.elem) as Basic;
      if (eu.name === 'uint8' && this.#race !== null) {
        return this.#acc('bytesToString', `$sf, ${this.#line(e)}, ${x}`);
      }
      return eu.name === 'uint8' ? `$rt.bytesToString(${x})` : `$runesToString(${x})`;
    }
    if (tu instanceof Slice && fu instanceof Basic) {
      const eu = under(tu.elem) as Basic;
      return eu.name === 'uint8'
        ? `$rt.stringToBytes(${this.T(tu.elem)}, ${x})`
        : `$stringToRunes(${this.T(tu.elem)}, ${x})`;
    }
    if (tu instanceof Pointer && fu instanceof Slice) {
      const at = under(tu.elem);
      if (at instanceof ArrayT) {
        return `$rt.sliceToArrayPtr(${x}, ${at.len})`;
      }
    }
    return this.#isLocation(arg) && isAggregate(this.rt(from))
      ? `$rt.copy(${this.T(from)}, ${this.#readAgg(arg, x)})`
      : x;
  }

  #assertCommaOk(x: A.TypeAssertExpr): string {
    const t = x.type?.tv?.type ?? missing(x);
    const u = under(t);
    const v = this.#scratch();
    if (u instanceof Interface) {
      return `(${v} = ${this.expr(x.x)}, ${v} !== null && $rt.implements(${v}.type, ${this.k(u.allMethods().map((m) => this.#methodKey(m)))}) ? [${v}, true] : [null, false])`;
    }
    return `(${v} = ${this.expr(x.x)}, ${v} !== null && ${v}.type === ${this.T(t)} ? [${v}.value, true] : [${this.zero(t)}, false])`;
  }

  #builtin(e: A.CallExpr, name: string): string {
    const a = (i: number): A.Expr => e.args[i] ?? absent(`argument ${i} of ${name}`);
    switch (name) {
      case 'unsafe.Add':
        return `$rt.unsafeAdd(${this.expr(a(0))}, ${this.expr(a(1))})`;
      case 'unsafe.Slice':
        return `$rt.unsafeSlice(${this.expr(a(0))}, Number(${this.expr(a(1))}))`;
      case 'len':
      case 'cap': {
        const t = under(a(0).tv?.type ?? missing(e));
        const x = this.expr(a(0));
        if (t instanceof Basic) {
          return `${x}.length`;
        }
        if (t instanceof Slice) {
          return `$len(${x}, ${JSON.stringify(name)})`;
        }
        if (t instanceof MapT) {
          return this.#race !== null
            ? this.#acc('mapLen', `$sf, ${x}, ${this.#line(e)}`)
            : `$mapLen(${x})`;
        }
        if (t instanceof Chan) {
          return name === 'len'
            ? `(${x} === null ? 0 : ${x}.len)`
            : `(${x} === null ? 0 : ${x}.cap)`;
        }
        if (t instanceof ArrayT) {
          return `${t.len}`;
        }
        throw new Unsupported(e.pos, `${name} of ${t.kind}`);
      }
      case 'append': {
        const st = e.tv?.type ?? missing(e);
        const et = (under(st) as Slice).elem;
        const s = this.value(a(0), st);
        if (e.ellipsis) {
          const y = a(1);
          const yt = under(y.tv?.type ?? missing(e));
          const elems =
            yt instanceof Basic
              ? `Array.from(${this.expr(y)}, (c) => c.charCodeAt(0))`
              : `$rt.elems(${this.expr(y)})`;
          return this.#race !== null
            ? this.#acc('append', `$sf, ${this.#line(e)}, ${this.T(et)}, ${s}, ${elems}`)
            : `$rt.append(${this.T(et)}, ${s}, ${elems})`;
        }
        const vs = `[${e.args
          .slice(1)
          .map((x) => this.value(x, et))
          .join(', ')}]`;
        return this.#race !== null
          ? this.#acc('append', `$sf, ${this.#line(e)}, ${this.T(et)}, ${s}, ${vs}`)
          : `$rt.append(${this.T(et)}, ${s}, ${vs})`;
      }
      case 'make': {
        const t = a(0).tv?.type ?? missing(e);
        const u = under(t);
        if (u instanceof Slice) {
          return `$rt.makeSlice(${this.T(u.elem)}, ${this.expr(a(1))}, ${e.args.length > 2 ? this.expr(a(2)) : 'null'})`;
        }
        if (u instanceof MapT) {
          return `$makeMap(${this.#mapT(u)}, ${e.args.length > 1 ? this.expr(a(1)) : '0'})`;
        }
        if (u instanceof Chan) {
          return `$makeChan(${e.args.length > 1 ? this.expr(a(1)) : '0'}, ${this.zero(u.elem)})`;
        }
        throw new Unsupported(e.pos, 'make');
      }
      case 'new': {
        const t = a(0).tv?.type ?? missing(e);
        return `$rt.box(${this.T(t)}, ${this.zero(t)})`;
      }
      case 'delete': {
        const mt = under(a(0).tv?.type ?? missing(e)) as MapT;
        return `(${this.#maps('delete')}(${this.#mapT(mt)}, ${this.expr(a(0))}, ${this.value(a(1), mt.key)}${this.#mapAt(mt, 'delete', e)}))`;
      }
      case 'clear': {
        const t = under(a(0).tv?.type ?? missing(e));
        if (t instanceof MapT) {
          return `(${this.#maps('clear')}(${this.expr(a(0))}${this.#mapAt(t, 'clear', e)}))`;
        }
        return `$clearSlice(${this.T((t as Slice).elem)}, ${this.expr(a(0))})`;
      }
      case 'close':
        return `(yield* $close($s, ${this.expr(a(0))}))`;
      case 'copy': {
        const dt = under(a(0).tv?.type ?? missing(e)) as Slice;
        return this.#race !== null
          ? this.#acc(
              'copy',
              `$sf, ${this.#line(e)}, ${this.T(dt.elem)}, ${this.expr(a(0))}, ${this.expr(a(1))}`,
            )
          : `$rt.copySlice(${this.T(dt.elem)}, ${this.expr(a(0))}, ${this.expr(a(1))})`;
      }
      case 'panic':
        return `$panic(${this.value(a(0), new Interface([], []))})`;
      case 'print':
      case 'println': {
        const p = `$print(${name === 'println'}, [${e.args.map((x) => `[${this.T(x.tv?.type ?? missing(e))}, ${this.expr(x)}]`).join(', ')}])`;
        // An exploration build: the write to stderr is a scheduling point.
        return this.#preempt && this.#race !== null
          ? `((yield* $race.pout($sf, ${this.#line(e)})), ${p})`
          : p;
      }
      case 'recover':
        return `$rt.recover($g, ${this.#curFunc?.self ?? 'null'})`;
      case 'min':
      case 'max': {
        const t = e.tv?.type ?? missing(e);
        return `$minmax(${JSON.stringify(name)}, [${e.args.map((x) => this.value(x, t)).join(', ')}])`;
      }
      case 'complex':
        return `{ re: ${this.expr(a(0))}, im: ${this.expr(a(1))} }`;
      case 'real':
        return `${this.expr(a(0))}.re`;
      case 'imag':
        return `${this.expr(a(0))}.im`;
      default:
        throw new Unsupported(e.pos, `builtin ${name}`);
    }
  }
}

function paramAt(sig: Signature, i: number): Type | null {
  const ps = sig.params.vars;
  if (sig.variadic && i >= ps.length - 1) {
    const last = ps[ps.length - 1]?.type;
    return last instanceof Slice ? last.elem : null;
  }
  return ps[i]?.type ?? null;
}

function numLit(v: number): string {
  if (Number.isNaN(v)) {
    return 'NaN';
  }
  if (!Number.isFinite(v)) {
    return v > 0 ? 'Infinity' : '-Infinity';
  }
  if (Object.is(v, -0)) {
    return '-0';
  }
  return String(v);
}

function defaultRt(t: Type): Type {
  const b = t as Basic;
  switch (b.name) {
    case 'untyped bool':
      return new Basic('bool');
    case 'untyped int':
      return new Basic('int');
    case 'untyped rune':
      return new Basic('int32');
    case 'untyped float':
      return new Basic('float64');
    case 'untyped string':
      return new Basic('string');
    default:
      return t;
  }
}

function missing(n: { pos: A.Pos }): never {
  throw new Unsupported(n.pos, 'an expression the checker did not type');
}

export { Iface };

/** How a trace names the memory an expression denotes: `x`, `s.n`, `a[…]`, `*p`. */
function describe(e: A.Expr): string {
  const x = unparen(e);
  switch (x.kind) {
    case 'Ident':
      return x.name;
    case 'SelectorExpr':
      return `${describe(x.x)}.${x.sel.name}`;
    case 'IndexExpr':
      return `${describe(x.x)}[…]`;
    case 'StarExpr':
      return `*${describe(x.x)}`;
    default:
      return '…';
  }
}

/** A range-over-func loop body being compiled: the JS variables of its loop statement. */
interface RangeFuncBody {
  readonly stmt: A.RangeStmt;
  /** Which exit the body took (0: none; i + 1: exits[i]). */
  readonly state: string;
  /** The results of a return in the body. */
  readonly value: string;
  /** Set when the loop is over: yield may not be called again. */
  readonly done: string;
  /** What each exit does once the iterator has returned, emitted there. */
  readonly exits: (() => void)[];
}

/** The plain form of a native (a generator with a `sync` property), or null. */
function plainNative(native: unknown): unknown {
  const plain = (native as { readonly sync?: unknown } | null)?.sync;
  return typeof plain === 'function' ? plain : null;
}
