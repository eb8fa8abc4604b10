import type { ExploreReport, GoroutinePosition } from '@mapscope/interpreter';

/** `mapscope explore --json`'s document. */
export interface ExploreJson {
  readonly schedules: number;
  readonly complete: boolean;
  readonly strategy: ExploreReport['strategy'];
  readonly stopped: ExploreReport['stopped'];
  readonly elapsedMs: number;
  readonly outcomes: readonly ExploreJsonOutcome[];
}

/** One outcome in the JSON document. */
export interface ExploreJsonOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly count: number;
  /** The replay token of the first schedule that ended this way. */
  readonly replay: string;
  readonly races: readonly string[];
  /** `goroutine N [wait reason]` for each goroutine left blocked when main returned. */
  readonly leaked: readonly string[];
  /** For a panic or fatal error, where each goroutine was (the crashing one first). */
  readonly crash: readonly GoroutinePosition[] | null;
  readonly firstSchedule: number;
  readonly firstFoundMs: number;
}

/** The JSON document of a search's report. */
export function exploreJson(report: ExploreReport): ExploreJson {
  return {
    schedules: report.schedules,
    complete: report.complete,
    strategy: report.strategy,
    stopped: report.stopped,
    elapsedMs: report.elapsedMs,
    outcomes: report.outcomes.map((o) => ({
      exitCode: o.exitCode,
      stdout: o.stdout,
      stderr: o.stderr,
      count: o.count,
      replay: o.replay,
      races: o.races,
      leaked: o.leaked,
      crash: o.crash,
      firstSchedule: o.firstSchedule,
      firstFoundMs: o.firstFoundMs,
    })),
  };
}
