// Running a Go program: parse, type-check (with Go's compile errors), compile, and run it on
// the scheduler with runtime-core's maps, reporting stdout, stderr and the exit code as the
// built program would.
import type { GoParser } from '@mapscope/go-syntax';
import {
  GoFatalError,
  GoPanic,
  GoRuntime,
  Iface,
  PlainHeap,
  RuntimeError,
  Wyrand,
  makemap,
  wrapInt,
  zeroValue,
  type GoType,
  type Hmap,
  type MapType,
} from '@mapscope/runtime-core';
import {
  Chan,
  GoMaps,
  GoOrder,
  RedundantRun,
  ReplayMismatch,
  Scheduler,
  close,
  formatRace,
  formatRaceSummary,
  goStatement,
  recv,
  select,
  send,
  type GoBody,
  type GoStart,
  type Op,
  type Outcome,
  type RaceAt,
  type Strategy,
} from '@mapscope/scheduler';
import { checkBranches } from '@mapscope/go-types/check/branches';
import { BodyErrors, type CompileError } from '@mapscope/go-types/check/checker';
import { Package } from '@mapscope/go-types/check/package';
import {
  Compiler,
  type CodeChunk,
  type CompiledProgram as CompiledCode,
  type DebugInfo,
} from './compile/compile.ts';
import type { RuntimeTypes } from './compile/rtypes.ts';
import { formatFrames, goSiteFrame, stackFrames, type GoSite } from './runtime/traceback.ts';
import { RaceG, RaceRuntime } from './runtime/race.ts';
import { panicValueText, runtimePrint, runtimePrintln, type FmtHost } from './fmt/index.ts';
import {
  G,
  StackOverflow,
  Support,
  asInterface,
  UnrecoveredPanic,
  type PanicRecord,
} from './runtime/support.ts';
import { nativeTable, setEnv, type Env } from './stdlib/core-natives.ts';
import { wallClockRead } from './stdlib/host-natives.ts';
import { newFileSystem, type FileSystemOptions } from './os/default.ts';
import type { FileSystem } from './os/host.ts';
import { stdLibrary, type StdLibrary } from './std/library.ts';
import {
  CompileFailure,
  checkPackage,
  parseFailed,
  parseGoFiles,
  stdPackages,
} from './std/packages.ts';
import { runtimeSidePackage, resolveImport } from './std/sources.ts';
import type * as A from '@mapscope/go-types/syntax/ast';
import { Unsupported } from '@mapscope/go-types/syntax/convert';
import { decodeRune, encodeRune, toByteString } from '@mapscope/go-types/utf8';
import { Slice, type GoFunc } from './values.ts';

/** A Go source file to run. */
export interface SourceInput {
  /** The path as Go prints it (`./main.go`). */
  readonly path: string;
  readonly source: string;
  /** The absolute path, as stack traces (race reports) print it; default: `path`. */
  readonly absPath?: string;
}

