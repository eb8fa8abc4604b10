// @mapscope/interpreter/node: runs a Go program in a worker thread whose JavaScript stack is
// large enough for deep Go recursion (every Go call is a nested generator; the main thread's
// stack holds only a few thousand of them).
import { Worker } from 'node:worker_threads';
import type { RunOptions, RunResult, SourceInput } from '../run.ts';

/** The worker's JavaScript stack: enough for the default Go call-depth limit. */
const stackSizeMb = 1024;

/** The run options a worker can receive (functions do not cross threads). */
export type WorkerRunOptions = Omit<RunOptions, 'onCompiled'>;

/** Runs a main package in a worker thread; resolves with what the program did. */
export function runInWorker(files: readonly SourceInput[], options: WorkerRunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: { files, options },
      resourceLimits: { stackSizeMb },
    });
    let result: RunResult | null = null;
    worker.on('message', (m: RunResult) => {
      result = m;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (result !== null) {
        resolve(result);
      } else {
        reject(new Error(`mapscope: the interpreter's worker stopped (exit code ${code}) without a result`));
      }
    });
  });
}
