// `mapscope explore` on several cores: a pool of worker threads, each searching its shard of the
// schedules (random and PCT split the schedule numbers; DPOR runs on shard 0), whose reports
// the main thread merges. `mapscope replay` runs in one such worker for its large stack.
import { Worker } from 'node:worker_threads';
import type { ExploreReport, ExploreStrategy, ScheduleRun, TraceStep } from '../explore-types.ts';
import type { PrepareOptions, SearchOptions } from '../explore.ts';
import type { RunResult, SourceInput } from '../run.ts';

/** The worker's JavaScript stack, enough for the default Go call-depth limit (as WorkerRunner). */
const stackSizeMb = 1024;

/** The search options a worker can receive: functions do not cross threads, shards are ours. */
export type WorkerSearchOptions = Omit<SearchOptions, 'onProgress' | 'shard'>;

/** How far a search has got: schedules run, distinct outcomes seen. */
export interface ExploreProgress {
  readonly schedules: number;
  readonly outcomes: number;
}

/** A search's report, or the compile errors that stopped it (as `mapscope run` prints them). */
export type ExploreAnswer = { readonly report: ExploreReport } | { readonly result: RunResult };

/** A replayed schedule (with its trace when asked for), or the compile errors. */
export type ReplayAnswer =
  | { readonly run: ScheduleRun; readonly trace: readonly TraceStep[] | null }
  | { readonly result: RunResult };

/** What an exploration worker is given (its workerData): one job, then it exits. */
export type ExploreJob =
  | {
      readonly kind: 'explore';
      readonly files: readonly SourceInput[];
      readonly prepare: PrepareOptions;
      readonly search: WorkerSearchOptions;
      readonly shard: { readonly index: number; readonly count: number };
    }
  | {
      readonly kind: 'replay';
      readonly files: readonly SourceInput[];
      readonly prepare: PrepareOptions;
      readonly token: string;
      readonly trace: boolean;
    };

/** The messages an exploration worker posts: progress, then one answer. */
export type ExploreWorkerMessage =
  | { readonly kind: 'strategy'; readonly strategy: Exclude<ExploreStrategy, 'auto'> }
  | { readonly kind: 'progress'; readonly progress: ExploreProgress }
  | { readonly kind: 'answer'; readonly answer: ExploreAnswer | ReplayAnswer }
  | { readonly kind: 'mismatch'; readonly message: string }
  | { readonly kind: 'error'; readonly error: string };

/**
 * Explores a program on `workers` threads (at least one): worker k searches shard k of n and
 * posts its progress, which `onProgress` receives summed (outcomes: the most any one worker has
 * seen, since workers cannot tell which of their outcomes are the same); the reports are merged
 * with {@link mergeReports}. Compile errors come back as the first worker's `{ result }`.
 * A dpor search runs on one worker (the others would only return empty reports); with `auto`,
 * the other workers start once the first has chosen pct.
 */
export async function exploreInWorkers(
  files: readonly SourceInput[],
  given: PrepareOptions,
  search: WorkerSearchOptions,
  workers: number,
  onProgress?: (p: ExploreProgress) => void,
): Promise<ExploreAnswer> {
  // One wall-clock start for every shard's schedules.
  const prepare = { ...given, startTime: given.startTime ?? Date.now() };
  const count = search.strategy === 'dpor' ? 1 : Math.max(1, Math.floor(workers));
  const progress: ExploreProgress[] = Array.from({ length: count }, () => ({
    schedules: 0,
    outcomes: 0,
  }));
  const pool: RunningJob[] = [];
  const start = (index: number, s: WorkerSearchOptions): void => {
    pool.push(
      startJob(
        { kind: 'explore', files, prepare, search: s, shard: { index, count } },
        (p) => {
          progress[index] = p;
          onProgress?.({
            schedules: progress.reduce((n, q) => n + q.schedules, 0),
            outcomes: Math.max(...progress.map((q) => q.outcomes)),
          });
        },
        (strategy) => {
          // The first worker resolved auto: the others join a pct or random search.
          if (index === 0 && search.strategy === 'auto' && strategy !== 'dpor') {
            for (let k = 1; k < count; k++) {
              start(k, { ...search, strategy });
            }
          }
        },
      ),
    );
  };
  start(0, search);
  if (search.strategy !== 'auto') {
    for (let k = 1; k < count; k++) {
      start(k, search);
    }
  }
  try {
    // Worker 0 says its strategy before it answers, so the pool is complete by then.
    const first = (await pool[0]?.answer) as ExploreAnswer;
    const answers = [
      first,
      ...((await Promise.all(pool.slice(1).map((job) => job.answer))) as ExploreAnswer[]),
    ];
    const failed = answers.find((a) => 'result' in a);
    if (failed !== undefined) {
      return failed;
    }
    // Loaded here, not at the top: every mapscope command imports this module, and only
    // explore needs the interpreter on the main thread.
    const { mergeReports } = await import('../explore.ts');
    return { report: mergeReports(answers.flatMap((a) => ('report' in a ? [a.report] : []))) };
  } finally {
    await Promise.all(pool.map((job) => job.stop()));
  }
}

/**
 * Replays one schedule in a worker thread (Go recursion needs its stack); rejects with
 * ReplayMismatch when the token does not fit the program.
 */
export async function replayInWorker(
  files: readonly SourceInput[],
  prepare: PrepareOptions,
  token: string,
  trace: boolean,
): Promise<ReplayAnswer> {
  const job = startJob({ kind: 'replay', files, prepare, token, trace }, () => undefined);
  try {
    return (await job.answer) as ReplayAnswer;
  } finally {
    await job.stop();
  }
}

/** One worker running one job. */
interface RunningJob {
  readonly answer: Promise<ExploreAnswer | ReplayAnswer>;
  stop(): Promise<void>;
}

function startJob(
  job: ExploreJob,
  onProgress: (p: ExploreProgress) => void,
  onStrategy: (s: Exclude<ExploreStrategy, 'auto'>) => void = () => undefined,
): RunningJob {
  // execArgv: [] keeps the parent's flags (a test runner's resolve conditions) out of the worker.
  const worker = new Worker(new URL('./explore-worker.js', import.meta.url), {
    execArgv: [],
    resourceLimits: { stackSizeMb },
    workerData: job,
  });
  const answer = new Promise<ExploreAnswer | ReplayAnswer>((resolve, reject) => {
    worker.on('message', (m: ExploreWorkerMessage) => {
      switch (m.kind) {
        case 'strategy':
          onStrategy(m.strategy);
          break;
        case 'progress':
          onProgress(m.progress);
          break;
        case 'answer':
          resolve(m.answer);
          break;
        case 'mismatch':
          import('@mapscope/scheduler').then(({ ReplayMismatch }) => {
            reject(new ReplayMismatch(m.message));
          }, reject);
          break;
        case 'error':
          reject(new Error(m.error));
          break;
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      // After an answer this rejection is ignored (a promise settles once).
      reject(new Error(`mapscope: an exploration worker stopped (exit code ${code})`));
    });
  });
  return {
    answer,
    async stop() {
      await worker.terminate();
    },
  };
}
