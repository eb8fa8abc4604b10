import type { RunOptions, RunResult, SourceInput } from '@mapscope/interpreter';

/**
 * Runs a Go main package (`mapscope run`'s engine). The command line passes the interpreter's
 * worker-thread runner, whose large stack holds deep Go recursion; without one, the program
 * runs on the calling thread (tests, which run the TypeScript sources).
 */
export type GoRunner = (
  files: readonly SourceInput[],
  options: Omit<RunOptions, 'onCompiled'>,
) => Promise<RunResult>;

/** Where a command writes, and the directory it runs in; tests pass their own. */
export interface CommandIO {
  readonly cwd: string;
  /** The environment the program sees (`mapscope run`'s os.Getenv); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How `mapscope run` runs programs; on the calling thread when absent. */
  readonly runGo?: GoRunner;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit statuses: 0 clean, 1 findings, 2 usage or I/O errors (as `mapscope vet` documents). */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** A Node file system error (ENOENT, EACCES, ...), reported as an I/O error. */
export function isFsError(e: unknown): e is Error & { code: string } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string';
}
