// The worker thread of WorkerRunner: parses, checks and runs each program it is sent.
import { parentPort } from 'node:worker_threads';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { useNodeStdLibrary } from './std.ts';
import { runProgram } from '../run.ts';
import type { WorkerAnswer, WorkerRequest } from './index.ts';

useNodeStdLibrary();
const parser = await createNodeGoParser();
parentPort?.on('message', (m: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    const onOutput = (fd: 1 | 2, bytes: string): void => {
      const b = Buffer.from(bytes, 'latin1');
      const answer: WorkerAnswer = { id: m.id, fd, bytes: new Uint8Array(b) };
      parentPort?.postMessage(answer);
    };
    answer = {
      id: m.id,
      result: runProgram(parser, m.files, {
        ...m.options,
        ...(m.stream === true ? { onOutput } : {}),
      }),
    };
  } catch (e) {
    answer = { id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(answer);
});
