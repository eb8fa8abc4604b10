// `mapscope explore` and `mapscope replay` on the interpreter: a program compiled once (an
// exploration build, whose shared-memory accesses, map operations, channel and sync operations
// and output are scheduling points) runs under the scheduler's searches, and its schedules are
// grouped by outcome; a token runs one schedule again, optionally traced step by step.
import type { GoParser } from '@mapscope/go-syntax';
import { Hmap, hashWriting, iterator, oldIterator, sameSizeGrow } from '@mapscope/runtime-core';
import {
  GoOrder,
  Replay,
  ReplayMismatch,
  decodeToken,
  search,
  type Goroutine,
  type GoroutineReport,
  type Operation,
  type PickRequest,
  type RaceAt,
  type Strategy,
} from '@mapscope/scheduler';
import type {
  ExploreOutcome,
  ExploreReport,
  ExploreStrategy,
  GoroutinePosition,
  MapState,
  ScheduleRun,
  TraceStep,
} from './explore-types.ts';
import {
  compileProgram,
  execute,
  type CodePosition,
  type CompiledProgram,
  type Execution,
  type RunResult,
  type SourceInput,
} from './run.ts';

export type * from './explore-types.ts';

/** How to build and run a program for exploring. */
export interface PrepareOptions {
  /** The language version's minor number (go1.N); default 23. */
  readonly goMinor?: number;
  /** Detect data races too (each race becomes part of its schedule's outcome). */
  readonly race?: boolean;
  /** Scheduling points one schedule may take before it is stopped (default 1,000,000). */
  readonly maxSteps?: number;
  /** Go call depth of one goroutine before it dies of "stack overflow". */
  readonly maxDepth?: number;
  readonly args?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** The seed of the runtime's own randomness (map hash seeds, iteration starts); default 1. */
  readonly seed?: number;
  /** time.Now at each schedule's start, in ms since 1970 (default: when the program is prepared). */
  readonly startTime?: number;
}

/** Which search, and its limits. */
export interface SearchOptions {
  readonly strategy: ExploreStrategy;
  /** The most schedules (default 100,000). */
  readonly budget?: number;
  /** Stop after this many milliseconds. */
  readonly timeMs?: number;
  /** Seed of the random and PCT searches (default 1). */
  readonly seed?: number;
  /** dpor: the largest preemption bound (default: unbounded, reached one bound at a time). */
  readonly preemptionBound?: number;
  /** pct: the bug depth (default 3). */
  readonly depth?: number;
  /**
   * Worker `index` of `count`: random and PCT run schedules i ≡ index (mod count), so that
   * merged shards equal one search; dpor runs only on shard 0 (the others report nothing).
   */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Called once the strategy is known (`auto` resolved), before the search starts. */
  readonly onStrategy?: (strategy: Exclude<ExploreStrategy, 'auto'>) => void;
  /** Called at most every 100 ms with the search's progress. */
  readonly onProgress?: (p: { readonly schedules: number; readonly outcomes: number }) => void;
}

/** Programs whose default schedule takes at most this many scheduling points get dpor. */
export const AUTO_DPOR_MAX_STEPS = 2000;

/** A program compiled for exploring: every schedule runs it from scratch. */
export class ExplorableProgram {
  readonly #compiled: CompiledProgram;
  readonly #o: PrepareOptions;
  /** The path each file has in positions (`main.go`), by the path race builds give it. */
  readonly #display: ReadonlyMap<string, string>;

  constructor(compiled: CompiledProgram, o: PrepareOptions, files: readonly SourceInput[]) {
    this.#compiled = compiled;
    // Every schedule starts at the same wall-clock time, so that one differs from another only
    // in its schedule.
    this.#o = { ...o, startTime: o.startTime ?? Date.now() };
    this.#display = new Map(files.map((f) => [f.absPath ?? f.path, f.path.replace(/^\.\//, '')]));
  }

  /**
   * The replay token of a run whose schedule is `token`: with the wall-clock start after an '@'
   * when the program read the clock, so that a replay sees the times the search saw.
   */
  tokenOf(x: Execution, token: string): string {
    return x.readClock ? `${token}@${(this.#o.startTime ?? 0).toString(36)}` : token;
  }

