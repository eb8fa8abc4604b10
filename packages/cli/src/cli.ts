#!/usr/bin/env node
import {
  exploreInWorkers,
  replayInWorker,
  runInWorker,
  useNodeStdLibrary,
} from '@mapscope/interpreter/node';
import { main } from './main.ts';
import { daemonSocket, runInDaemon, startDaemon } from './daemon/client.ts';
import type { GoRunner } from './io.ts';
import { isMainThread, Worker, workerData } from 'node:worker_threads';

// Programs compiled on this thread (the tour's explorations, vet --confirm) use Go's std as
// the interpreter's build bundled it; the workers install it themselves.
useNodeStdLibrary();

/** Runs a program in the background runner if one answers, else here (and starts one). */
const runThroughDaemon: GoRunner = async (files, options, onOutput) => {
  const socket = daemonSocket(process.env);
  if (socket !== null) {
    const r = await runInDaemon(socket, files, options, onOutput, process.stdin);
    if (r !== null) {
      return r;
    }
  }
  try {
    return await runInWorker(files, options, onOutput);
  } finally {
    if (socket !== null) {
      startDaemon(socket);
    }
  }
};

/**
 * `mapscope vet` makes and drops a syntax tree per file, and V8 collects them in less CPU in a
 * larger young generation: 192 MB, not Node's default of 48, saves about a tenth on Go's
 * source tree (BENCHMARKS.md). A running process cannot change it (command-line flags only),
 * so vet runs in a worker thread given that much; everything else runs here.
 */
const VET_YOUNG_GENERATION_MB = 192;

/** Runs `mapscope vet` in a worker with a larger young generation; its exit code is ours. */
function vetInWorker(): void {
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    workerData: { vetWorker: true, stderrIsTTY: process.stderr.isTTY } satisfies VetWorkerData,
    resourceLimits: { maxYoungGenerationSizeMb: VET_YOUNG_GENERATION_MB },
  });
  worker.on('error', internalError);
  worker.on('exit', (code) => {
    process.exitCode ??= code;
  });
}

/** What the main thread tells the vet worker. */
interface VetWorkerData {
  readonly vetWorker: true;
  readonly stderrIsTTY: boolean;
}

const vetWorker = isMainThread ? undefined : ((workerData as VetWorkerData | null) ?? undefined);
if (isMainThread && process.argv[2] === 'vet') {
  vetInWorker();
} else {
  runCommand();
}

function runCommand(): void {
  main(process.argv.slice(2), {
    // Through `pnpm mapscope …` the script runs in the repository root; INIT_CWD is where
    // the user typed the command, which is what relative paths mean to them.
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    env: process.env,
    // A worker thread with a large stack (every Go call is a nested generator): the background
    // runner's, warm, else one of this process, after which the runner starts for next time.
    runGo: runThroughDaemon,
    // Exploration shards the search over a pool of such workers.
    exploreGo: exploreInWorkers,
    replayGo: replayInWorker,
    // A worker's stderr is a pipe to the main thread's: whether that is a terminal comes along.
    stderrIsTTY: vetWorker?.stderrIsTTY ?? process.stderr.isTTY,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    output: (fd, bytes) => (fd === 1 ? process.stdout : process.stderr).write(bytes),
  }).then((code) => {
    process.exitCode = code;
  }, internalError);
}

/** An error mapscope did not expect: reported with its stack, exit status 2. */
function internalError(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`mapscope: internal error (please report it): ${detail}\n`);
  process.exitCode = 2;
}
