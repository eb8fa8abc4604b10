// Go's garbage collector as a heap: allocation, the write barrier, and a concurrent
// tri-colour mark-sweep cycle advanced one step at a time, so mutator steps can interleave with
// marking and every intermediate colouring can be observed.
// Go: runtime/mgc.go (phases), mgcmark.go (roots, greyobject, scanobject), mbarrier.go and
// mwbbuf.go (the barrier), mgcsweep.go (sweep, finalizers), mgcpacer.go (goal), mcheckmark.go.
import {
  GoFatalError,
  assert,
  forEachPointer,
  roundupsize,
  type GoType,
  type Heap,
  type HeapObject,
  type WriteBarrier,
} from '@mapscope/runtime-core';
import { GcObject } from './gc-object.ts';
import { gctraceLine, type CycleTimes } from './gctrace.ts';

/** Go: runtime/mgc.go gcphase (sweeping runs while the phase is off). */
export const Phase = {
  Off: 'off',
  Mark: 'mark',
  MarkTermination: 'mark termination',
} as const;
/** One of {@link Phase}'s values. */
export type Phase = (typeof Phase)[keyof typeof Phase];

/** How pointer stores are barriered. */
export const BarrierMode = {
  /** As Go's amd64 runtime runs it: shade the old and the new pointer, always (gcWriteBarrier). */
  Go: 'go',
  /** The documented hybrid barrier: shade the old; shade the new while the writer's stack is grey. */
  Hybrid: 'hybrid',
  /** Insertion only (Go ≤ 1.7): shade the new; stacks are rescanned at mark termination. */
  Dijkstra: 'dijkstra',
  /** Deletion only: shade the old. */
  Yuasa: 'yuasa',
  /** No barrier: a reachable object can be lost. */
  Off: 'off',
} as const;
/** One of {@link BarrierMode}'s values. */
export type BarrierMode = (typeof BarrierMode)[keyof typeof BarrierMode];

/** A goroutine stack as a root. */
export interface StackRoot {
  readonly id: number;
  /** Scanned this cycle: black (Go: gp.gcscandone). The collector sets it. */
  scanned: boolean;
  /** The heap objects its frames (and deferred calls' arguments) point to. */
  refs(): Iterable<HeapObject>;
}

/** Where marking starts. The scheduler and interpreter supply them. Go: gcMarkRootPrepare. */
export interface Roots {
  stacks(): Iterable<StackRoot>;
  globals(): Iterable<HeapObject>;
}

/** Options of {@link GcHeap}. */
export interface GcHeapOptions {
  /** GOGC (default 100; negative: off). */
  readonly gogc?: number;
  readonly barrier?: BarrierMode;
  readonly roots?: Roots;
  /** Verify each cycle's marking by re-marking from the roots with the world stopped. */
  readonly checkmark?: boolean;
  /** GODEBUG=gctrace=1: receives each cycle's line. */
  readonly gctrace?: (line: string) => void;
  /** Virtual time in nanoseconds (for gctrace). */
  readonly clock?: () => number;
  /** The most bytes the program may hold (default 1 GiB). */
  readonly limitBytes?: number;
  /**
   * Allocation during marking does mark work (default true). Off, marking advances only through
   * markStep, so a test or a visualization decides every step.
   */
  readonly assists?: boolean;
}

/** The runtime.MemStats fields the model keeps (bytes and counts). */
export interface MemStats {
  readonly HeapAlloc: number;
  readonly HeapObjects: number;
  readonly TotalAlloc: number;
  readonly Mallocs: number;
  readonly Frees: number;
  readonly NumGC: number;
  readonly NextGC: number;
}

/** What one finished cycle did. */
export interface CycleReport {
  readonly n: number;
  readonly forced: boolean;
  /** Heap in use when it started, at mark termination, and marked live. Go: heap0, heap1, heap2. */
  readonly heap0: number;
  readonly heap1: number;
  readonly heap2: number;
  readonly goal: number;
  readonly freed: number;
  /** Reachable objects the marking left white (found by checkmark): lost objects. */
  readonly unmarkedReachable: readonly GcObject[];
}

