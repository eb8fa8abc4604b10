// The worker thread of WorkerRunner: parses, checks and runs each program it is sent.
import { parentPort } from 'node:worker_threads';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { useNodeStdLibrary } from './std.ts';
import { CompileCache, runProgram } from '../run.ts';
import type { WorkerAnswer, WorkerRequest } from './index.ts';
import { takeStdin } from './stdin-channel.ts';

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
        : (buf: Uint8Array): number =>
            takeStdin(shared, buf, () => {
              parentPort?.postMessage({ id: m.id, stdin: buf.length } satisfies WorkerAnswer);
            });
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
