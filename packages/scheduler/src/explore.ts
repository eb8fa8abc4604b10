// Running a program under many schedules: exhaustively (DFS, with or without DPOR, with a
// preemption bound that can grow one at a time), at random, or with PCT; every run comes back
// with its replay token.
import { Dfs, RedundantRun } from './dfs.ts';
import type { GoBody } from './instr.ts';
import { Pct } from './pct.ts';
import { Recording, Replay, decodeToken, encodeToken } from './replay.ts';
import { Scheduler, type Outcome } from './scheduler.ts';
import { UniformRandom, type Strategy } from './strategy.ts';

/** A program: builds main's body on a fresh scheduler (each run starts from scratch). */
export type Program = (s: Scheduler) => GoBody;

/** Which search, and its limits. */
export interface ExploreOptions {
  readonly strategy: 'dfs' | 'dpor' | 'random' | 'pct';
  /** The most schedules (default 1000). */
  readonly budget?: number;
  /** Seed of the random and PCT searches (default 1). */
  readonly seed?: number;
  /** For dfs and dpor: the most preemptions per schedule (default unbounded). */
  readonly preemptionBound?: number;
  /**
   * For dfs and dpor: context bounding first (CHESS) — every schedule with at most
   * {@link FIRST_BOUND} preemptions, then the rest up to `preemptionBound`: a budget too small
   * for the whole search still covers the simple interleavings, where most bugs are.
   */
  readonly iterative?: boolean;
  /** For pct: the bug depth d (default 3). */
  readonly depth?: number;
  /** Scheduling points per run before it is stopped (default 100 000). */
  readonly maxSteps?: number;
  /**
   * Shard `index` of `count` of a random or PCT search: it runs schedules i ≡ index (mod
   * count) of the budget, each with the seed it has in the whole search, so that shards run
   * in parallel find together exactly what one search finds. An exhaustive search is not
   * split: shards other than 0 run nothing.
   */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Asked between runs: true stops the search (a time limit). */
  readonly stop?: () => boolean;
}

/** One run of a search. */
export interface Run {
  readonly outcome: Outcome;
  /** Reproduces this run with {@link replay}. */
  readonly token: string;
  readonly steps: number;
}

/** A schedule that {@link search} ran. */
export interface Searched<R> {
  readonly result: R;
  readonly token: string;
  /** The schedule's number in the whole search (across shards), from 0. */
  readonly index: number;
}

/** What a search did. */
export interface ExploreResult {
  /** Schedules run and reported (an exhaustive search's repeats are not counted). */
  readonly runs: number;
  /** An exhaustive search that ran out of schedules before its budget: every one was run. */
  readonly complete: boolean;
  /** Why it stopped. */
  readonly stopped: 'exhausted' | 'budget' | 'stopped';
  /**
   * An exhaustive search's preemption bound when it stopped (null: unbounded). When it
   * exhausted the schedules within a bound that cut some off, it is not complete.
   */
  readonly bound: number | null;
}

/**
 * Runs `program` under the chosen search, calling `onRun` after each run; `onRun` returning
 * true stops the search (e.g. at the first failure).
 */
export function explore(
  program: Program,
  o: ExploreOptions,
  onRun: (run: Run) => boolean | undefined,
): ExploreResult {
  const maxSteps = o.maxSteps ?? 100_000;
  return search(
    (strategy) => {
      const s = new Scheduler({ strategy, maxSteps });
      return { outcome: s.run(program(s)), steps: s.steps };
    },
    o,
    (r) => onRun({ outcome: r.result.outcome, token: r.token, steps: r.result.steps }),
  );
}

/**
 * The search loop of {@link explore} over any way of running a program: `runOne` runs it
 * once from scratch under the strategy it is given (throwing the strategy's RedundantRun on
 * through) and says how many scheduling points the run took.
 */
