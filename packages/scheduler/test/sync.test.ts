// The sync package and sync/atomic on the scheduler, against Go's documented behaviour.
import { Iface, types } from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import {
  AtomicInt,
  Cond,
  Mutex,
  Once,
  RWMutex,
  SyncMap,
  UniformRandom,
  WaitGroup,
  WaitReason,
  goStatement,
  gosched,
  type GoBody,
  type Op,
} from '../src/index.ts';
import { runProgram } from './program.ts';

describe('sync.Mutex', () => {
  it('excludes: increments under the lock are never lost, whatever the schedule', () => {
    for (let seed = 1; seed <= 20; seed++) {
      let counter = 0;
      const { outcome } = runProgram(
        ({ s }) =>
          (function* (): GoBody {
            const mu = new Mutex();
            const wg = new WaitGroup();
            for (let i = 0; i < 4; i++) {
              yield* wg.add(s, 1);
              yield* goStatement(
                s,
                (function* (): GoBody {
                  for (let j = 0; j < 5; j++) {
                    yield* mu.lock(s);
                    const read = counter;
                    yield* gosched();
                    counter = read + 1;
                    yield* mu.unlock(s);
                  }
                  yield* wg.done(s);
                })(),
              );
            }
            yield* wg.wait(s);
          })(),
        { strategy: new UniformRandom(seed) },
      );
      expect({ seed, outcome: outcome.kind, counter }).toEqual({
        seed,
        outcome: 'exit',
        counter: 20,
      });
    }
  });

  it('unlock of an unlocked mutex is a fatal error; waiters show [semacquire]', () => {
    const unlocked = runProgram(({ s }) =>
      (function* (): GoBody {
        yield* new Mutex().unlock(s);
      })(),
    );
    const blocked = runProgram(({ s }) =>
      (function* (): GoBody {
        const mu = new Mutex();
        yield* mu.lock(s);
        yield* mu.lock(s);
      })(),
    );
    expect(unlocked.outcome).toMatchObject({
      kind: 'fatal',
      reason: 'sync: unlock of unlocked mutex',
    });
    expect(blocked.outcome).toMatchObject({
      kind: 'fatal',
      reason: 'all goroutines are asleep - deadlock!',
      goroutines: [{ id: 1, waitReason: WaitReason.Semacquire }],
    });
  });

  it('TryLock fails while locked', () => {
    const got: boolean[] = [];
    runProgram(({ s }) =>
      (function* (): GoBody {
        const mu = new Mutex();
        got.push(yield* mu.tryLock(s));
        got.push(yield* mu.tryLock(s));
        yield* mu.unlock(s);
        got.push(yield* mu.tryLock(s));
      })(),
    );
    expect(got).toEqual([true, false, true]);
  });
});

describe('sync.RWMutex', () => {
  it('readers share; a waiting writer keeps new readers out until it has written', () => {
    const { out } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const rw = new RWMutex();
        yield* rw.rlock(s); // main reads
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* rw.lock(s);
            print('write ');
            yield* rw.unlock(s);
          })(),
        );
        yield* gosched(); // the writer now waits for main's read lock
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* rw.rlock(s);
            print('late-read ');
            yield* rw.runlock(s);
          })(),
        );
        yield* gosched(); // the late reader waits behind the writer
        print('main-read ');
        yield* rw.runlock(s);
        yield* gosched();
        yield* gosched();
      })(),
    );
    expect(out).toBe('main-read write late-read ');
  });

  it('misuse is fatal: RUnlock and Unlock of an unlocked RWMutex', () => {
    const r = runProgram(({ s }) =>
      (function* (): GoBody {
        yield* new RWMutex().runlock(s);
      })(),
    );
    const w = runProgram(({ s }) =>
      (function* (): GoBody {
        yield* new RWMutex().unlock(s);
      })(),
    );
    expect([r.outcome, w.outcome]).toMatchObject([
      { kind: 'fatal', reason: 'sync: RUnlock of unlocked RWMutex' },
      { kind: 'fatal', reason: 'sync: Unlock of unlocked RWMutex' },
    ]);
  });
});

