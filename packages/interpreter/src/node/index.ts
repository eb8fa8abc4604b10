// @mapscope/interpreter/node: runs Go programs in a worker thread whose JavaScript stack is
// large enough for deep Go recursion (every Go call is a nested generator; the main thread's
// stack holds only a few thousand of them).
import { Worker } from 'node:worker_threads';
import type { RunOptions, RunResult, SourceInput } from '../run.ts';
import { giveStdin, stdinBuffer, stdinWant } from './stdin-channel.ts';

/** The worker's JavaScript stack, enough for the default Go call-depth limit. */
const stackSizeMb = 1024;

/** The run options a worker can receive (functions do not cross threads). */
export type WorkerRunOptions = Omit<
  RunOptions,
  'onCompiled' | 'std' | 'onOutput' | 'fs' | 'readStdin'
>;

/**
 * Gives the program's standard input when the worker should not read the process's own: up
 * to `max` bytes, as soon as there are some (empty at its end).
 */
export type StdinSource = (max: number) => Promise<Uint8Array>;

/** Receives a program's output as it is written: the bytes it wrote (Go's output is bytes). */
export type OutputSink = (fd: 1 | 2, bytes: Uint8Array) => void;

/** A request to the worker, and its answer. */
export interface WorkerRequest {
  readonly id: number;
  readonly files: readonly SourceInput[];
  readonly options: WorkerRunOptions;
  /** Send the output as it is written. */
  readonly stream?: boolean;
  /**
   * Standard input comes from the main thread (a StdinSource): the worker asks for bytes and
   * waits on this buffer (int32 state, int32 length, then the bytes) until they are there.
   */
  readonly stdin?: SharedArrayBuffer;
}
export type WorkerAnswer =
  | { readonly id: number; readonly result: RunResult }
  | { readonly id: number; readonly error: string }
  | { readonly id: number; readonly fd: 1 | 2; readonly bytes: Uint8Array }
  | { readonly id: number; readonly stdin: number };

/** One worker thread running programs one after another (the parser is loaded once). */
export class WorkerRunner {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    {
      resolve: (r: RunResult) => void;
      reject: (e: Error) => void;
      /** Decodes and passes on output as it comes (UTF-8 split across writes included). */
      output: ((fd: 1 | 2, bytes: Uint8Array) => void) | null;
      /** Answers the worker's reads of standard input. */
      stdin: ((max: number) => void) | null;
    }
  >();
  #next = 0;
  /** Why the worker stopped, once it has. */
  #dead: Error | null = null;

  constructor() {
    // execArgv: [] keeps the parent's flags (a test runner's resolve conditions) out of the worker.
    this.#worker = new Worker(new URL('./worker.js', import.meta.url), {
      execArgv: [],
      resourceLimits: { stackSizeMb },
    });
    this.#worker.on('message', (m: WorkerAnswer) => {
      const p = this.#pending.get(m.id);
      if ('fd' in m) {
        p?.output?.(m.fd, m.bytes);
        return;
      }
      if ('stdin' in m) {
        p?.stdin?.(m.stdin);
        return;
      }
      this.#pending.delete(m.id);
      if ('result' in m) {
        p?.resolve(m.result);
      } else {
        p?.reject(new Error(m.error));
      }
    });
    this.#worker.on('error', (e) => {
      this.#failAll(e);
    });
    this.#worker.on('exit', (code) => {
      this.#failAll(new Error(`mapscope: the interpreter's worker stopped (exit code ${code})`));
    });
  }

  /**
   * Runs a main package; resolves with what the program did. `onOutput` receives its output
   * while it runs (the result holds it too); `stdin`, if given, supplies its standard input.
   */
  run(
    files: readonly SourceInput[],
    options: WorkerRunOptions = {},
    onOutput?: OutputSink,
    stdin?: StdinSource,
  ): Promise<RunResult> {
    const id = this.#next++;
    const dead = this.#dead;
    if (dead !== null) {
      return Promise.reject(dead);
    }
    const output = onOutput ?? null;
    const shared = stdin === undefined ? undefined : stdinBuffer();
    const answer =
      stdin === undefined || shared === undefined
        ? null
        : (max: number): void => {
            stdin(stdinWant(max)).then(
              (bytes) => {
                giveStdin(shared, bytes, max);
              },
              () => {
                giveStdin(shared, new Uint8Array(0), max); // an input that cannot be read ends
              },
            );
          };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, output, stdin: answer });
      this.#worker.postMessage({
        id,
        files,
        options,
        stream: onOutput !== undefined,
        ...(shared === undefined ? {} : { stdin: shared }),
      } satisfies WorkerRequest);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.#worker.terminate();
  }

  #failAll(e: Error): void {
    this.#dead ??= e;
    for (const p of this.#pending.values()) {
      p.reject(e);
    }
    this.#pending.clear();
  }
}

/** Runs one program in a fresh worker thread. */
export async function runInWorker(
  files: readonly SourceInput[],
  options: WorkerRunOptions = {},
  onOutput?: OutputSink,
): Promise<RunResult> {
  const runner = new WorkerRunner();
  try {
    return await runner.run(files, options, onOutput);
  } finally {
    await runner.close();
  }
}

export {
  exploreInWorkers,
  replayInWorker,
  type ExploreAnswer,
  type ExploreProgress,
  type ReplayAnswer,
  type WorkerSearchOptions,
} from './explore.ts';
export { nodeStdLibrary, useNodeStdLibrary } from './std.ts';
