// Running a program under many schedules: exhaustively (DFS, with or without DPOR and a
// preemption bound), at random, or with PCT; every run comes back with its replay token.
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
  /** The most runs (default 1000). */
  readonly budget?: number;
  /** Seed of the random and PCT searches (default 1). */
  readonly seed?: number;
  /** For dfs and dpor: the most preemptions per schedule. */
  readonly preemptionBound?: number;
  /** For pct: the bug depth d (default 3). */
  readonly depth?: number;
  /** Scheduling points per run before it is stopped (default 100 000). */
  readonly maxSteps?: number;
}

/** One run of a search. */
export interface Run {
  readonly outcome: Outcome;
  /** Reproduces this run with {@link replay}. */
  readonly token: string;
  readonly steps: number;
}

/** What a search did. */
export interface ExploreResult {
  readonly runs: number;
  /** An exhaustive search that ran out of schedules before its budget: every one was run. */
  readonly complete: boolean;
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
  const budget = o.budget ?? 1000;
  const dfs =
    o.strategy === 'dfs' || o.strategy === 'dpor'
      ? new Dfs({ dpor: o.strategy === 'dpor', preemptionBound: o.preemptionBound ?? Infinity })
      : null;
  let longest = 100;
  for (let run = 0; run < budget; run++) {
    const seed = (o.seed ?? 1) + run;
    const inner: Strategy =
      dfs ??
      (o.strategy === 'pct' ? new Pct(seed, o.depth ?? 3, longest) : new UniformRandom(seed));
    const r = runOnce(program, inner, o.maxSteps ?? 100_000);
    if (r !== null) {
      longest = Math.max(longest, r.steps);
      if (onRun(r) === true) {
        return { runs: run + 1, complete: false };
      }
    }
    if (dfs !== null && !dfs.nextRun()) {
      return { runs: run + 1, complete: true };
    }
  }
  return { runs: budget, complete: false };
}

// One run, or null when DPOR's sleep sets found it would only repeat explored schedules.
function runOnce(program: Program, strategy: Strategy, maxSteps: number): Run | null {
  const rec = new Recording(strategy);
  const s = new Scheduler({ strategy: rec, maxSteps });
  try {
    const outcome = s.run(program(s));
    return { outcome, token: encodeToken(rec.decisions), steps: s.steps };
  } catch (e) {
    if (e instanceof RedundantRun) {
      return null;
    }
    throw e;
  }
}

/** Runs `program` again under the schedule of `token`. */
export function replay(program: Program, token: string, maxSteps = 100_000): Run {
  const strategy = new Replay(decodeToken(token));
  const s = new Scheduler({ strategy, maxSteps });
  const outcome = s.run(program(s));
  return { outcome, token, steps: s.steps };
}
