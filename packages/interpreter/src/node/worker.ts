// The worker thread of WorkerRunner: parses, checks and runs each program it is sent.
import { parentPort } from 'node:worker_threads';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { useNodeStdLibrary } from './std.ts';
import { CompileCache, runProgram } from '../run.ts';
import type { WorkerAnswer, WorkerRequest } from './index.ts';

useNodeStdLibrary();
const parser = await createNodeGoParser();
// A worker that runs the same program again (the background runner's) does not compile it again.
const compiled = new CompileCache();
parentPort?.on('message', (m: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    const onOutput = (fd: 1 | 2, bytes: string): void => {
      const b = Buffer.from(bytes, 'latin1');
      const answer: WorkerAnswer = { id: m.id, fd, bytes: new Uint8Array(b) };
      parentPort?.postMessage(answer);
    };
    const shared = m.stdin;
    const readStdin =
      shared === undefined
        ? undefined
        : (buf: Uint8Array): number => {
            // Ask the main thread, and wait until it has put the bytes in the shared buffer.
            const control = new Int32Array(shared, 0, 2);
            Atomics.store(control, 0, 0);
            parentPort?.postMessage({ id: m.id, stdin: buf.length } satisfies WorkerAnswer);
            Atomics.wait(control, 0, 0);
            const n = Atomics.load(control, 1);
            buf.set(new Uint8Array(shared, 8, n));
            return n;
          };
    answer = {
      id: m.id,
      result: runProgram(
        parser,
        m.files,
        {
          ...m.options,
          ...(m.stream === true ? { onOutput } : {}),
          ...(readStdin === undefined ? {} : { readStdin }),
        },
        compiled,
      ),
    };
  } catch (e) {
    answer = { id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(answer);
});
