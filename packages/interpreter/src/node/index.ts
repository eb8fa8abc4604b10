// @mapscope/interpreter/node: runs Go programs in a worker thread whose JavaScript stack is
// large enough for deep Go recursion (every Go call is a nested generator; the main thread's
// stack holds only a few thousand of them).
import { Worker } from 'node:worker_threads';
import type { RunOptions, RunResult, SourceInput } from '../run.ts';

/** The worker's JavaScript stack, enough for the default Go call-depth limit. */
const stackSizeMb = 1024;

/** The run options a worker can receive (functions do not cross threads). */
export type WorkerRunOptions = Omit<RunOptions, 'onCompiled' | 'std' | 'onOutput' | 'fs'>;

/** Receives a program's output as it is written, decoded from UTF-8. */
export type OutputSink = (fd: 1 | 2, text: string) => void;

/** A request to the worker, and its answer. */
export interface WorkerRequest {
  readonly id: number;
  readonly files: readonly SourceInput[];
  readonly options: WorkerRunOptions;
  /** Send the output as it is written. */
  readonly stream?: boolean;
}
export type WorkerAnswer =
  | { readonly id: number; readonly result: RunResult }
  | { readonly id: number; readonly error: string }
  | { readonly id: number; readonly fd: 1 | 2; readonly bytes: Uint8Array };

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
   * while it runs (the result holds it too).
   */
  run(
    files: readonly SourceInput[],
    options: WorkerRunOptions = {},
    onOutput?: OutputSink,
  ): Promise<RunResult> {
    const id = this.#next++;
    const dead = this.#dead;
    if (dead !== null) {
      return Promise.reject(dead);
    }
    let output: ((fd: 1 | 2, bytes: Uint8Array) => void) | null = null;
    if (onOutput !== undefined) {
      const decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
      output = (fd, bytes) => {
        onOutput(fd, decoders[fd].decode(bytes, { stream: true }));
      };
    }
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, output });
      this.#worker.postMessage({
        id,
        files,
        options,
        stream: onOutput !== undefined,
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
