// Channels, goroutines and the end of a program, against Go's behaviour (the spec, the
// runtime's messages, and test/go/*.golden recorded from real Go on one P).
import { readFileSync } from 'node:fs';
import { RuntimeError } from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import {
  Chan,
  WaitReason,
  close,
  goStatement,
  goexit,
  gosched,
  rangeChan,
  recv,
  send,
  type GoBody,
} from '../src/index.ts';
import { nothing, runProgram } from './program.ts';

const golden = (name: string): string =>
  readFileSync(new URL(`go/${name}.golden`, import.meta.url), 'utf8');

function panicText(outcome: { kind: string; value?: unknown }): string {
  return outcome.kind === 'panic' && outcome.value instanceof RuntimeError
    ? outcome.value.error()
    : outcome.kind;
}

describe('goroutines on one P, in Go’s order', () => {
  it('the newest goroutine runs next, then the run queue; a readied goroutine runs next (run-order.go)', () => {
    const { outcome, out } = runProgram(({ s, print }) =>
      (function* main(): GoBody {
        const done = new Chan(0, false);
        for (let i = 0; i < 4; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              print(`${i} `);
              yield* send(s, done, true);
            })(),
          );
        }
        for (let i = 0; i < 4; i++) {
          yield* recv(s, done);
        }
        print('\n');
        const ch = new Chan(0, 0);
        for (let i = 0; i < 3; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* send(s, ch, i);
            })(),
          );
        }
        yield* goStatement(
          s,
          (function* (): GoBody {
            for (let i = 0; i < 3; i++) {
              const [v] = yield* recv(s, ch);
              print(`${String(v)} `);
            }
            yield* send(s, done, true);
          })(),
        );
        yield* recv(s, done);
        print('\n');
      })(),
    );
    expect(outcome.kind).toBe('exit');
    expect(out).toBe(golden('run-order'));
  });

  it('numbers goroutines from 1 (main), the program’s own from 6', () => {
    const ids: number[] = [];
    runProgram(({ s }) =>
      (function* (): GoBody {
        for (let i = 0; i < 3; i++) {
          ids.push(yield* goStatement(s, nothing()));
        }
        yield* gosched();
      })(),
    );
    expect(ids).toEqual([6, 7, 8]);
  });
});

describe('channels', () => {
  it('a buffered channel is FIFO and reports len and cap', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const c = new Chan(3, 0);
        yield* send(s, c, 1);
        yield* send(s, c, 2);
        print(c.len, c.cap);
        const [a] = yield* recv(s, c);
        const [b] = yield* recv(s, c);
        print('', a, b);
      })(),
    );
    expect(out).toBe('2 3 1 2');
  });

  it('receives from a closed channel drain the buffer, then give the zero value and ok=false', () => {
    const got: unknown[] = [];
    runProgram(({ s }) =>
      (function* (): GoBody {
        const c = new Chan(2, 0);
        yield* send(s, c, 7);
        yield* close(s, c);
        for (let i = 0; i < 3; i++) {
          got.push(yield* recv(s, c));
        }
      })(),
    );
    expect(got).toEqual([
      [7, true],
      [0, false],
      [0, false],
    ]);
  });

  it('for range over a channel receives until it is closed and drained', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const c = new Chan(2, 0);
        yield* goStatement(
          s,
          (function* (): GoBody {
            for (let i = 1; i <= 3; i++) {
              yield* send(s, c, i);
            }
            yield* close(s, c);
          })(),
        );
        yield* rangeChan(s, c, function* (v) {
          print(`${String(v)} `);
          yield* gosched();
          return undefined;
        });
      })(),
    );
    expect(out).toBe('1 2 3 ');
  });

  it('close wakes every waiting receiver with the zero value', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const c = new Chan(0, 'zero');
        const done = new Chan(0, false);
        for (let i = 0; i < 2; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              const [v, ok] = yield* recv(s, c);
              print(`${String(v)}/${String(ok)} `);
              yield* send(s, done, true);
            })(),
          );
        }
        yield* gosched();
        yield* close(s, c);
        yield* recv(s, done);
        yield* recv(s, done);
      })(),
    );
    expect(out).toBe('zero/false zero/false ');
  });

  it('panics: send on closed channel', () => {
    const { outcome } = runProgram(({ s }) =>
      (function* (): GoBody {
        const c = new Chan(1, 0);
        yield* close(s, c);
        yield* send(s, c, 1);
      })(),
    );
    expect(panicText(outcome)).toBe('send on closed channel');
  });

  it('panics: close of closed channel, close of nil channel', () => {
    const twice = runProgram(({ s }) =>
      (function* (): GoBody {
        const c = new Chan(0, 0);
        yield* close(s, c);
        yield* close(s, c);
      })(),
    );
    const nil = runProgram(({ s }) =>
      (function* (): GoBody {
        yield* close(s, null);
      })(),
    );
    expect([panicText(twice.outcome), panicText(nil.outcome)]).toEqual([
      'close of closed channel',
      'close of nil channel',
    ]);
  });

  it('a sender blocked when the channel is closed panics', () => {
    const { outcome } = runProgram(({ s }) =>
      (function* (): GoBody {
        const c = new Chan(0, 0);
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* send(s, c, 1);
          })(),
        );
        yield* gosched();
        yield* close(s, c);
        yield* gosched();
      })(),
    );
    expect(outcome).toMatchObject({ kind: 'panic', goroutine: 6 });
    expect(panicText(outcome)).toBe('send on closed channel');
  });
});

