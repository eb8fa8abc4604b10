// Who runs next. Every decision of a run goes through a Strategy, so a run is fully
// determined by its strategy (and the strategy by its seed), and can be recorded and replayed.
import { Wyrand, assert, fastrandn, type RandomSource } from '@mapscope/runtime-core';
import type { Goroutine } from './goroutine.ts';
import type { Operation } from './instr.ts';

/** A decision the scheduler asks for. */
export interface PickRequest {
  /** The goroutine that was running, if it can go on (it reached a scheduling point). */
  readonly current: Goroutine | null;
  /** The runnable goroutines in the order single-P Go would run them (runnext, local, global). */
  readonly queue: readonly Goroutine[];
  /** The operation `current` is about to perform, at a scheduling point. */
  readonly op: Operation | null;
}

/** Decides the schedule. */
export interface Strategy {
  /** The goroutine to run next: `current` or one of `queue`. */
  pick(req: PickRequest): Goroutine;
  /** One of n alternatives (0 ≤ result < n) of a nondeterministic choice, e.g. a select's ready cases. */
  choose(n: number, what: string): number;
  /**
   * The program ended during goroutine `g`'s last step (main returned, os.Exit, a panic or a
   * fatal error); `runnable` could still have run.
   */
  end?(g: number, runnable: readonly Goroutine[]): void;
  /**
   * Whether a pick with nobody else runnable returns `current` and changes nothing (no
   * random number drawn, nothing recorded). Then a running goroutine alone may pass its
   * scheduling points without stopping at them (see Scheduler.alone).
   */
  readonly quietAlone?: boolean;
  /**
   * Whether the pick at running goroutine `g`'s next scheduling point (with g.steps one more)
   * would return g and change nothing, whoever else can run: then g need not stop there.
   */
  keeps?(g: Goroutine): boolean;
}

/** Options of {@link GoOrder}. */
export interface GoOrderOptions {
  /** Scheduling points after which a running goroutine is preempted (Go's sysmon: 10 ms). */
  readonly timeslice?: number;
  /** Random source for Go's own random choices (select's poll order). */
  readonly rand?: RandomSource;
}

/**
 * The order Go itself runs goroutines on one P: the running goroutine keeps going until it
 * blocks or its time slice ends; then runnext, the local run queue, the global queue. Select
 * picks among ready cases at random, as Go's shuffled poll order does. What `mapscope run` uses.
 */
export class GoOrder implements Strategy {
  readonly timeslice: number;
  readonly quietAlone = true;
  readonly #rand: RandomSource;

  constructor(o: GoOrderOptions = {}) {
    this.timeslice = o.timeslice ?? 10_000;
    this.#rand = o.rand ?? Wyrand.fromSeed(1);
  }

  keeps(g: Goroutine): boolean {
    return g.steps + 1 < this.timeslice;
  }

  pick(req: PickRequest): Goroutine {
    if (req.current !== null && (req.current.steps < this.timeslice || req.queue.length === 0)) {
      return req.current;
    }
    return first(req);
  }

  choose(n: number): number {
    return fastrandn(this.#rand, n);
  }
}

/**
 * At every scheduling point, any runnable goroutine with equal probability; every choice
 * uniform. Deterministic given its seed.
 */
export class UniformRandom implements Strategy {
  readonly #rand: RandomSource;

  constructor(seed: number) {
    this.#rand = Wyrand.fromSeed(seed);
  }

  pick(req: PickRequest): Goroutine {
    const all = candidates(req);
    const g = all[this.choose(all.length)];
    assert(g !== undefined, 'choice out of range');
    return g;
  }

  choose(n: number): number {
    return fastrandn(this.#rand, n);
  }
}

/** The goroutines a pick may return, ordered by id (a stable order for recording choices). */
export function candidates(req: PickRequest): Goroutine[] {
  const all = req.current === null ? [...req.queue] : [req.current, ...req.queue];
  return all.sort((a, b) => a.id - b.id);
}

/** The head of Go's run order (the scheduler asks only when someone can run). */
function first(req: PickRequest): Goroutine {
  const g = req.queue[0] ?? req.current;
  assert(g !== null, 'pick with nothing runnable');
  return g;
}
