// The deterministic goroutine scheduler: one P, Go's run queues, virtual time, and Go's end
// of program (main returns, a panic, a fatal error, or the deadlock check).
// Go: runtime/proc.go (newproc, ready, schedule, findRunnable, checkdead, goexit).
import { GoFatalError, GoPanic, assert } from '@mapscope/runtime-core';
import { GStatus, Goroutine } from './goroutine.ts';
import { AccessKind, type GoStart, type Instr, type Operation } from './instr.ts';
import { VirtualClock } from './clock.ts';
import { RaceDetector, type RaceAt, type RaceGoroutine, type RaceReport } from './race.ts';
import { GoOrder, type Strategy } from './strategy.ts';

/** Thrown inside a goroutine by `runtime.Goexit`: ends it after its `finally` blocks ran. */
export class GoexitSignal extends Error {
  override name = 'GoexitSignal';
}

/** Thrown by `os.Exit(code)`: ends the program at once, deferred calls do not run. */
export class ExitSignal extends Error {
  override name = 'ExitSignal';
  readonly code: number;

  constructor(code: number) {
    super(`exit status ${code}`);
    this.code = code;
  }
}

/**
 * Thrown where a goroutine passes a scheduling point without stopping (Scheduler.spin) and
 * the run has used up its steps: the scheduler ends the run with a limit outcome.
 */
export class StepLimit extends Error {
  override name = 'StepLimit';
}

/** A goroutine as the end of a run shows it. */
export interface GoroutineReport {
  readonly id: number;
  readonly status: GStatus;
  readonly waitReason: string | null;
  /** What it waits on: the channel, mutex … object. */
  readonly waitingOn: object | null;
  /** The goroutine whose go statement created it (0: the runtime) and where. */
  readonly parent: number;
  readonly createdAt: string;
  /** The operation it is about to perform, or else the last one it reached (null: none yet). */
  readonly op: Operation | null;
}

/** How a run ended. */
export type Outcome =
  | { readonly kind: 'exit'; readonly code: number; readonly leaked: readonly GoroutineReport[] }
  | {
      readonly kind: 'panic';
      readonly value: unknown;
      readonly goroutine: number;
      readonly goroutines: readonly GoroutineReport[];
    }
  | {
      readonly kind: 'fatal';
      readonly reason: string;
      readonly goroutine: number;
      readonly goroutines: readonly GoroutineReport[];
    }
  | {
      readonly kind: 'limit';
      readonly limit: string;
      readonly goroutines: readonly GoroutineReport[];
    };

/** Options of {@link Scheduler}. */
export interface SchedulerOptions {
  readonly strategy?: Strategy;
  /**
   * The id of the first goroutine a program starts. Go numbers goroutines in creation order;
   * with one P the runtime's own (forcegc, bgsweep, bgscavenge, finalizers) take 2–5, so a
   * program's first `go` gets 6.
   */
  readonly firstGoid?: number;
  /** The most scheduling points a run may take before it is stopped as a probable livelock. */
  readonly maxSteps?: number;
  /** Detect data races (`go run -race`). */
  readonly race?: boolean;
  /** With race: called with each race as it is found. */
  readonly onRace?: (r: RaceReport) => void;
}

/** What a race run keeps of a goroutine for the reports, also after it exits. */
interface RaceGoroutineInfo {
  readonly createdAt: RaceAt;
  readonly number: number;
  finished: boolean;
}

/** Runs goroutines one at a time, as strategies decide. */
export class Scheduler {
  readonly clock: VirtualClock = new VirtualClock();
  readonly strategy: Strategy;
  readonly maxSteps: number;
  /** The race detector, when the run detects races. */
  readonly race: RaceDetector | null;
  /** Every goroutine not yet dead, by id. */
  readonly live: Map<number, Goroutine> = new Map<number, Goroutine>();
  /** The goroutine running now. */
  current: Goroutine | null = null;
  /** Scheduling points passed in this run. */
  steps = 0;
  /** Told of what ended each goroutine that ended by throwing (a panic, Goexit, a fatal error). */
  onThrown: ((id: number, e: unknown) => void) | null = null;
  #nextId: number;
  #runnext: Goroutine | null = null;
  readonly #runq: Goroutine[] = [];
  readonly #globrunq: Goroutine[] = [];
  /** #queue's answer when runnext alone can run (reused: a pick only reads it). */
  readonly #one: Goroutine[] = [];
  #schedtick = 0;
  #main: Goroutine | null = null;
  #mainExited = false;
  /** Race runs: every goroutine's creation site and report number, by id. */
  readonly #raceInfo = new Map<number, RaceGoroutineInfo>();
  #nextRaceNumber: number;
  #timerRaceContext = false;
  /** The strategy's picks change nothing while one goroutine alone can run. */
  readonly #quietAlone: boolean;

