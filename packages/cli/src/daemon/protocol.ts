// What `mapscope run` and its background runner say to each other over a Unix socket: one JSON
// object per line (JSON escapes the newlines inside strings). Bytes travel as base64.
import type { Socket } from 'node:net';
import type { RunResult, SourceInput } from '@mapscope/interpreter';
import type { WorkerRunOptions } from '@mapscope/interpreter/node';

/** From the command to the runner. */
export type ClientMessage =
  /** Run this program; its output, reads of stdin and the result come back. */
  | {
      readonly t: 'run';
      readonly files: readonly SourceInput[];
      readonly options: WorkerRunOptions;
    }
  /** Bytes of the command's standard input the runner asked for (empty: its end). */
  | { readonly t: 'stdin'; readonly data: string }
  /** How the runner is. */
  | { readonly t: 'status' }
  /** Stop now. */
  | { readonly t: 'stop' };

/** From the runner to the command. */
export type ServerMessage =
  /** Bytes the program wrote to stdout (1) or stderr (2). */
  | { readonly t: 'out'; readonly fd: 1 | 2; readonly data: string }
  /** The program reads its standard input: up to `max` bytes, please. */
  | { readonly t: 'stdin'; readonly max: number }
  | { readonly t: 'done'; readonly result: RunResult }
  /** The run failed inside the runner (not the program: an internal error). */
  | { readonly t: 'error'; readonly message: string }
  | { readonly t: 'status'; readonly status: RunnerStatus };

/** What `mapscope daemon status` shows. */
export interface RunnerStatus {
  readonly pid: number;
  /** Programs it has run. */
  readonly runs: number;
  /** Programs it runs now. */
  readonly running: number;
  /** Warm workers waiting for a program. */
  readonly ready: number;
  /** Milliseconds it waits without work before it exits. */
  readonly idleMs: number;
}

/** Writes one message. */
export function send(socket: Socket, m: ClientMessage | ServerMessage): void {
  socket.write(`${JSON.stringify(m)}\n`);
}

/** Calls `f` with each message the command sends on `socket`. */
export function fromClient(socket: Socket, f: (m: ClientMessage) => void): void {
  lines(socket, (line) => {
    f(JSON.parse(line) as ClientMessage);
  });
}

/** Calls `f` with each message the runner sends on `socket`. */
export function fromServer(socket: Socket, f: (m: ServerMessage) => void): void {
  lines(socket, (line) => {
    f(JSON.parse(line) as ServerMessage);
  });
}

function lines(socket: Socket, f: (line: string) => void): void {
  let partial = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line !== '') {
        f(line);
      }
    }
  });
}
