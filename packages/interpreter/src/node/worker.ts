// The worker thread of runInWorker: parses, checks and runs the program, posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { runProgram, type SourceInput } from '../run.ts';
import type { WorkerRunOptions } from './index.ts';

const data = workerData as { readonly files: readonly SourceInput[]; readonly options: WorkerRunOptions };
const parser = await createNodeGoParser();
parentPort?.postMessage(runProgram(parser, data.files, data.options));