  constructor(o: SchedulerOptions = {}) {
    this.strategy = o.strategy ?? new GoOrder();
    this.#quietAlone = this.strategy.quietAlone === true;
    this.maxSteps = o.maxSteps ?? 10_000_000;
    this.race = o.race === true ? new RaceDetector() : null;
    this.#nextId = o.firstGoid ?? 6;
    // ThreadSanitizer numbers goroutines itself: with the runtime's own goroutines counted, a
    // program's goroutines get one more than their goid (goid 6 is "goroutine 7" in reports).
    this.#nextRaceNumber = this.#nextId + 1;
    if (this.race !== null) {
      this.race.onRace = o.onRace ?? null;
    }
  }

  /**
   * `go f()`: a new goroutine, put in runnext as Go's newproc does. `createdAt` names the go
   * statement; in race runs `raceCreatedAt` is the creating goroutine's stack there.
   */
  go(body: GoStart, createdAt = '', raceCreatedAt: RaceAt = createdAt): Goroutine {
    const id = this.#nextId++;
    const code = typeof body === 'function' ? body(id) : body;
    const g = new Goroutine(id, code, this.current?.id ?? 0, createdAt);
    // Its first step: running up to its first scheduling point (only a program's end can
    // tell whether it did).
    g.pendingOp = { name: 'start', object: g, access: AccessKind.Read };
    this.live.set(g.id, g);
    if (this.race !== null) {
      this.race.spawn(g.parent, g.id);
      this.#raceInfo.set(g.id, {
        createdAt: raceCreatedAt,
        number: this.#nextRaceNumber++,
        finished: false,
      });
    }
    this.#runqput(g);
    return g;
  }

  /**
   * What race reports say of goroutine `id` (race runs; also once it has exited): where it was
   * created, whether it finished, and its number in reports.
   */
  raceGoroutine(id: number): RaceGoroutine | undefined {
    return this.#raceInfo.get(id);
  }

  /** Readies a parked goroutine with `param` (what its park returns). Go: goready. */
  ready(g: Goroutine, param?: unknown): void {
    // Its next step finishes the operation it waited in (a woken Mutex.Lock takes the lock):
    // for the searches, a step on the object it waited on.
    g.pendingOp =
      g.waitingOn === null ? null : { name: 'wake', object: g.waitingOn, access: AccessKind.Write };
    g.status = GStatus.Runnable;
    g.waitReason = null;
    g.waitingOn = null;
    g.param = param;
    this.#runqput(g);
  }

  /** The goroutine running now; operations call this (one is always running inside them). */
  running(): Goroutine {
    assert(this.current !== null, 'no goroutine is running');
    return this.current;
  }

  /**
   * Tells the race detector that the running goroutine acquires what was released on `obj`
   * (outside any goroutine, as when a timer fires: the runtime's timer context, id 0).
   */
  acquire(obj: object): void {
    this.race?.acquire(this.current?.id ?? 0, obj);
  }

  /** Tells the race detector that the running goroutine (or the timer context) releases on `obj`. */
  release(obj: object): void {
    this.race?.release(this.current?.id ?? 0, obj);
  }

  /**
   * A read of the variable at `addr` by the running goroutine (or the timer context, as when a
   * timer's function runs), at `at` (a position or stack).
   */
  memRead(addr: number, at: RaceAt): void {
    this.race?.read(this.current?.id ?? 0, addr, at);
  }

  /** A write of the variable at `addr` by the running goroutine (or the timer context). */
  memWrite(addr: number, at: RaceAt): void {
    this.race?.write(this.current?.id ?? 0, addr, at);
  }

  /**
   * Whether the running goroutine is alone: no other goroutine is runnable and the strategy's
   * picks change nothing then. Nothing else can become runnable while it runs without
   * stopping: only its own operations (a send, an unlock, a go statement) ready others, and
   * time moves only when nobody can run. So until it performs such an operation, a scheduling
   * point is a step of the count and nothing more (spin), and code that cannot block may run
   * as plain JavaScript calls.
   */
  alone(): boolean {
    return (
      this.#quietAlone &&
      this.#runnext === null &&
      this.#runq.length === 0 &&
      this.#globrunq.length === 0
    );
  }

  /**
   * Whether the running goroutine's next scheduling point would change nothing: it is alone,
   * or the strategy would keep it running anyway (GoOrder, within its time slice). Then one
   * point may be passed with spin instead of stopping.
   */
  passes(): boolean {
    const g = this.current;
    return g !== null && (this.alone() || this.strategy.keeps?.(g) === true);
  }

  /**
   * Passes the running goroutine's next scheduling point without stopping (spin) if passes()
   * says it may; false when it must stop there (`if (!s.pass()) yield* point(op)`).
   */
  pass(): boolean {
    if (!this.passes()) {
      return false;
    }
    this.spin();
    return true;
  }

  /**
   * A scheduling point passed without stopping, by the running goroutine while it is alone (or,
   * for one point, while passes() says so): counted as #point counts it. Throws StepLimit when
   * the run has used up its steps.
   */
  spin(): void {
    if (++this.steps > this.maxSteps) {
      throw new StepLimit();
    }
    const g = this.current;
    if (g !== null) {
      g.steps++;
    }
  }

  /**
   * Where each goroutine other than the running one is suspended: its JavaScript stack (see
   * Goroutine.probe), for the report of a run that ended. The goroutines cannot run again.
   */
  suspendedStacks(): Map<number, string> {
    const out = new Map<number, string>();
    for (const g of this.live.values()) {
      if (g !== this.current || g.status !== GStatus.Running) {
        const at = g.probe();
        if (at !== null) {
          out.set(g.id, at);
        }
      }
    }
    return out;
  }

  /** `runtime.NumGoroutine()`: goroutines not yet dead. */
  numGoroutine(): number {
    return this.live.size;
  }

  /** Runs `main` as goroutine 1 until the program ends. */
  run(main: GoStart): Outcome {
    const g = new Goroutine(1, typeof main === 'function' ? main(1) : main, 0, '');
    this.#main = g;
    this.live.set(1, g);
    this.current = g;
    g.status = GStatus.Running;
    this.#schedtick = 1; // main's own schedule (Go: execute increments schedtick)
    for (;;) {
      const end = this.#advance();
      if (end !== null) {
        return end;
      }
    }
  }

  // One step of the run: the current goroutine to its next instruction, or a switch.
  #advance(): Outcome | null {
    return this.current === null ? this.#switch() : this.#step(this.current);
  }

  // Resumes `g` until its next instruction; returns the outcome if the program ended.
  #step(g: Goroutine): Outcome | null {
    let r: IteratorResult<Instr, void>;
    try {
      const param = g.param;
      g.param = undefined;
      g.pendingOp = null;
      r = g.resume(param);
    } catch (e) {
      return this.#thrown(g, e);
    }
    if (r.done === true) {
      return this.#exit(g);
    }
    const instr = r.value;
    if (instr.kind === 'yield') {
      // Go: goschedImpl — to the global run queue, behind everything local.
      g.status = GStatus.Runnable;
      this.#globrunq.push(g);
      this.current = null;
      return null;
    }
    if (instr.kind === 'park') {
      g.status = GStatus.Waiting;
      g.waitReason = instr.reason;
      g.waitingOn = instr.on;
      this.current = null;
      return null;
    }
    return this.#point(g, instr.op);
  }

  #point(g: Goroutine, op: Operation): Outcome | null {
    if (++this.steps > this.maxSteps) {
      return this.#limit();
    }
    g.steps++;
    g.pendingOp = op;
    g.lastOp = op;
    const next = this.strategy.pick({ current: g, queue: this.#queue(), op });
    if (next !== g) {
      // Preempted: Go puts it on the global run queue (goschedImpl).
      g.status = GStatus.Runnable;
      this.#globrunq.push(g);
      this.#run(next);
    }
    return null;
  }

  // The current goroutine stopped: run the next one, or advance time, or end the program.
  #switch(): Outcome | null {
    const queue = this.#queue();
    if (queue.length > 0) {
      this.#run(this.strategy.pick({ current: null, queue, op: null }));
      return null;
    }
    if (this.race !== null && !this.#timerRaceContext && this.clock.pending) {
      // Go: runtimer gives the P a race context when it first runs a timer (racegostart),
      // which takes the next goroutine number of the reports.
      this.#timerRaceContext = true;
      this.#nextRaceNumber++;
    }
    if (this.clock.advance()) {
      return null;
    }
    return this.#deadlock();
  }

  #run(g: Goroutine): void {
    this.#dequeue(g);
    this.#schedtick++;
    g.status = GStatus.Running;
    g.steps = 0;
    this.current = g;
  }

  // Go: runqput(pp, gp, next=true) — the newcomer runs next; the old runnext goes to the tail.
  #runqput(g: Goroutine): void {
    if (this.#runnext !== null) {
      this.#runq.push(this.#runnext);
    }
    this.#runnext = g;
  }

  // The runnable goroutines in Go's order: every 61st schedule the global queue first
  // (findRunnable's fairness check), else runnext, the local queue, the global queue.
  #queue(): readonly Goroutine[] {
    if (this.#globrunq.length === 0) {
      // The common cases without a copy: the local queue alone, or runnext alone.
      if (this.#runnext === null) {
        return this.#runq;
      }
      if (this.#runq.length === 0) {
        this.#one[0] = this.#runnext;
        return this.#one;
      }
    }
    const local = this.#runnext === null ? this.#runq : [this.#runnext, ...this.#runq];
    return this.#schedtick % 61 === 0 && this.#globrunq.length > 0
      ? [...this.#globrunq, ...local]
      : [...local, ...this.#globrunq];
  }

  #dequeue(g: Goroutine): void {
    if (this.#runnext === g) {
      this.#runnext = null;
      return;
    }
    for (const q of [this.#runq, this.#globrunq]) {
      const i = q.indexOf(g);
      if (i >= 0) {
        q.splice(i, 1);
        return;
      }
    }
  }

  #exit(g: Goroutine): Outcome | null {
    g.status = GStatus.Dead;
    this.live.delete(g.id);
    const info = this.#raceInfo.get(g.id);
    if (info !== undefined) {
      info.finished = true;
    }
    this.current = null;
    if (g === this.#main && !this.#mainExited) {
      // main returned: the program exits; goroutines still blocked are leaked. With races
      // found, the race runtime makes the exit status 66.
      this.#ended(g);
      return {
        kind: 'exit',
        code: this.race !== null && this.race.races.length > 0 ? 66 : 0,
        leaked: this.#reports().filter((r) => r.status === GStatus.Waiting),
      };
    }
    return null;
  }

  #limit(): Outcome {
    return {
      kind: 'limit',
      limit: `the run took more than ${this.maxSteps} scheduling points (a livelock or a very long program)`,
      goroutines: this.#reports(),
    };
  }

  #thrown(g: Goroutine, e: unknown): Outcome | null {
    this.onThrown?.(g.id, e);
    if (e instanceof StepLimit) {
      return this.#limit();
    }
    if (e instanceof GoexitSignal) {
      if (g === this.#main) {
        this.#mainExited = true;
      }
      return this.#exit(g);
    }
    if (e instanceof ExitSignal) {
      this.#ended(g);
      return { kind: 'exit', code: e.code, leaked: [] };
    }
    if (e instanceof GoPanic) {
      this.#ended(g);
      return { kind: 'panic', value: e.value, goroutine: g.id, goroutines: this.#reports() };
    }
    if (e instanceof GoFatalError) {
      this.#ended(g);
      return { kind: 'fatal', reason: e.reason, goroutine: g.id, goroutines: this.#reports() };
    }
    throw e;
  }

  // Tells the strategy which goroutine's step ended the program.
  #ended(g: Goroutine): void {
    this.strategy.end?.(g.id, this.#queue());
  }

  // Go: checkdead — nothing can run and no timer is pending.
  #deadlock(): Outcome {
    const reason =
      this.#mainExited && this.live.size === 0
        ? 'no goroutines (main called runtime.Goexit) - deadlock!'
        : 'all goroutines are asleep - deadlock!';
    return { kind: 'fatal', reason, goroutine: 0, goroutines: this.#reports() };
  }

  #reports(): GoroutineReport[] {
    return [...this.live.values()]
      .sort((a, b) => a.id - b.id)
      .map((g) => ({
        id: g.id,
        status: g.status,
        waitReason: g.waitReason,
        waitingOn: g.waitingOn,
        parent: g.parent,
        createdAt: g.createdAt,
        op: g.pendingOp ?? g.lastOp,
      }));
  }
}
