// The shapes of `mapscope explore` and `mapscope replay`: what one schedule of a program did,
// the outcomes a search found, and a replayed schedule's trace. Plain data, so that worker
// threads can send them and reports can be merged.

/** A search strategy; `auto` picks dpor for short programs and pct for long ones. */
export type ExploreStrategy = 'auto' | 'dpor' | 'pct' | 'random';

/** Where a goroutine was when a run ended (or a trace step happened). */
export interface GoroutinePosition {
  readonly id: number;
  /** `running`, `runnable` or `waiting`. */
  readonly status: string;
  /** Go's wait reason for a waiting goroutine (`chan receive`, `sync.Mutex.Lock` …). */
  readonly waitReason: string | null;
  /** The Go function it is in, as traces name it (`main.main.func1`), when known. */
  readonly func: string | null;
  /** `file:line` of the operation it is at, when known. */
  readonly position: string | null;
  /** The operation it is at or was last doing: `map assign (writing)`, `chan send` … */
  readonly operation: string | null;
}

/** What one schedule of a program did. */
export interface ScheduleRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** How it ended: main returned or os.Exit, an unrecovered panic, a fatal error, a limit. */
  readonly end: 'exit' | 'panic' | 'fatal' | 'limit' | 'error';
  /** Each data race report (with --race), as `go run -race` prints it. */
  readonly races: readonly string[];
  /** Goroutines still blocked when main returned (they leak in a long-running program). */
  readonly leaked: readonly GoroutinePosition[];
  /**
   * For a panic or fatal error: the crashing goroutine first, then the others (for a map
   * fatal error, the goroutine inside the map's writing window is among them).
   */
  readonly crash: readonly GoroutinePosition[] | null;
  /** Scheduling points the run passed. */
  readonly steps: number;
  /** Replays this run (`mapscope replay TOKEN FILE.go`). */
  readonly token: string;
}

/** One distinct outcome of a search: every schedule that ended this way. */
export interface ExploreOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly end: ScheduleRun['end'];
  readonly races: readonly string[];
  /** Leaked goroutines as `goroutine N [wait reason]` (part of what makes outcomes differ). */
  readonly leaked: readonly string[];
  /** Where those goroutines were blocked (first schedule). */
  readonly leakedAt: readonly GoroutinePosition[];
  /** How many schedules ended this way. */
  readonly count: number;
  /** The replay token of the first schedule that ended this way. */
  readonly replay: string;
  /** That schedule's number in the search (0-based), and when it was found (ms after start). */
  readonly firstSchedule: number;
  readonly firstFoundMs: number;
  /** For a crash: the goroutines' positions at the moment of the crash (first schedule). */
  readonly crash: readonly GoroutinePosition[] | null;
}

/** What a search found. */
export interface ExploreReport {
  /** The strategy that ran (auto resolved). */
  readonly strategy: Exclude<ExploreStrategy, 'auto'>;
  readonly schedules: number;
  /** Every schedule of the program was run (an exhaustive search ran out of schedules). */
  readonly complete: boolean;
  /**
   * For dpor: the preemption bound the search had reached (null: unbounded). A search that
   * exhausted every schedule within a bound is not complete unless the bound never cut one.
   */
  readonly preemptionBound: number | null;
  /** Why the search stopped: `exhausted`, `budget`, `time`, `first-failure`. */
  readonly stopped: 'exhausted' | 'budget' | 'time';
  readonly elapsedMs: number;
  /** Outcomes in the order they were first found. */
  readonly outcomes: readonly ExploreOutcome[];
}

/** One step of a replayed schedule (`mapscope replay --trace`). */
export interface TraceStep {
  /** The step's number, from 1. */
  readonly step: number;
  readonly goroutine: number;
  readonly func: string | null;
  readonly position: string | null;
  /** What it did: `map assign`, `chan send`, `read x`, `start` … */
  readonly operation: string;
  /** True when this step switched to a different goroutine than the previous step ran. */
  readonly switched: boolean;
  /** The map the step touched, after the step: its address, count, B, flags, growth. */
  readonly map: MapState | null;
}

/** A map's header as a trace shows it. */
export interface MapState {
  /** The hmap's address (`0xc000010000`). */
  readonly addr: string;
  readonly count: number;
  readonly B: number;
  /** hmap.flags's named bits: `hashWriting`, `iterator`, `oldIterator`, `sameSizeGrow`. */
  readonly flags: readonly string[];
  /** Growing: old buckets not yet evacuated. */
  readonly growing: boolean;
}
