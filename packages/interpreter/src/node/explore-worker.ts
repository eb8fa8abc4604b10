// The worker thread of exploreInWorkers and replayInWorker: prepares the program it is given
// (workerData), searches its shard or replays the token, posts progress and then one answer.
import { parentPort, workerData } from 'node:worker_threads';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { useNodeStdLibrary } from './std.ts';
import { ReplayMismatch } from '@mapscope/scheduler';
import { exploreProgram, prepareProgram, replayProgram } from '../explore.ts';
import type { ExploreAnswer, ExploreJob, ExploreWorkerMessage, ReplayAnswer } from './explore.ts';

useNodeStdLibrary();
const job = workerData as ExploreJob;

function post(m: ExploreWorkerMessage): void {
  parentPort?.postMessage(m);
}

function answer(): ExploreAnswer | ReplayAnswer {
  const prepared = prepareProgram(parser, job.files, job.prepare);
  if ('result' in prepared) {
    return prepared;
  }
  if (job.kind === 'replay') {
    return replayProgram(prepared.program, job.token, { trace: job.trace });
  }
  const report = exploreProgram(prepared.program, {
    ...job.search,
    shard: job.shard,
    onStrategy: (strategy) => {
      post({ kind: 'strategy', strategy });
    },
    onProgress: (progress) => {
      post({ kind: 'progress', progress });
    },
  });
  return { report };
}

const parser = await createNodeGoParser();
try {
  post({ kind: 'answer', answer: answer() });
} catch (e) {
  post(
    e instanceof ReplayMismatch
      ? { kind: 'mismatch', message: e.message }
      : { kind: 'error', error: e instanceof Error ? (e.stack ?? e.message) : String(e) },
  );
} finally {
  parser.dispose();
}
