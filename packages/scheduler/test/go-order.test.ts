// More of Go's one-P order, against programs recorded from real Go (test/go/*.golden).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  Chan,
  Mutex,
  WaitGroup,
  goStatement,
  gosched,
  recv,
  send,
  type GoBody,
} from '../src/index.ts';
import { runProgram } from './program.ts';

const golden = (name: string): string =>
  readFileSync(new URL(`go/${name}.golden`, import.meta.url), 'utf8');

describe('Go’s order on one P', () => {
  it('Gosched sends a goroutine behind the local run queue (gosched-order.go)', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const done = new Chan(0, false);
        for (let i = 0; i < 3; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              for (let j = 0; j < 2; j++) {
                print(`${i} ${j} `);
                yield* gosched();
              }
              yield* send(s, done, true);
            })(),
          );
        }
        for (let i = 0; i < 3; i++) {
          yield* recv(s, done);
        }
        print('\n');
      })(),
    );
    expect(out).toBe(golden('gosched-order'));
  });

  it('waiters get a Mutex in the order Go gives it (mutex-order.go)', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const mu = new Mutex();
        const wg = new WaitGroup();
        yield* mu.lock(s);
        for (let i = 0; i < 3; i++) {
          yield* wg.add(s, 1);
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* mu.lock(s);
              print(`${i} `);
              yield* mu.unlock(s);
              yield* wg.done(s);
            })(),
          );
        }
        yield* gosched();
        yield* mu.unlock(s);
        yield* wg.wait(s);
        print('\n');
      })(),
    );
    expect(out).toBe(golden('mutex-order'));
  });
});
