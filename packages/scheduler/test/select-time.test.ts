// select, and the time package on the virtual clock.
import { describe, expect, it } from 'vitest';
import {
  Chan,
  GoOrder,
  UniformRandom,
  WaitReason,
  after,
  goStatement,
  newTicker,
  newTimer,
  now,
  recv,
  select,
  send,
  sleep,
  type GoBody,
} from '../src/index.ts';
import { runProgram } from './program.ts';

const ms = 1_000_000;

describe('select', () => {
  it('runs default when no case is ready, and never picks a nil channel', () => {
    const picked: number[] = [];
    runProgram(({ s }) =>
      (function* (): GoBody {
        const c = new Chan(0, 0);
        picked.push(
          (yield* select(
            s,
            [
              { dir: 'recv', c },
              { dir: 'recv', c: null },
            ],
            true,
          )).index,
        );
        const ready = new Chan(1, 0);
        yield* send(s, ready, 5);
        picked.push(
          (yield* select(
            s,
            [
              { dir: 'recv', c: null },
              { dir: 'recv', c: ready },
            ],
            true,
          )).index,
        );
      })(),
    );
    expect(picked).toEqual([-1, 1]);
  });

  it('chooses among ready cases at random, as Go does: every case gets chosen', () => {
    const counts = [0, 0, 0];
    for (let seed = 1; seed <= 60; seed++) {
      runProgram(
        ({ s }) =>
          (function* (): GoBody {
            const cs = [new Chan(1, 0), new Chan(1, 0), new Chan(1, 0)];
            for (const c of cs) {
              yield* send(s, c, 1);
            }
            const r = yield* select(
              s,
              cs.map((c) => ({ dir: 'recv' as const, c })),
              false,
            );
            counts[r.index]!++;
          })(),
        { strategy: new UniformRandom(seed) },
      );
    }
    expect(counts.every((n) => n > 5)).toBe(true);
  });

  it('waits on every case; the first communication wins and the other waits are withdrawn', () => {
    const { out, outcome } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const a = new Chan(0, 0);
        const b = new Chan(0, 'none');
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* sleep(s, 5 * ms);
            yield* send(s, b, 'from b');
          })(),
        );
        const r = yield* select(
          s,
          [
            { dir: 'recv', c: a },
            { dir: 'recv', c: b },
          ],
          false,
        );
        print(r.index, r.value, a.recvq.length, b.recvq.length);
      })(),
    );
    expect(outcome.kind).toBe('exit');
    expect(out).toBe('1 from b 0 0');
  });

  it('select {} blocks forever: select (no cases)', () => {
    const { outcome } = runProgram(({ s }) =>
      (function* (): GoBody {
        yield* select(s, [], false);
      })(),
    );
    expect(outcome).toMatchObject({
      kind: 'fatal',
      goroutines: [{ id: 1, waitReason: WaitReason.SelectNoCases }],
    });
  });
});

describe('virtual time', () => {
  it('sleepers wake in deadline order, and time moves only when all are blocked', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const done = new Chan(0, false);
        for (const d of [30, 10, 20]) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* sleep(s, d * ms);
              print(`${d}@${now(s) / ms} `);
              yield* send(s, done, true);
            })(),
          );
        }
        for (let i = 0; i < 3; i++) {
          yield* recv(s, done);
        }
      })(),
    );
    expect(out).toBe('10@10 20@20 30@30 ');
  });

  it('time.After ends a select that would otherwise deadlock; a pending timer is not a deadlock', () => {
    const { out, outcome } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const never = new Chan(0, 0);
        const r = yield* select(
          s,
          [
            { dir: 'recv', c: never },
            { dir: 'recv', c: after(s, 2000 * ms) },
          ],
          false,
        );
        print(r.index === 1 ? `timeout at ${now(s) / ms}ms` : 'received');
      })(),
    );
    expect(outcome.kind).toBe('exit');
    expect(out).toBe('timeout at 2000ms');
  });

  it('a timer that fires while every goroutine sleeps fills its channel (no goroutine sends)', () => {
    const { out, outcome } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const t = newTimer(s, 100 * ms);
        yield* sleep(s, 200 * ms);
        print(`ok ${t.C.buf.length}`);
      })(),
    );
    expect(outcome.kind).toBe('exit');
    expect(out).toBe('ok 1');
  });

  it('a ticker ticks every period', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const t = newTicker(s, 100 * ms);
        for (let i = 0; i < 3; i++) {
          const [at] = yield* recv(s, t.C);
          print(`${(at as number) / ms} `);
        }
        t.stop();
      })(),
    );
    expect(out).toBe('100 200 300 ');
  });

  it('a goroutine that spins forever is stopped at the step limit, which the outcome names', () => {
    const { outcome } = runProgram(
      ({ s }) =>
        (function* (): GoBody {
          const c = new Chan(1, 0);
          for (;;) {
            yield* select(s, [{ dir: 'recv', c }], true);
          }
        })(),
      { maxSteps: 1000, strategy: new GoOrder() },
    );
    expect(outcome).toMatchObject({ kind: 'limit' });
    expect(outcome.kind === 'limit' && outcome.limit).toMatch(/more than 1000 scheduling points/);
  });
});