const heapMinimum = 4 << 20;

/** The collected heap. */
export class GcHeap implements Heap {
  phase: Phase = Phase.Off;
  readonly barrierMode: BarrierMode;
  readonly objects: Set<GcObject> = new Set<GcObject>();
  /** The grey objects (Go: the gcWork queues). */
  readonly grey: GcObject[] = [];
  /** The goroutine stack doing the current mutation (the hybrid barrier asks if it is grey). */
  mutator: StackRoot | null = null;
  /** Bytes allocated and not yet freed (Go: heapLive). */
  heapLive = 0;
  /** Bytes marked by the last cycle (Go: heapMarked). */
  heapMarked = 0;
  numGC = 0;
  /**
   * Finalizers found ready by sweeps, with their objects, to run (Go: finq, which is a root:
   * the object stays alive until its finalizer has run).
   */
  readonly finalizerQueue: { readonly obj: GcObject; readonly fn: (o: GcObject) => void }[] = [];
  readonly cycles: CycleReport[] = [];
  #roots: Roots;
  #gogc: number;
  #next = 0xc000010000;
  #jobs: (() => void)[] = [];
  #cycle: { forced: boolean; heap0: number; times: CycleTimes } | null = null;
  readonly #opts: GcHeapOptions;
  #totalAlloc = 0;
  #mallocs = 0;

  constructor(o: GcHeapOptions = {}) {
    this.#opts = o;
    this.barrierMode = o.barrier ?? BarrierMode.Go;
    this.#roots = o.roots ?? { stacks: () => [], globals: () => [] };
    this.#gogc = o.gogc ?? 100;
  }

  /** Replaces the roots (the scheduler or interpreter attaches after creating the heap). */
  setRoots(roots: Roots): void {
    this.#roots = roots;
  }

