// The command's side of the background runner (server.ts): where its socket is, running a
// program through it (output printed as it comes, standard input read as the program asks),
// starting it, and asking how it is.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fstatSync, lstatSync, mkdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunResult, SourceInput } from '@mapscope/interpreter';
import type { OutputSink, WorkerRunOptions } from '@mapscope/interpreter/node';
import { fromServer, send, type RunnerStatus } from './protocol.ts';

/**
 * The runner's socket for this build of mapscope on this Node, or null when runs should not
 * use one (MAPSCOPE_DAEMON=off, or Windows). A rebuilt mapscope gets another socket, so it never
 * talks to a runner with older code; the old runner exits when its idle time is up.
 */
export function daemonSocket(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env['MAPSCOPE_DAEMON'] === 'off' || process.platform === 'win32') {
    return null;
  }
  const h = createHash('sha256').update(process.execPath).update(process.version);
  for (const url of [import.meta.url, import.meta.resolve('@mapscope/interpreter/node')]) {
    try {
      const path = fileURLToPath(url);
      h.update(path).update(String(statSync(path).mtimeMs));
    } catch {
      return null;
    }
  }
  const uid = process.getuid?.() ?? 0;
  const runtime = env['XDG_RUNTIME_DIR'];
  const dir =
    env['MAPSCOPE_DAEMON_DIR'] ??
    (runtime !== undefined && runtime !== ''
      ? join(runtime, 'mapscope')
      : join(tmpdir(), `mapscope-${String(uid)}`));
  return join(dir, `run-${h.digest('hex').slice(0, 16)}.sock`);
}

/**
 * Whether the socket's folder is this user's alone (made so if missing): a runner gets the
 * programs and their input, so a folder another user could have made or can write is not
 * used.
 */
export function privateFolder(socket: string): boolean {
  const dir = dirname(socket);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch {
    // There already (checked below), or cannot be made.
  }
  try {
    const st = lstatSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === undefined || st.uid === uid) && (st.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/** Starts a runner on `socket` in the background (it outlives this process). */
export function startDaemon(socket: string): void {
  if (!privateFolder(socket)) {
    return;
  }
  const cli = fileURLToPath(new URL('../cli.js', import.meta.url));
  try {
    spawn(process.execPath, [cli, 'daemon', 'serve', socket], {
      detached: true,
      stdio: 'ignore',
    }).unref();
  } catch {
    // No runner: the next run starts cold too.
  }
}

/**
 * Runs a program through the runner on `socket`; null when no runner answers there (nothing
 * was sent: the caller runs the program itself). `input` is the program's standard input,
 * read only if the program reads it.
 */
export function runInDaemon(
  socket: string,
  files: readonly SourceInput[],
  options: WorkerRunOptions,
  onOutput: OutputSink | undefined,
  input: NodeJS.ReadableStream,
): Promise<RunResult | null> {
  if (!privateFolder(socket)) {
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const c = connect(socket);
    const stdin = new InputReader(input);
    let connected = false;
    let done = false;
    c.on('error', (e) => {
      if (!connected) {
        resolve(null);
      } else if (!done) {
        done = true;
        reject(e);
      }
    });
    c.once('connect', () => {
      connected = true;
      // The program's standard streams are this command's: what they are, it tells.
      send(c, {
        t: 'run',
        files,
        options: {
          ...options,
          stdio: stdioKinds(),
          process: { pid: process.pid, ppid: process.ppid },
        },
      });
    });
    fromServer(c, (m) => {
      switch (m.t) {
        case 'out':
          onOutput?.(m.fd, Buffer.from(m.data, 'base64'));
          return;
        case 'stdin':
          void stdin.read(m.max).then((bytes) => {
            send(c, { t: 'stdin', data: Buffer.from(bytes).toString('base64') });
          });
          return;
        case 'done':
          done = true;
          resolve(m.result);
          return;
        case 'error':
          done = true;
          reject(new Error(`the background runner failed: ${m.message}`));
          return;
        case 'status':
          return;
      }
    });
    c.on('close', () => {
      stdin.close();
      if (connected && !done) {
        done = true;
        reject(new Error('the background runner stopped during the run'));
      }
    });
  });
}

/** What this process's fds 0, 1 and 2 are (stat's mode and size), null where unknown. */
function stdioKinds(): ({ mode: number; size: number } | null)[] {
  return [0, 1, 2].map((fd) => {
    try {
      const st = fstatSync(fd);
      return { mode: st.mode, size: st.size };
    } catch {
      return null;
    }
  });
}

/** The runner's state, or null when none answers on `socket`. */
export function daemonStatus(socket: string): Promise<RunnerStatus | null> {
  return ask(socket, 'status');
}

/** Stops the runner on `socket`; false when none answered. */
export async function stopDaemon(socket: string): Promise<boolean> {
  return (await ask(socket, 'stop')) !== null;
}

function ask(socket: string, t: 'status' | 'stop'): Promise<RunnerStatus | null> {
  return new Promise((resolve) => {
    const c = connect(socket);
    let status: RunnerStatus | null = null;
    c.on('error', () => {
      resolve(null);
    });
    c.once('connect', () => {
      send(c, t === 'status' ? { t: 'status' } : { t: 'stop' });
      if (t === 'stop') {
        status = { pid: 0, runs: 0, running: 0, ready: 0, idleMs: 0 };
      }
    });
    fromServer(c, (m) => {
      if (m.t === 'status') {
        status = m.status;
      }
    });
    c.on('close', () => {
      resolve(status);
    });
  });
}

/** A stream read on demand: nothing is read from it until a program asks. */
class InputReader {
  readonly #stream: NodeJS.ReadableStream;
  readonly #chunks: Buffer[] = [];
  #ended = false;
  #started = false;
  #wake: (() => void) | null = null;

  constructor(stream: NodeJS.ReadableStream) {
    this.#stream = stream;
  }

  /** Up to `max` bytes, once there are some; empty at the end. */
  async read(max: number): Promise<Uint8Array> {
    this.#start();
    while (this.#chunks.length === 0 && !this.#ended) {
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
    const first = this.#chunks[0];
    if (first === undefined) {
      return new Uint8Array(0);
    }
    if (first.length <= max) {
      this.#chunks.shift();
      return first;
    }
    this.#chunks[0] = first.subarray(max);
    return first.subarray(0, max);
  }

  /** Stops reading (so that a terminal does not keep the command alive). */
  close(): void {
    if (this.#started) {
      this.#stream.pause();
      (this.#stream as { destroy?: () => void }).destroy?.();
    }
  }

  #start(): void {
    if (this.#started) {
      return;
    }
    this.#started = true;
    const wake = (): void => {
      this.#wake?.();
      this.#wake = null;
    };
    this.#stream.on('data', (chunk: Buffer | string) => {
      this.#chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      wake();
    });
    const end = (): void => {
      this.#ended = true;
      wake();
    };
    this.#stream.on('end', end);
    this.#stream.on('error', end);
  }
}