describe('the end of a program', () => {
  it('main blocked with nothing to wake it: Go’s deadlock, with each goroutine’s state', () => {
    const { outcome } = runProgram(({ s }) =>
      (function* (): GoBody {
        const c = new Chan(0, 0);
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* recv(s, null);
          })(),
          'main.go:9',
        );
        yield* recv(s, c);
      })(),
    );
    expect(outcome).toMatchObject({
      kind: 'fatal',
      reason: 'all goroutines are asleep - deadlock!',
      goroutines: [
        { id: 1, status: 'waiting', waitReason: WaitReason.ChanReceive },
        {
          id: 6,
          status: 'waiting',
          waitReason: WaitReason.ChanReceiveNilChan,
          parent: 1,
          createdAt: 'main.go:9',
        },
      ],
    });
  });

  it('goroutines blocked when main returns are leaked; the exit status stays 0', () => {
    const { outcome } = runProgram(({ s }) =>
      (function* (): GoBody {
        const c = new Chan(0, 0);
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* send(s, c, 1);
          })(),
          'main.go:7',
        );
        yield* gosched();
      })(),
    );
    expect(outcome).toMatchObject({
      kind: 'exit',
      code: 0,
      leaked: [{ id: 6, waitReason: WaitReason.ChanSend, parent: 1, createdAt: 'main.go:7' }],
    });
  });

  it('runtime.Goexit in main: the others run on; with none left, Go’s Goexit deadlock', () => {
    const { outcome, out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        yield* goStatement(
          s,
          (function* (): GoBody {
            print('child ran');
            yield* gosched();
          })(),
        );
        try {
          throw goexit();
        } finally {
          print('deferred; ');
        }
      })(),
    );
    expect(out).toBe('deferred; child ran');
    expect(outcome).toMatchObject({
      kind: 'fatal',
      reason: 'no goroutines (main called runtime.Goexit) - deadlock!',
    });
  });

  it('counts live goroutines (runtime.NumGoroutine)', () => {
    const counts: number[] = [];
    runProgram(({ s }) =>
      (function* (): GoBody {
        counts.push(s.numGoroutine());
        yield* goStatement(s, nothing());
        counts.push(s.numGoroutine());
        yield* gosched();
        counts.push(s.numGoroutine());
      })(),
    );
    expect(counts).toEqual([1, 2, 1]);
  });
});