  /** Runs the program once under `strategy` (from wall-clock `startTime`, default its own). */
  execute(strategy: Strategy, onWhere?: (where: Where) => void, startTime?: number): Execution {
    return execute(this.#compiled, {
      ...this.#o,
      ...(startTime === undefined ? {} : { startTime }),
      seed: this.#o.seed ?? 1,
      maxSteps: this.#o.maxSteps ?? 1_000_000,
      strategy,
      ...(onWhere === undefined ? {} : { onWhere }),
    });
  }

  /** What a run did, with where its goroutines were (for a new outcome). */
  describe(x: Execution, token: string): ScheduleRun {
    const o = x.outcome;
    const pos = (r: GoroutineReport): GoroutinePosition => this.#position(r, x.where(r.id));
    let crash: GoroutinePosition[] | null = null;
    if (o !== null && (o.kind === 'panic' || o.kind === 'fatal')) {
      const first = o.goroutines.filter((g) => g.id === o.goroutine);
      const rest = o.goroutines.filter((g) => g.id !== o.goroutine);
      crash = [...first, ...rest].map(pos);
    }
    return {
      ...x.result,
      end: o === null ? 'error' : o.kind,
      races: x.races,
      leaked: o !== null && o.kind === 'exit' ? o.leaked.map(pos) : [],
      crash,
      steps: x.steps,
      token,
    };
  }

  /** A position in the program: the innermost frame of `at` outside the runtime, or `where`. */
  place(at: RaceAt | undefined, where: CodePosition | null): CodePosition | null {
    if (at !== undefined && typeof at !== 'string') {
      const frames = at.frames();
      const f = frames.find((fr) => !fr.file.startsWith('$GOROOT/src/runtime/')) ?? frames[0];
      if (f !== undefined) {
        return { func: f.func, file: this.#file(f.file), line: f.line };
      }
    }
    return where === null ? null : { ...where, file: this.#file(where.file) };
  }

  #position(r: GoroutineReport, where: CodePosition | null): GoroutinePosition {
    const p = this.place(r.op?.at, where);
    return {
      id: r.id,
      status: r.status,
      waitReason: r.waitReason,
      func: p?.func ?? null,
      position: p === null ? null : `${p.file}:${p.line}`,
      operation: r.op?.name ?? null,
    };
  }

  #file(path: string): string {
    return this.#display.get(path) ?? path;
  }
}

/** Where goroutine `id` is, as its shadow call stack says. */
export type Where = (id: number) => CodePosition | null;

/**
 * Compiles a program for exploring; one that does not compile comes back as the result
 * `mapscope run` gives it.
 */
export function prepareProgram(
  parser: GoParser,
  files: readonly SourceInput[],
  o: PrepareOptions = {},
): { readonly program: ExplorableProgram } | { readonly result: RunResult } {
  const compiled = compileProgram(parser, files, { ...o, explore: true });
  if ('exitCode' in compiled) {
    return { result: compiled };
  }
  return { program: new ExplorableProgram(compiled, o, files) };
}

/**
 * An outcome's identity: what the user sees of a run — its exit status, output, panic or
 * fatal report, leaked goroutines and races. The goroutine list a fatal error prints after its
 * report (which goroutine was running, which were runnable or waiting) is left out: schedules
 * that crash with the same report are one outcome, whichever goroutine threw.
 */
function outcomeKey(o: {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly leaked: readonly string[];
  readonly races: readonly string[];
}): string {
  // The report without its tracebacks (from the first goroutine header on): which goroutine
  // crashed, and where its frames were, vary with the schedule.
  const lines = o.stderr.replace(raceBlock, '').split('\n');
  const header = lines.findIndex((line) => goroutineHeader.test(line));
  const report = (header < 0 ? lines : lines.slice(0, header))
    .filter((line) => line !== '')
    .join('\n');
  const races = [...new Set(o.races.map(raceIdentity))].sort();
  return JSON.stringify([o.exitCode, o.stdout, report, o.leaked, races]);
}

/** A race report in stderr, between its two rules of `=`. */
const raceBlock = /==================\nWARNING: DATA RACE\n[\s\S]*?==================\n/g;

/**
 * What makes two race reports the same race: the places in the program of its two accesses
 * (which goroutine came first, and whether it was still running, vary with the schedule).
 */
function raceIdentity(report: string): string {
  const lines = report.split('\n');
  const places: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^(Read|Write|Previous read|Previous write) at /.test(lines[i] ?? '')) {
      continue;
    }
    // The first frame outside the runtime: "      ./main.go:15 +0x0".
    for (let j = i + 1; j < lines.length && (lines[j] ?? '') !== ''; j++) {
      const m = /^\s+(\S+:\d+)/.exec(lines[j] ?? '');
      if (m?.[1] !== undefined && !m[1].startsWith('$GOROOT/src/runtime/')) {
        places.push(m[1]);
        break;
      }
    }
  }
  return places.sort().join(' ↔ ');
}