export interface RunOptions {
  /** The language version's minor number (go1.N); default 23. */
  readonly goMinor?: number;
  readonly seed?: number;
  readonly race?: boolean;
  /** Scheduling points before the run is stopped. */
  readonly maxSteps?: number;
  /** Go call depth of one goroutine before it dies of "stack overflow" as Go's would. */
  readonly maxDepth?: number;
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Receives the generated JavaScript (for debugging the compiler). */
  readonly onCompiled?: (js: string) => void;
  /** Go's standard library (default: the one set by setStdLibrary). */
  readonly std?: StdLibrary;
  /** The file system the program's syscalls reach (default: a new one from newFileSystem). */
  readonly fs?: FileSystem;
  /** The program's standard input, when no `fs` is given (default: the file system's). */
  readonly stdin?: Uint8Array | string;
  /** The program's current directory, when no `fs` is given (default: the file system's). */
  readonly cwd?: string;
  /**
   * Reads the program's standard input when no `fs` or `stdin` is given: bytes into buf, 0
   * at its end, blocking until there are some (default: the file system's own).
   */
  readonly readStdin?: (buf: Uint8Array) => number;
  /**
   * What fds 0, 1 and 2 are (their stat mode and size), when no `fs` is given and they are not
   * this process's own (a background runner's program: the command's).
   */
  readonly stdio?: FileSystemOptions['stdio'];
  /** The process the program is (os.Getpid, os.Getppid), when no `fs` is given and not this one. */
  readonly process?: FileSystemOptions['process'];
  /** time.Now at the start, in milliseconds since 1970 (default: the real time). */
  readonly startTime?: number;
  /**
   * Receives the program's output as it is written (Go's bytes, one character per byte), and
   * at the end the runtime's own report (a panic's, a race's); the result holds it all too.
   */
  readonly onOutput?: (fd: 1 | 2, bytes: string) => void;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** A main package compiled to JavaScript, ready to run any number of times. */
export interface CompiledProgram {
  /** Its code: the standard library's chunks (shared with other programs), then its own. */
  readonly chunks: readonly CodeChunk[];
  readonly consts: readonly unknown[];
  /** The program's runtime types (reflect reads signatures, tags and packages from them). */
  readonly types: RuntimeTypes;
  /** The id of the program's first `go` (race builds without package os: 5). */
  readonly firstGoid: number | undefined;
  /** An exploration build: instrumented accesses and output are scheduling points. */
  readonly explore: boolean;
  /** Where its code came from, for tracebacks. */
  readonly debug: DebugInfo;
  /** Its packages, dependencies first (tracebacks name their functions). */
  readonly pkgs: readonly Package[];
  /** Each source file's path as tracebacks print it (absolute, when known). */
  readonly paths: ReadonlyMap<string, string>;
}

/** What compiling takes besides {@link RunOptions}. */
export interface CompileOptions extends RunOptions {
  /**
   * An exploration build (`mapscope explore`): the race build's instrumentation, whose
   * accesses of shared memory (and the program's output) are scheduling points. Races are
   * detected only with `race`.
   */
  readonly explore?: boolean;
}

/**
 * Compiled programs kept for a thread that may run the same program again (the workers of
 * `mapscope run`'s background runner): as Go's build cache, an unchanged program is not
 * compiled again. Keyed by the sources and what compiling depends on; the least recently used
 * goes first.
 */
export class CompileCache {
  readonly #entries = new Map<string, CompiledProgram | RunResult>();
  readonly #size: number;

  constructor(size = 4) {
    this.#size = size;
  }