describe('sync.WaitGroup, Once, Cond', () => {
  it('a negative WaitGroup counter panics with Go’s message (a plain string)', () => {
    const { outcome } = runProgram(({ s }) =>
      (function* (): GoBody {
        yield* new WaitGroup().done(s);
      })(),
    );
    expect(outcome).toMatchObject({ kind: 'panic', value: 'sync: negative WaitGroup counter' });
  });

  it('Once runs f once; concurrent callers wait for it to finish', () => {
    const { out } = runProgram(
      ({ s, print }) =>
        (function* (): GoBody {
          const once = new Once();
          const wg = new WaitGroup();
          for (let i = 0; i < 3; i++) {
            yield* wg.add(s, 1);
            yield* goStatement(
              s,
              (function* (): GoBody {
                yield* once.do(s, function* (): Op {
                  print('init ');
                  yield* gosched();
                  print('done ');
                });
                print('after ');
                yield* wg.done(s);
              })(),
            );
          }
          yield* wg.wait(s);
        })(),
      { strategy: new UniformRandom(3) },
    );
    expect(out).toBe('init done after after after ');
  });

  it('Cond: Wait releases the lock; Broadcast wakes every waiter', () => {
    const { out, outcome } = runProgram(({ s, print }) =>
      (function* (): GoBody {
        const mu = new Mutex();
        const c = new Cond(mu);
        const cond = { ready: false };
        const wg = new WaitGroup();
        for (let i = 0; i < 2; i++) {
          yield* wg.add(s, 1);
          yield* goStatement(
            s,
            (function* (): GoBody {
              yield* mu.lock(s);
              while (!cond.ready) {
                yield* c.wait(s);
              }
              print(`woke${i} `);
              yield* mu.unlock(s);
              yield* wg.done(s);
            })(),
          );
        }
        yield* gosched();
        yield* mu.lock(s);
        cond.ready = true;
        yield* c.broadcast(s);
        yield* mu.unlock(s);
        yield* wg.wait(s);
      })(),
    );
    expect(outcome.kind).toBe('exit');
    expect(out.split(' ').sort().join(' ')).toBe(' woke0 woke1');
  });
});

describe('sync.Map and sync/atomic', () => {
  it('sync.Map keys compare as Go interface keys; Range sees current values and stops on false', () => {
    const seen: string[] = [];
    runProgram(({ s }) =>
      (function* (): GoBody {
        const m = new SyncMap();
        const k = (n: number): Iface => new Iface(types.int, n);
        yield* m.store(s, k(1), 'a');
        yield* m.store(s, k(2), 'b');
        expect(yield* m.loadOrStore(s, k(1), 'z')).toEqual(['a', true]);
        expect(yield* m.loadOrStore(s, k(3), 'c')).toEqual(['c', false]);
        expect(yield* m.loadAndDelete(s, k(2))).toEqual(['b', true]);
        expect(yield* m.load(s, k(2))).toEqual([null, false]);
        yield* m.range(s, function* (key, v): Op<boolean> {
          seen.push(`${String((key as Iface).value)}=${String(v)}`);
          yield* m.store(s, k(9), 'late'); // stored during Range: not visited
          return true;
        });
      })(),
    );
    expect(seen.sort()).toEqual(['1=a', '3=c']);
  });

  it('atomic adds wrap around at their width', () => {
    const got: unknown[] = [];
    runProgram(({ s }) =>
      (function* (): GoBody {
        const a = new AtomicInt(32, true);
        yield* a.store(s, 2147483647);
        got.push(yield* a.add(s, 1));
        got.push(yield* a.compareAndSwap(s, -2147483648, 5));
        got.push(yield* a.swap(s, 7));
        got.push(yield* a.load(s));
      })(),
    );
    expect(got).toEqual([-2147483648, true, 5, 7]);
  });
});