/** The header of a goroutine in a traceback: `goroutine 6 [running]:`. */
const goroutineHeader = /^goroutine \d+ \[[^\]]*\]:$/;

/** A leaked goroutine as outcomes list it. */
function leakText(g: {
  readonly id: number;
  readonly waitReason: string | null;
  readonly status: string;
}): string {
  return `goroutine ${g.id} [${g.waitReason ?? g.status}]`;
}

/** Runs the program under a search and groups its schedules by outcome. */
export function exploreProgram(p: ExplorableProgram, o: SearchOptions): ExploreReport {
  const t0 = performance.now();
  const elapsed = (): number => performance.now() - t0;
  const strategy = o.strategy === 'auto' ? autoStrategy(p) : o.strategy;
  o.onStrategy?.(strategy);
  const found = new Map<string, { outcome: ExploreOutcome; count: number }>();
  let schedules = 0;
  let lastProgress = 0;
  const r = search(
    (st) => {
      const x = p.execute(st);
      return { x, steps: x.steps };
    },
    {
      strategy,
      budget: o.budget ?? 100_000,
      seed: o.seed ?? 1,
      iterative: true,
      ...(o.preemptionBound === undefined ? {} : { preemptionBound: o.preemptionBound }),
      depth: o.depth ?? 3,
      ...(o.shard === undefined ? {} : { shard: o.shard }),
      stop: () => o.timeMs !== undefined && elapsed() >= o.timeMs,
    },
    ({ result: { x }, token: schedule, index }) => {
      schedules++;
      const token = p.tokenOf(x, schedule);
      const o0 = x.outcome;
      const leaked = o0 !== null && o0.kind === 'exit' ? o0.leaked.map(leakText) : [];
      const key = outcomeKey({ ...x.result, leaked, races: x.races });
      const have = found.get(key);
      if (have !== undefined) {
        have.count++;
      } else {
        const run = p.describe(x, token);
        found.set(key, {
          count: 1,
          outcome: {
            exitCode: run.exitCode,
            stdout: run.stdout,
            stderr: run.stderr,
            end: run.end,
            races: run.races,
            leaked: run.leaked.map(leakText),
            leakedAt: run.leaked,
            count: 0,
            replay: token,
            firstSchedule: index,
            firstFoundMs: elapsed(),
            crash: run.crash,
          },
        });
      }
      if (o.onProgress !== undefined && elapsed() - lastProgress >= 100) {
        lastProgress = elapsed();
        o.onProgress({ schedules, outcomes: found.size });
      }
      return undefined;
    },
  );
  o.onProgress?.({ schedules, outcomes: found.size });
  return {
    strategy,
    schedules: r.runs,
    complete: r.complete,
    preemptionBound: r.bound,
    stopped: r.stopped === 'stopped' ? 'time' : r.stopped,
    elapsedMs: elapsed(),
    outcomes: [...found.values()].map(({ outcome, count }) => ({ ...outcome, count })),
  };
}

// dpor for programs short enough to search exhaustively, PCT for the rest: the length of the
// schedule Go itself would run decides.
function autoStrategy(p: ExplorableProgram): 'dpor' | 'pct' {
  const x = p.execute(new GoOrder());
  return x.steps <= AUTO_DPOR_MAX_STEPS ? 'dpor' : 'pct';
}

/** The reports of a search's shards as one (their outcomes in the order one search finds them). */
export function mergeReports(reports: readonly ExploreReport[]): ExploreReport {
  const first = reports[0];
  if (first === undefined) {
    throw new Error('mergeReports: no reports');
  }
  const byKey = new Map<string, ExploreOutcome>();
  for (const r of reports) {
    for (const o of r.outcomes) {
      const key = outcomeKey(o);
      const have = byKey.get(key);
      if (have === undefined) {
        byKey.set(key, o);
      } else {
        const earlier = have.firstSchedule <= o.firstSchedule ? have : o;
        byKey.set(key, { ...earlier, count: have.count + o.count });
      }
    }
  }
  return {
    strategy: first.strategy,
    schedules: reports.reduce((n, r) => n + r.schedules, 0),
    complete: reports.every((r) => r.complete),
    preemptionBound: first.preemptionBound,
    stopped: reports.some((r) => r.stopped === 'time')
      ? 'time'
      : reports.some((r) => r.stopped === 'budget')
        ? 'budget'
        : 'exhausted',
    elapsedMs: Math.max(...reports.map((r) => r.elapsedMs)),
    outcomes: [...byKey.values()].sort((a, b) => a.firstSchedule - b.firstSchedule),
  };
}

