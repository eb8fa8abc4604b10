import type { PrepareOptions, RunOptions, RunResult, SourceInput } from '@mapscope/interpreter';
import type {
  ExploreAnswer,
  ExploreProgress,
  OutputSink,
  ReplayAnswer,
  WorkerSearchOptions,
} from '@mapscope/interpreter/node';

export type { ExploreAnswer, ReplayAnswer } from '@mapscope/interpreter/node';

/**
 * Runs a Go main package (`mapscope run`'s engine). The command line passes the interpreter's
 * worker-thread runner, whose large stack holds deep Go recursion; without one, the program
 * runs on the calling thread (tests, which run the TypeScript sources).
 */
export type GoRunner = (
  files: readonly SourceInput[],
  options: Omit<RunOptions, 'onCompiled' | 'onOutput' | 'fs'>,
  /** Receives the bytes the program writes, as it writes them. */
  onOutput?: OutputSink,
) => Promise<RunResult>;

/**
 * Explores a program (`mapscope explore`'s engine): `workers` shards of the search, merged.
 * The command line passes the interpreter's worker pool; without one, the shards run one
 * after another on the calling thread (tests).
 */
export type GoExplorer = (
  files: readonly SourceInput[],
  prepare: PrepareOptions,
  search: WorkerSearchOptions,
  workers: number,
  onProgress?: (p: ExploreProgress) => void,
) => Promise<ExploreAnswer>;

/**
 * Replays one schedule (`mapscope replay`'s engine); rejects with an error named
 * `ReplayMismatch` when the token does not fit the program. On the calling thread when absent.
 */
export type GoReplayer = (
  files: readonly SourceInput[],
  prepare: PrepareOptions,
  token: string,
  trace: boolean,
) => Promise<ReplayAnswer>;

/** Where a command writes, and the directory it runs in; tests pass their own. */
export interface CommandIO {
  readonly cwd: string;
  /** The environment the program sees (`mapscope run`'s os.Getenv); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How `mapscope run` runs programs; on the calling thread when absent. */
  readonly runGo?: GoRunner;
  /** How `mapscope explore` explores programs; on the calling thread when absent. */
  readonly exploreGo?: GoExplorer;
  /** How `mapscope replay` replays a schedule; on the calling thread when absent. */
  readonly replayGo?: GoReplayer;
  /** Whether stderr is a terminal: `mapscope explore` draws its progress line there only then. */
  readonly stderrIsTTY?: boolean;
  /** Milliseconds from some fixed point (the progress line's clock); performance.now when absent. */
  readonly now?: () => number;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Writes bytes a Go program wrote to its stdout (1) or stderr (2) as they are (Go's output
   * need not be UTF-8). Absent, they are decoded from UTF-8 and given to stdout or stderr.
   */
  output?(fd: 1 | 2, bytes: Uint8Array): void;
}

/** Exit statuses: 0 clean, 1 findings, 2 usage or I/O errors (as `mapscope vet` documents). */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** A Node file system error (ENOENT, EACCES, ...), reported as an I/O error. */
export function isFsError(e: unknown): e is Error & { code: string } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string';
}