  /** The heap goal: GOGC% more than the live heap, at least 4 MiB·GOGC/100. Go: mgcpacer.go. */
  get goal(): number {
    if (this.#gogc < 0) {
      return Infinity;
    }
    return Math.max(
      this.heapMarked + (this.heapMarked * this.#gogc) / 100,
      (heapMinimum * this.#gogc) / 100,
    );
  }

  /** Where a cycle starts: 45/64 of the way from the live heap to the goal (the earliest trigger). */
  get trigger(): number {
    return this.heapMarked + ((this.goal - this.heapMarked) * 45) / 64;
  }

  /** Allocates; during marking the new object is black. Go: mallocgc, gcmarknewobject. */
  alloc(type: GoType, count: number): GcObject {
    const size = roundupsize(Math.max(type.size * count, 1));
    if (this.heapLive + size > (this.#opts.limitBytes ?? 2 ** 30)) {
      throw new GoFatalError(
        `runtime: out of memory (mapscope's heap limit of ${this.#opts.limitBytes ?? 2 ** 30} bytes)`,
      );
    }
    if (this.phase === Phase.Off && this.#gogc >= 0 && this.heapLive + size >= this.trigger) {
      this.startCycle(false);
    } else if (this.phase === Phase.Mark && this.#opts.assists !== false) {
      this.assist(size);
    }
    const o = new GcObject(this.#next, type, count, size);
    this.#next += Math.max(size, 8);
    this.objects.add(o);
    this.heapLive += size;
    this.#totalAlloc += size;
    this.#mallocs++;
    if (this.phase !== Phase.Off) {
      o.marked = true; // allocate black
    }
    return o;
  }

  /** The write barrier while marking, else null. Go: writeBarrier.enabled. */
  get writeBarrier(): WriteBarrier | null {
    return this.phase === Phase.Off || this.barrierMode === BarrierMode.Off ? null : this.#barrier;
  }

  readonly #barrier: WriteBarrier = (_holder, type, oldValue, newValue) => {
    const m = this.barrierMode;
    if (m === BarrierMode.Go || m === BarrierMode.Hybrid || m === BarrierMode.Yuasa) {
      forEachPointer(type, oldValue, this.#shade);
    }
    const stackGrey = !(this.mutator?.scanned ?? false);
    if (
      m === BarrierMode.Go ||
      m === BarrierMode.Dijkstra ||
      (m === BarrierMode.Hybrid && stackGrey)
    ) {
      forEachPointer(type, newValue, this.#shade);
    }
  };

  /** A pointer store into element i of `o`, through the barrier. Go: a compiled store + gcWriteBarrier. */
  store(o: GcObject, i: number, v: unknown): void {
    this.writeBarrier?.(o, o.type, o.values[i], v);
    o.values[i] = v;
  }

  /** Greys a white object. Go: shade → greyobject. */
  readonly #shade = (o: HeapObject): void => {
    if (!(o instanceof GcObject) || o.marked || o.freed) {
      return;
    }
    o.marked = true;
    if (o.type.ptrdata === 0 && o.content === undefined) {
      return; // noscan: straight to black
    }
    o.queued = true;
    this.grey.push(o);
  };

  /** `runtime.SetFinalizer(o, f)` (f null clears it). */
  setFinalizer(o: GcObject, f: ((o: GcObject) => void) | null): void {
    o.finalizer = f;
  }

  /**
   * Starts a cycle: sweep termination (finish the previous sweep), then mark setup with the
   * world stopped: barrier on, root jobs queued. Go: gcStart.
   */
  startCycle(forced: boolean): void {
    if (this.phase !== Phase.Off) {
      return;
    }
    const now = this.#now();
    const stacks = [...this.#roots.stacks()];
    for (const st of stacks) {
      st.scanned = false;
    }
    this.#cycle = {
      forced,
      heap0: this.heapLive,
      times: { sweepTerm: now, mark: now, markTerm: now, end: now },
    };
    this.phase = Phase.Mark;
    // Root jobs in Go's order: finalizers, globals, stacks (each stack is one job).
    this.#jobs = [
      () => {
        for (const o of this.objects) {
          if (o.finalizer !== null) {
            o.trace(this.#shade); // what it points to stays alive; the object itself does not
          }
        }
        for (const q of this.finalizerQueue) {
          this.#shade(q.obj); // queued to be finalized: alive until then
        }
      },
      () => {
        for (const g of this.#roots.globals()) {
          this.#shade(g);
        }
      },
      ...stacks.map((st) => () => {
        this.#scanStack(st);
      }),
    ];
  }

  #scanStack(st: StackRoot): void {
    for (const r of st.refs()) {
      this.#shade(r);
    }
    st.scanned = true;
  }

  /**
   * One unit of concurrent mark work: a root job, else one grey object scanned (blackened).
   * False when there is none left. Go: gcDrain's loop body.
   */
  markStep(): boolean {
    if (this.phase !== Phase.Mark) {
      return false;
    }
    const job = this.#jobs.shift();
    if (job !== undefined) {
      job();
      return true;
    }
    const o = this.grey.pop();
    if (o === undefined) {
      return false;
    }
    o.queued = false;
    o.trace(this.#shade);
    return true;
  }

  /**
   * A mutator assist: allocating during marking pays for it with mark work (one step per 512
   * bytes, at least one); when no work is left the cycle ends. Go: gcAssistAlloc (the real
   * pacer's rate is simplified to a fixed one).
   */
  assist(bytes: number): void {
    for (let i = Math.max(1, Math.floor(bytes / 512)); i > 0; i--) {
      if (!this.markStep()) {
        this.finishCycle();
        return;
      }
    }
  }

  /**
   * Mark termination with the world stopped, then sweep: drain what is left (Go's
   * gcMarkDone/gcMarkTermination; with the Dijkstra barrier stacks are rescanned first, as Go
   * ≤ 1.7 did), optionally checkmark, then free every unmarked object.
   */
  finishCycle(): CycleReport {
    while (this.markStep()) {
      // drain
    }
    const c = this.#cycle;
    assert(c !== null, 'finishCycle without a cycle in progress');
    this.phase = Phase.MarkTermination;
    c.times.markTerm = this.#now();
    if (this.barrierMode === BarrierMode.Dijkstra) {
      this.phase = Phase.Mark;
      for (const st of this.#roots.stacks()) {
        this.#scanStack(st);
      }
      while (this.markStep()) {
        // drain the rescan
      }
      this.phase = Phase.MarkTermination;
    }
    const heap1 = this.heapLive;
    const lost = this.#opts.checkmark === true ? this.checkmark() : [];
    this.phase = Phase.Off;
    const freed = this.#sweep();
    c.times.end = this.#now();
    this.numGC++;
    const report: CycleReport = {
      n: this.numGC,
      forced: c.forced,
      heap0: c.heap0,
      heap1,
      heap2: this.heapMarked,
      goal: this.goal,
      freed,
      unmarkedReachable: lost,
    };
    this.cycles.push(report);
    this.#cycle = null;
    this.#opts.gctrace?.(gctraceLine(report, c.times));
    return report;
  }

  /** `runtime.GC()`: finishes any cycle in progress, then runs a whole forced cycle. */
  gc(): CycleReport {
    if (this.phase !== Phase.Off) {
      this.finishCycle();
    }
    this.startCycle(true);
    return this.finishCycle();
  }

  /**
   * GODEBUG=gccheckmark=1: with the world stopped, marks again from the roots on a separate
   * bitmap; every reachable object the cycle left white is returned (Go throws "checkmark
   * found unmarked object"). Go: mcheckmark.go.
   */
  checkmark(): GcObject[] {
    const seen = new Set<GcObject>();
    const stack: GcObject[] = [];
    const visit = (o: HeapObject): void => {
      if (o instanceof GcObject && !seen.has(o)) {
        seen.add(o);
        stack.push(o);
      }
    };
    for (const g of this.#roots.globals()) {
      visit(g);
    }
    for (const st of this.#roots.stacks()) {
      for (const r of st.refs()) {
        visit(r);
      }
    }
    for (const o of this.objects) {
      if (o.finalizer !== null) {
        o.trace(visit);
      }
    }
    for (const q of this.finalizerQueue) {
      visit(q.obj);
    }
    for (let o = stack.pop(); o !== undefined; o = stack.pop()) {
      o.trace(visit);
    }
    return [...seen].filter((o) => !o.marked);
  }

  // Go: mgcsweep.go sweep — unmarked objects with a finalizer survive once and queue it; the
  // rest are freed; marks are cleared for the next cycle.
  #sweep(): number {
    let freed = 0;
    let marked = 0;
    for (const o of this.objects) {
      if (!o.marked && o.finalizer !== null) {
        // Go: the special record moves to finq; the object survives this cycle.
        o.marked = true;
        this.finalizerQueue.push({ obj: o, fn: o.finalizer });
        o.finalizer = null;
      }
      if (o.marked) {
        marked += o.size;
        o.marked = false;
        continue;
      }
      o.freed = true;
      this.objects.delete(o);
      this.heapLive -= o.size;
      freed++;
    }
    this.heapMarked = marked;
    return freed;
  }

  /** `runtime.ReadMemStats`: the fields the model keeps. Go: runtime/mstats.go MemStats. */
  memStats(): MemStats {
    return {
      HeapAlloc: this.heapLive,
      HeapObjects: this.objects.size,
      TotalAlloc: this.#totalAlloc,
      Mallocs: this.#mallocs,
      Frees: this.#mallocs - this.objects.size,
      NumGC: this.numGC,
      NextGC: Number.isFinite(this.goal) ? Math.floor(this.goal) : Number.MAX_SAFE_INTEGER,
    };
  }

  /** Runs the queued finalizers, as Go's finalizer goroutine does. */
  runFinalizers(): number {
    let n = 0;
    for (let q = this.finalizerQueue.shift(); q !== undefined; q = this.finalizerQueue.shift()) {
      q.fn(q.obj);
      n++;
    }
    return n;
  }

  #now(): number {
    return this.#opts.clock?.() ?? 0;
  }
}