  /** The program compiled, from the cache if it was compiled before with the same options. */
  compile(
    parser: GoParser,
    files: readonly SourceInput[],
    o: CompileOptions,
  ): CompiledProgram | RunResult {
    if (o.onCompiled !== undefined || o.std !== undefined) {
      return compileProgram(parser, files, o); // what these see is made by the compile
    }
    const key = JSON.stringify([
      o.goMinor ?? null,
      o.race === true,
      o.explore === true,
      files.map((f) => [f.path, f.absPath ?? null, f.source]),
    ]);
    const compiled = this.#entries.get(key) ?? compileProgram(parser, files, o);
    this.#entries.delete(key);
    this.#entries.set(key, compiled);
    for (const old of this.#entries.keys()) {
      if (this.#entries.size <= this.#size) {
        break;
      }
      this.#entries.delete(old);
    }
    return compiled;
  }
}

/** Parses, checks, compiles and runs a main package (compiled through `cache` if given). */
export function runProgram(
  parser: GoParser,
  files: readonly SourceInput[],
  o: RunOptions = {},
  cache?: CompileCache,
): RunResult {
  const compiled =
    cache === undefined ? compileProgram(parser, files, o) : cache.compile(parser, files, o);
  if ('exitCode' in compiled) {
    // Did not compile: the errors go where the program's output would have.
    if (compiled.stdout !== '') {
      o.onOutput?.(1, toByteString(compiled.stdout));
    }
    if (compiled.stderr !== '') {
      o.onOutput?.(2, toByteString(compiled.stderr));
    }
    return compiled;
  }
  return execute(compiled, o).result;
}

/**
 * The compiler of normal builds over the standard library `std`. It keeps the library's code it
 * compiled (its image, see Compiler.program), so that a program compiles only its own code and
 * what of the library no earlier program reached, and runs the rest as compiled for them (warm
 * in the JIT). It also keeps what it was told of those programs: after imagePrograms programs
 * it starts afresh.
 */
function libraryCompiler(std: StdLibrary): Compiler {
  let image = images.get(std);
  if (image === undefined || image.programs >= imagePrograms) {
    image = { compiler: new Compiler(nativeTable()), programs: 0 };
    images.set(std, image);
  }
  image.programs++;
  return image.compiler;
}

const images = new WeakMap<StdLibrary, { readonly compiler: Compiler; programs: number }>();
const imagePrograms = 64;

/**
 * Parses, checks and compiles a main package; a program that does not compile comes back as
 * the result `go run` gives it (the compile errors, exit status 2).
 */
export function compileProgram(
  parser: GoParser,
  files: readonly SourceInput[],
  o: CompileOptions = {},
): CompiledProgram | RunResult {
  const goMinor = o.goMinor ?? 23;
  const std = o.std ?? stdLibrary();
  const lib = stdPackages(std);
  const loaded = new Map<string, Package>();
  const order: Package[] = [];
  // A checked package and what it imports, dependencies first.
  const adopt = (pkg: Package): void => {
    if (loaded.has(pkg.path)) {
      return;
    }
    loaded.set(pkg.path, pkg);
    for (const dep of pkg.imports) {
      adopt(dep);
    }
    if (pkg.path !== 'unsafe') {
      order.push(pkg);
    }
  };
  const load = (path: string, pos: A.Pos | null): Package => {
    const pkg = lib.load(parser, path, pos);
    adopt(pkg);
    return pkg;
  };

  let compiled: CompiledCode;
  let compiler: Compiler | null = null;
  const normal = o.race !== true && o.explore !== true;
  try {
    const parsed = parseGoFiles(parser, files);
    if (parseFailed(parsed)) {
      throw new CompileFailure(parsed);
    }
    const astFiles = parsed;
    const main = new Package(
      'main',
      astFiles[0]?.packageName.name ?? 'main',
      astFiles,
      lib.universe,
      false,
    );
    for (const f of astFiles) {
      if (f.packageName.name !== main.name) {
        throw new CompileFailure([
          {
            pos: f.packageName.pos,
            message: `package ${f.packageName.name}; expected package ${main.name}`,
          },
        ]);
      }
    }
    if (main.name !== 'main') {
      return {
        stdout: '',
        stderr: `package command-line-arguments is not a main package\n`,
        exitCode: 1,
      };
    }
    // The parser's label and branch checks report first; type checking goes on after them.
    checkPackage(main, (path, pos) => load(resolveImport('main', path, std), pos), {
      goMinor,
      earlier: checkBranches(astFiles),
    });
    order.push(main);
    const abs = new Map(files.map((f) => [f.path, f.absPath ?? f.path]));
    compiler = normal
      ? libraryCompiler(std)
      : new Compiler(nativeTable(), {
          race: (f) => abs.get(f.path) ?? f.path,
          // The runtime's packages (sync, sync/atomic, os …) stand for Go's uninstrumented
          // runtime code: their plain accesses are the model's, not the program's.
          // An exploration without race detection preempts only the program's own code: the
          // standard library's package variables are not what goroutines share.
          instrument: (path) => path === 'main' || (o.race === true && !runtimeSidePackage(path)),
          preempt: o.explore === true,
          // The standard library's accesses are recorded for race detection, but only the
          // program's own are scheduling points: the search is over the program's steps.
          preemptIn: (path) => path === 'main',
          instrumenting: o.race === true,
        });
    compiled = compiler.program(order, main);
    o.onCompiled?.(compiled.chunks.map((c) => c.source).join('\n'));
  } catch (e) {
    if (compiler !== null && normal) {
      // What it had half compiled may be named by nothing: the next program starts afresh.
      images.delete(std);
    }
    if (e instanceof CompileFailure || e instanceof BodyErrors) {
      return { stdout: '', stderr: formatErrors(e.errors), exitCode: 2 };
    }
    if (e instanceof Unsupported) {
      const p = e.pos.file.position(e.pos.offset);
      return {
        stdout: '',
        stderr: `${e.pos.file.path}:${p.line}:${p.column}: ${e.message}\n`,
        exitCode: 2,
      };
    }
    throw e;
  }
  // Go numbers goroutines from 6 when the program links package os (the runtime's finalizer
  // goroutine is 5), else from 5; race reports show those numbers.
  const osLinked = loaded.has('os') || loaded.has('fmt');
  return {
    ...compiled,
    firstGoid: o.race === true && !osLinked ? 5 : undefined,
    explore: o.explore === true,
    pkgs: order,
    paths: new Map(files.map((f) => [f.path, f.absPath ?? f.path])),
  };
}

/**
 * Compile errors as the go command prints them. cmd/compile (base.ErrorfAt, FlushErrors) takes
 * the errors in the order the type checker reports them, keeping one syntax error per line and
 * one copy of equal errors on a line; at the tenth it prints those sorted by position and
 * "too many errors" at the tenth's position.
 */
function formatErrors(errors: readonly CompileError[]): string {
  const kept: { readonly e: CompileError; readonly at: string }[] = [];
  let lastSyntax = '';
  let lastOther = '';
  let lastMessage = '';
  let tooMany: string | null = null;
  for (const e of errors) {
    const p = e.pos.file.position(e.pos.offset);
    const line = `${e.pos.file.path}:${p.line}`;
    if (e.message.startsWith('syntax error')) {
      if (line === lastSyntax) {
        continue;
      }
      lastSyntax = line;
    } else {
      if (line === lastOther && e.message === lastMessage) {
        continue;
      }
      lastOther = line;
      lastMessage = e.message;
    }
    kept.push({ e, at: `${line}:${p.column}` });
    if (kept.length === 10) {
      tooMany = `${line}:${p.column}: too many errors`;
      break;
    }
  }
  const sorted = kept.sort((a, b) =>
    a.e.pos.file.path === b.e.pos.file.path
      ? a.e.pos.offset - b.e.pos.offset
      : a.e.pos.file.path < b.e.pos.file.path
        ? -1
        : 1,
  );
  const lines = ['# command-line-arguments'];
  for (const { e, at } of sorted) {
    const text = `${at}: ${e.message}`;
    if (lines[lines.length - 1] !== text) {
      lines.push(text);
    }
  }
  if (tooMany !== null) {
    lines.push(tooMany);
  }
  return `${lines.join('\n')}\n`;
}

// ---- running ----

/** How to run a compiled program once. */
export interface ExecuteOptions extends RunOptions {
  /** Who runs when (default: Go's own order on one P, with `seed`). */
  readonly strategy?: Strategy;
  /** Given, before the run starts, how to ask where a goroutine is (tracing strategies do). */
  readonly onWhere?: (where: (id: number) => CodePosition | null) => void;
}

/** Where a goroutine's code is, as its shadow call stack says (race and exploration builds). */
export interface CodePosition {
  readonly func: string;
  readonly file: string;
  readonly line: number;
}

/** One run of a compiled program: what it printed, and how it ended. */
export interface Execution {
  readonly result: RunResult;
  /** The scheduler's end of the run; null when the interpreter stopped it (stack, errors). */
  readonly outcome: Outcome | null;
  /** Each race report, as printed. */
  readonly races: readonly string[];
  readonly steps: number;
  /** Where goroutine `id` was at the end (its innermost frame and line), when known. */
  where(id: number): CodePosition | null;
  /** Whether the program read the wall clock (time.Now), whose start is then part of a replay. */
  readonly readClock: boolean;
}

/**
 * Runs a compiled program once. A strategy's signals to its search (a redundant run, a replay
 * token that does not fit) pass through.
 */
export function execute(compiled: CompiledProgram, o: ExecuteOptions = {}): Execution {
  try {
    return executeIn(compiled, o);
  } finally {
    setEnv(null);
  }
}

/**
 * Each chunk's function, made once: every run calls it with a fresh runtime (a chunk of the
 * standard library's image serves every program that compiler compiles, and stays warm).
 */
const factories = new WeakMap<CodeChunk, (...a: unknown[]) => GoFunc | undefined>();

/** Runs the program's chunks in order with the runtime `lib`: its main function. */
function mainOf(compiled: CompiledProgram, lib: Readonly<Record<string, unknown>>): GoFunc {
  const names = [...Object.keys(lib), '$reg'];
  const args = [...Object.values(lib), {}];
  let main: GoFunc | undefined;
  for (const c of compiled.chunks) {
    let f = factories.get(c);
    if (f === undefined) {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      f = new Function(...names, `'use strict';\n${c.source}`) as (
        ...a: unknown[]
      ) => GoFunc | undefined;
      factories.set(c, f);
    }
    main = f(...args);
  }
  if (main === undefined) {
    throw new Error('the program chunk returned no main function');
  }
  return main;
}

/** A string's UTF-8 bytes (a Uint8Array as it is). */
function stdinBytes(s: Uint8Array | string): Uint8Array {
  return typeof s === 'string' ? new TextEncoder().encode(s) : s;
}

function executeIn(compiled: CompiledProgram, o: ExecuteOptions): Execution {
  const err: string[] = [];
  const races: string[] = [];
  const s: Scheduler = new Scheduler({
    strategy: o.strategy ?? new GoOrder({ rand: Wyrand.fromSeed(o.seed ?? 1) }),
    maxSteps: o.maxSteps ?? 50_000_000,
    race: o.race === true,
    ...(compiled.firstGoid === undefined ? {} : { firstGoid: compiled.firstGoid }),
    // Go prints each race as it finds it.
    onRace: (r) => {
      const text = formatRace(r, (id) => s.raceGoroutine(id));
      races.push(text);
      err.push(text);
      o.onOutput?.(2, text);
    },
  });
  const heap = new PlainHeap();
  const grt = new GoRuntime({ heap });
  // An exploration tries every iteration start a range loop can have.
  const maps = new GoMaps(s, grt, { iterationOrders: compiled.explore });
  const rt = new Support(s, heap);
  rt.maxDepth = o.maxDepth ?? rt.maxDepth;
  const out: string[] = [];
  const methodTable = rt.methods;
  const host = (g: G): FmtHost => ({
    rt: grt,
    method(type, name) {
      return methodTable.get(type)?.get(name) ?? null;
    },
    call(fn, recv) {
      return fn(g, recv);
    },
    methodCount(type) {
      return methodTable.get(type)?.size ?? 0;
    },
  });
  const goroot = o.env?.['GOROOT'] ?? (o.std ?? stdLibrary()).goroot ?? '';
  // A source file's path in a traceback: Go prints absolute paths, GOROOT's included.
  const tracebackPath = (f: A.SourceFile): string =>
    f.path.startsWith('$GOROOT/')
      ? `${goroot === '' ? '$GOROOT' : goroot}${f.path.slice('$GOROOT'.length)}`
      : (compiled.paths.get(f.path) ?? f.path);
  const runEnv: Env = {
    out,
    err,
    s,
    maps,
    rt,
    host,
    args: o.args ?? [],
    env: o.env ?? {},
    explore: compiled.explore,
    types: compiled.types,
    fs:
      o.fs ??
      newFileSystem({
        ...(o.stdin === undefined ? {} : { stdin: stdinBytes(o.stdin) }),
        ...(o.readStdin === undefined ? {} : { readStdin: o.readStdin }),
        ...(o.stdio === undefined ? {} : { stdio: o.stdio }),
        ...(o.process === undefined ? {} : { process: o.process }),
        ...(o.cwd === undefined ? {} : { cwd: o.cwd }),
      }),
    startTime: BigInt(Math.floor(o.startTime ?? Date.now())) * 1_000_000n,
    goroot,
    ...(o.onOutput === undefined ? {} : { onOutput: o.onOutput }),
    frames: (stack) => stackFrames(stack, compiled, tracebackPath),
  };
  setEnv(runEnv);
  // The race build's runtime calls; its goroutines keep a shadow call stack.
  const race =
    o.race === true || compiled.explore
      ? new RaceRuntime(s, rt, (fn, args) => body(fn, args), err)
      : null;
  // Every goroutine's state, for where it is at the end.
  const gs = new Map<number, G>();
  const newG =
    race === null
      ? (id: number): G => new G(id)
      : (id: number): G => {
          const g = new RaceG(id);
          gs.set(id, g);
          return g;
        };
  const lib = {
    $race: race,
    $k: compiled.consts,
    $rt: rt,
    $s: s,
    $maps: maps,
    $Iface: Iface,
    $send: send,
    $recv: recv,
    $close: close,
    $select: select,
    $go: function* (fn: GoFunc, args: unknown[], site?: GoSite): Op {
      const id = yield* goStatement(s, body(fn, args), '');
      if (site !== undefined) {
        sites.set(id, site);
      }
    },
    $mapGet: function* (t: MapType, h: Hmap | null, k: unknown, at?: RaceAt) {
      const v = yield* maps.get(t, h, k, at);
      return v === undefined ? t.zeroElem : v;
    },
    $mapGetS: (t: MapType, h: Hmap | null, k: unknown, at?: RaceAt) => {
      const v = maps.getS(t, h, k, at);
      return v === undefined ? t.zeroElem : v;
    },
    // Indexing a nil slice reads this empty one, so the bounds check reports length 0.
    $nilSlice: new Slice([], 0, 0, 0, null),
    $makeMap: (t: MapType, hint: number | bigint) => makemap(grt, t, hint),
    $makeChan: (n: number | bigint, zero: unknown) => new Chan(Number(n), zero),
    $mapLen: (h: Hmap | null) => (h === null ? 0 : h.count),
    $len: (x: Slice | null, what: string) => (x === null ? 0 : what === 'len' ? x.len : x.cap),
    $newSlice: (t: GoType, arr: unknown[]) =>
      new Slice(arr, 0, arr.length, arr.length, heap.alloc(t, Math.max(arr.length, 1))),
    $fillArr: (t: GoType, n: number, parts: [number, unknown][]) => {
      const arr = Array.from({ length: n }, () => zeroValue(t));
      for (const [i, v] of parts) {
        arr[i] = v;
      }
      return arr;
    },
    $zero: (t: GoType) => zeroValue(t),
    $wrap: (v: number | bigint, bits: number, signed: boolean) => wrapInt(v, bits, signed),
    $ptrEq: (a: { arr: unknown; idx: number } | null, b: { arr: unknown; idx: number } | null) =>
      a === b || (a !== null && b !== null && a.arr === b.arr && a.idx === b.idx),
    $panic: (v: unknown): never => {
      if (v === null && (o.goMinor ?? 23) >= 21) {
        // go1.21: panic(nil) panics with a *runtime.PanicNilError.
        throw new GoPanic(new RuntimeError('panic called with nil argument (goexit=false)', true));
      }
      throw new GoPanic(v);
    },
    $decodeRune: decodeRune,
    $encodeRune: (r: number) => encodeRune(r),
    $runesToString: (sl: Slice | null) =>
      sl === null
        ? ''
        : sl.arr
            .slice(sl.off, sl.off + sl.len)
            .map((r) => encodeRune(r as number))
            .join(''),
    $stringToRunes: (t: GoType, str: string) => {
      const rs: number[] = [];
      for (let i = 0; i < str.length;) {
        const [r, w] = decodeRune(str, i);
        rs.push(r);
        i += w;
      }
      return new Slice(rs, 0, rs.length, rs.length, heap.alloc(t, Math.max(rs.length, 1)));
    },
    $print: (ln: boolean, args: [GoType, unknown][]) => {
      const list = args.map(([type, value]) => ({ type, value }));
      const text = ln ? runtimePrintln(list) : runtimePrint(list);
      err.push(text);
      o.onOutput?.(2, text);
    },
    $minmax: (which: string, xs: unknown[]) =>
      xs.reduce((a, b) =>
        (which === 'min' ? (b as number) < (a as number) : (b as number) > (a as number)) ||
        Number.isNaN(b)
          ? b
          : a,
      ),
    $complex: (
      op: string,
      a: { re: number; im: number },
      b: { re: number; im: number },
      c64 = false,
    ) => {
      const r = ((): { re: number; im: number } => {
        switch (op) {
          case '+':
            return { re: a.re + b.re, im: a.im + b.im };
          case '-':
            return { re: a.re - b.re, im: a.im - b.im };
          case '*':
            return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
          default: {
            const d = b.re * b.re + b.im * b.im;
            return { re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d };
          }
        }
      })();
      // complex64: computed in float64 and narrowed, as Go does.
      return c64 ? { re: Math.fround(r.re), im: Math.fround(r.im) } : r;
    },
    $clearSlice: (t: GoType, sl: Slice | null) => {
      if (sl !== null) {
        for (let i = 0; i < sl.len; i++) {
          sl.arr[sl.off + i] = zeroValue(t);
        }
      }
    },
  };
  const main = mainOf(compiled, lib);
  // The panic that ended each goroutine, with the chain of panics it replaced.
  const ended = new Map<number, PanicRecord>();
  // Where a fatal error (concurrent map writes …) stopped its goroutine: its JavaScript stack.
  const fatalStacks = new Map<number, string>();
  // Each goroutine's go statement (tracebacks' "created by" lines).
  const sites = new Map<number, GoSite>();
  // Where the other goroutines were when a fatal error ended the run.
  let suspended = new Map<number, string>();
  // What ended a goroutine that threw: kept for the report.
  s.onThrown = (id, e) => {
    if (e instanceof UnrecoveredPanic) {
      ended.set(id, e.record);
    } else if (e instanceof GoFatalError && e.stack !== undefined) {
      fatalStacks.set(id, e.stack);
    } else if (e instanceof GoPanic) {
      ended.set(id, {
        value: e.value,
        recovered: false,
        link: null,
        goexit: false,
        ...(e.stack === undefined ? {} : { stack: e.stack }),
      });
    }
  };
  /** A goroutine running fn(args): the Go function's own generator, given its G. */
  const body =
    (fn: GoFunc, args: readonly unknown[]): GoStart =>
    (id) =>
      fn(newG(id), ...args) as GoBody;
  const where = (id: number): CodePosition | null => {
    const f = (gs.get(id) as RaceG | undefined)?.f ?? null;
    if (f === null) {
      return null;
    }
    return {
      func: f.fn.name,
      file: f.fn.file,
      line: f.l !== 0 ? f.l : (f.site?.line ?? f.fn.line),
    };
  };
  const done = (result: RunResult, outcome: Outcome | null): Execution => ({
    result,
    outcome,
    races,
    steps: s.steps,
    where,
    readClock: wallClockRead(runEnv),
  });
  const result = (stderr: string, exitCode: number): RunResult => {
    if (stderr !== '') {
      o.onOutput?.(2, stderr);
    }
    return { stdout: textOf(out), stderr: textOf([...err, stderr]), exitCode };
  };
  o.onWhere?.(where);
  let outcome: Outcome;
  // Enough JavaScript frames for Go's 100 (each Go call is a generator frame and its next()).
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 250;
  try {
    outcome = s.run(body(main, []));
    if (outcome.kind === 'fatal') {
      // Go prints every goroutine's stack on a fatal error (within this stack limit).
      suspended = s.suspendedStacks();
    }
  } catch (e) {
    if (e instanceof RedundantRun || e instanceof ReplayMismatch) {
      throw e;
    }
    if (e instanceof StackOverflow || e instanceof RangeError) {
      const id = s.running().id;
      const why =
        e instanceof StackOverflow
          ? `the goroutine reached the call-depth limit of ${rt.maxDepth} frames (--max-depth sets it)`
          : `the JavaScript stack ran out; run the program in a worker with a larger stack (mapscope run does)`;
      return done(
        result(
          `runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine ${id} [running]:\nmapscope: ${why}\n`,
          2,
        ),
        null,
      );
    }
    // Anything else stops the run where it is; what the program printed so far is kept.
    const message = e instanceof Error ? e.message : String(e);
    if (message.startsWith('not supported yet: ')) {
      // Where the program reached it: the innermost Go frame, and the rest of the traceback.
      const frames = e instanceof Error ? stackFrames(e.stack ?? '', compiled, tracebackPath) : [];
      const at = frames[0];
      const where = at === undefined ? '' : ` (${at.file}:${at.line})`;
      const trace =
        frames.length === 0
          ? ''
          : `\ngoroutine ${s.current?.id ?? 1} [running]:\n${formatFrames(frames)}`;
      return done(result(`mapscope: ${message}${where}\n${trace}`, 2), null);
    }
    const detail = e instanceof Error ? (e.stack ?? message) : message;
    return done(result(`mapscope: internal error (please report it): ${detail}\n`, 2), null);
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  return done(report(outcome), outcome);

  /** A goroutine's "created by" lines: the function with its go statement, and where. */
  function createdBy(id: number): string {
    const site = sites.get(id);
    const at = site === undefined ? null : goSiteFrame(site, compiled, tracebackPath);
    return at === null ? '' : `created by ${at.func}\n\t${at.file}:${String(at.line)}\n`;
  }

  function report(outcome: Outcome): RunResult {
    switch (outcome.kind) {
      case 'exit': {
        // The race runtime's exit (racefini): with races found, exit 0 becomes 66.
        const found = s.race?.races.length ?? 0;
        if (found > 0 && (outcome.code === 0 || outcome.code === 66)) {
          return result(formatRaceSummary(found), 66);
        }
        return result('', outcome.code);
      }
      case 'panic': {
        const record = ended.get(outcome.goroutine) ?? {
          value: outcome.value,
          recovered: false,
          link: null,
          goexit: false,
        };
        const frames =
          record.stack === undefined
            ? ''
            : formatFrames(stackFrames(record.stack, compiled, tracebackPath));
        return result(
          panicReport(record, outcome.goroutine, host(new G(outcome.goroutine))) +
            frames +
            createdBy(outcome.goroutine),
          2,
        );
      }
      case 'fatal': {
        const lines = [`fatal error: ${outcome.reason}\n`];
        const running = outcome.goroutines.filter(
          (g) => g.id === outcome.goroutine && g.status === 'running',
        );
        const rest = outcome.goroutines
          .filter((g) => !running.includes(g))
          .sort((a, b) => a.id - b.id);
        for (const g of [...running, ...rest]) {
          lines.push(
            `\ngoroutine ${g.id} [${g.status === 'waiting' ? (g.waitReason ?? 'waiting') : g.status}]:\n`,
          );
          const stack = running.includes(g) ? fatalStacks.get(g.id) : suspended.get(g.id);
          if (stack !== undefined) {
            lines.push(formatFrames(stackFrames(stack, compiled, tracebackPath)));
          }
          lines.push(createdBy(g.id));
        }
        return result(lines.join(''), 2);
      }
      case 'limit':
        return result(`mapscope: stopped: ${outcome.limit} (raise it with --max-steps)\n`, 2);
    }
  }
}

/** Go: runtime.printpanics: the chain of panics, oldest first, then the goroutine's header. */
function panicReport(record: PanicRecord, goid: number, host: FmtHost): string {
  const lines: string[] = [];
  const print = (p: PanicRecord): void => {
    if (p.link !== null) {
      print(p.link);
      if (!p.link.goexit) {
        lines.push('\t');
      }
    }
    if (p.goexit) {
      return;
    }
    lines.push(
      `panic: ${complete(panicValueText(host, p.value instanceof RuntimeError ? p.value : asInterface(p.value)))}${p.recovered ? ' [recovered]' : ''}\n`,
    );
  };
  print(record);
  const v = record.value;
  if (v instanceof RuntimeError && v.text === 'invalid memory address or nil pointer dereference') {
    lines.push('[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n');
  }
  lines.push(`\ngoroutine ${goid} [running]:\n`);
  return lines.join('');
}

/** Runs a formatting generator that may not block (panic values print without scheduling). */
function complete<T>(gen: Generator<unknown, T, unknown>): T {
  for (;;) {
    const r = gen.next();
    if (r.done === true) {
      return r.value;
    }
  }
}

const utf8Decoder = new TextDecoder();

/** Go's output is bytes (a byte string here); the result is that output decoded as UTF-8. */
function textOf(parts: readonly string[]): string {
  const s = parts.join('');
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    bytes[i] = s.charCodeAt(i);
  }
  return utf8Decoder.decode(bytes);
}

export { UnrecoveredPanic, GoFatalError };