/**
 * Runs the schedule of `token` again; with `trace`, step by step. Throws ReplayMismatch when
 * the token does not fit the program.
 */
export function replayProgram(
  p: ExplorableProgram,
  token: string,
  o: { readonly trace?: boolean } = {},
): { readonly run: ScheduleRun; readonly trace: readonly TraceStep[] | null } {
  const [schedule = '', start] = token.split('@');
  const startTime = start === undefined ? undefined : parseInt(start, 36);
  if (startTime !== undefined && !Number.isSafeInteger(startTime)) {
    throw new ReplayMismatch(`the replay token's start time is not valid: ${start}`);
  }
  const replay = new Replay(decodeToken(schedule));
  const tracer = o.trace === true ? new Tracer(replay, p) : null;
  const x = p.execute(
    tracer ?? replay,
    (where) => {
      tracer?.setWhere(where);
    },
    startTime,
  );
  if (!replay.finished) {
    throw new ReplayMismatch(
      'the replay token does not match this program: the program ended before its schedule did',
    );
  }
  return { run: p.describe(x, token), trace: tracer?.finish() ?? null };
}

/** Records each step of a run as the strategy it wraps decides it. */
class Tracer implements Strategy {
  readonly #inner: Strategy;
  readonly #p: ExplorableProgram;
  readonly #steps: TraceStep[] = [];
  #where: Where = () => null;
  /** The map the last step touched, whose state is known once the step is done. */
  #pendingMap: Hmap | null = null;
  /** That step's index. */
  #pendingAt = -1;

  constructor(inner: Strategy, p: ExplorableProgram) {
    this.#inner = inner;
    this.#p = p;
  }

  setWhere(where: Where): void {
    this.#where = where;
  }

  pick(req: PickRequest): Goroutine {
    this.#settle();
    const g = this.#inner.pick(req);
    const op: Operation | null = g === req.current ? req.op : g.pendingOp;
    const place = this.#p.place(op?.at, this.#where(g.id));
    const prev = this.#steps.at(-1);
    this.#steps.push({
      step: this.#steps.length + 1,
      goroutine: g.id,
      func: place?.func ?? null,
      position: place === null ? null : `${place.file}:${place.line}`,
      operation: op?.name ?? (g.lastOp === null ? 'start' : 'resume'),
      switched: prev !== undefined && prev.goroutine !== g.id,
      map: null,
    });
    this.#pendingMap = op?.object instanceof Hmap ? op.object : null;
    this.#pendingAt = this.#steps.length - 1;
    return g;
  }

  choose(n: number, what: string): number {
    const c = this.#inner.choose(n, what);
    const last = this.#steps.at(-1);
    if (n > 1 && last !== undefined) {
      // A choice inside the last step (a select's ready case, a range loop's start): shown
      // as a step of its own.
      this.#steps.push({
        ...last,
        step: this.#steps.length + 1,
        operation: `${what}: ${c} of 0–${n - 1}`,
        switched: false,
        map: null,
      });
    }
    return c;
  }

  finish(): TraceStep[] {
    this.#settle();
    return this.#steps;
  }

  // The last step's map, as that step left it.
  #settle(): void {
    const h = this.#pendingMap;
    const step = this.#steps[this.#pendingAt];
    if (h !== null && step !== undefined) {
      this.#steps[this.#pendingAt] = { ...step, map: mapState(h) };
    }
    this.#pendingMap = null;
  }
}

function mapState(h: Hmap): MapState {
  const flags: string[] = [];
  for (const [bit, name] of [
    [iterator, 'iterator'],
    [oldIterator, 'oldIterator'],
    [hashWriting, 'hashWriting'],
    [sameSizeGrow, 'sameSizeGrow'],
  ] as const) {
    if ((h.flags & bit) !== 0) {
      flags.push(name);
    }
  }
  return {
    addr: `0x${h.addr.toString(16)}`,
    count: h.count,
    B: h.B,
    flags,
    growing: h.growing(),
  };
}