export function search<R extends { readonly steps: number }>(
  runOne: (strategy: Strategy) => R,
  o: ExploreOptions,
  onRun: (run: Searched<R>) => boolean | undefined,
): ExploreResult {
  const budget = o.budget ?? 1000;
  const stop = o.stop ?? ((): boolean => false);
  if (o.strategy === 'dfs' || o.strategy === 'dpor') {
    if (o.shard !== undefined && o.shard.index !== 0) {
      return { runs: 0, complete: true, stopped: 'exhausted', bound: null };
    }
    return exhaustive(runOne, o, budget, stop, onRun);
  }
  const shard = o.shard ?? { index: 0, count: 1 };
  let longest = 100;
  let runs = 0;
  for (let i = shard.index; i < budget; i += shard.count) {
    if (stop()) {
      return { runs, complete: false, stopped: 'stopped', bound: null };
    }
    const seed = (o.seed ?? 1) + i;
    const inner: Strategy =
      o.strategy === 'pct' ? new Pct(seed, o.depth ?? 3, longest) : new UniformRandom(seed);
    const rec = new Recording(inner);
    const result = runOne(rec);
    longest = Math.max(longest, inner instanceof Pct ? inner.choiceSteps : result.steps);
    runs++;
    if (onRun({ result, token: encodeToken(rec.decisions), index: i }) === true) {
      return { runs, complete: false, stopped: 'stopped', bound: null };
    }
  }
  return { runs, complete: false, stopped: 'budget', bound: null };
}

/**
 * The preemption bound an iterative search exhausts first. Musuvathi and Qadeer (PLDI'07)
 * found that bugs need few preemptions; one bound level rather than one per preemption keeps
 * the re-execution a stateless search pays for each new level small.
 */
export const FIRST_BOUND = 2;

// Depth-first search, bound by bound when iterative. A schedule found again under a larger
// bound is run (a stateless search re-executes its way to the new alternatives) but not
// reported again.
function exhaustive<R extends { readonly steps: number }>(
  runOne: (strategy: Strategy) => R,
  o: ExploreOptions,
  budget: number,
  stop: () => boolean,
  onRun: (run: Searched<R>) => boolean | undefined,
): ExploreResult {
  const maxBound = o.preemptionBound ?? Infinity;
  const seen = o.iterative === true ? new Set<string>() : null;
  // Executions, redundant ones included, are capped too: a search that keeps re-running
  // known schedules still ends.
  let executions = 0;
  let runs = 0;
  const bounds =
    o.iterative === true && maxBound > FIRST_BOUND ? [FIRST_BOUND, maxBound] : [maxBound];
  for (const bound of bounds) {
    const dfs = new Dfs({ dpor: o.strategy === 'dpor', preemptionBound: bound });
    const reported = bound === Infinity ? null : bound;
    for (;;) {
      if (stop()) {
        return { runs, complete: false, stopped: 'stopped', bound: reported };
      }
      if (runs >= budget || executions >= budget * 10) {
        return { runs, complete: false, stopped: 'budget', bound: reported };
      }
      executions++;
      const rec = new Recording(dfs);
      let result: R | null = null;
      try {
        result = runOne(rec);
      } catch (e) {
        if (!(e instanceof RedundantRun)) {
          throw e;
        }
      }
      if (result !== null) {
        const token = encodeToken(rec.decisions);
        if (!(seen?.has(token) ?? false)) {
          seen?.add(token);
          runs++;
          if (onRun({ result, token, index: runs - 1 }) === true) {
            return { runs, complete: false, stopped: 'stopped', bound: reported };
          }
        }
      }
      if (!dfs.nextRun()) {
        break;
      }
    }
    // This bound's schedules are exhausted; if the bound cut none off, so are all of them.
    if (!dfs.cut) {
      return { runs, complete: true, stopped: 'exhausted', bound: null };
    }
    if (bound >= maxBound) {
      return { runs, complete: false, stopped: 'exhausted', bound: reported };
    }
  }
  return { runs, complete: false, stopped: 'exhausted', bound: null };
}

/** Runs `program` again under the schedule of `token`. */
export function replay(program: Program, token: string, maxSteps = 100_000): Run {
  const strategy = new Replay(decodeToken(token));
  const s = new Scheduler({ strategy, maxSteps });
  const outcome = s.run(program(s));
  return { outcome, token, steps: s.steps };
}
