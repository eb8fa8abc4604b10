// A goroutine alone (nobody else runnable, a strategy whose picks then change nothing) passes
// its scheduling points without stopping: the points are counted, the step limit still holds,
// and map operations do the same work as when they stop.
import { makemapSmall, mapOf, mapType, types } from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import {
  AccessKind,
  Chan,
  GoOrder,
  GoMaps,
  Scheduler,
  UniformRandom,
  goStatement,
  gosched,
  point,
  recv,
  send,
  type GoBody,
} from '../src/index.ts';
import { runProgram } from './program.ts';

const intMap = mapType(mapOf(types.int, types.int));

describe('a goroutine alone', () => {
  it('is not alone while another goroutine is runnable, and is while others wait', () => {
    const seen: boolean[] = [];
    const { outcome } = runProgram(({ s }) =>
      (function* (): GoBody {
        seen.push(s.alone());
        const c = new Chan(0, 0);
        yield* goStatement(
          s,
          (function* (): GoBody {
            yield* recv(s, c);
          })(),
        );
        seen.push(s.alone()); // the new goroutine is runnable
        yield* gosched(); // it runs and waits in recv
        seen.push(s.alone());
        yield* send(s, c, 1); // readies it: runnable again
        seen.push(s.alone());
      })(),
    );
    expect(outcome.kind).toBe('exit');
    expect(seen).toEqual([true, false, true, false]);
  });

  it('is never alone under a strategy whose picks draw random numbers', () => {
    let alone: boolean | null = null;
    runProgram(
      ({ s }) =>
        (function* (): GoBody {
          alone = s.alone();
          yield* [];
        })(),
      { strategy: new UniformRandom(1) },
    );
    expect(alone).toBe(false);
  });

  it('passes points within its time slice while another can run, not at its end', () => {
    const seen: boolean[] = [];
    const order: string[] = [];
    runProgram(
      ({ s }) =>
        (function* (): GoBody {
          yield* goStatement(
            s,
            (function* (): GoBody {
              order.push('other');
              yield* [];
            })(),
          );
          // The go statement's point was passed (main was alone): 1 of its 3 steps used.
          for (let i = 0; i < 2; i++) {
            seen.push(s.passes());
            if (s.passes()) {
              s.spin();
            }
          }
          order.push('main before the point');
          yield* point({ name: 'test', object: null, access: AccessKind.Read }); // preempted here
          order.push('main after the point');
        })(),
      { strategy: new GoOrder({ timeslice: 3 }) },
    );
    expect(seen).toEqual([true, false]);
    expect(order).toEqual(['main before the point', 'other', 'main after the point']);
  });

  it('counts the points it passes, and stops at the step limit', () => {
    const s = new Scheduler({ maxSteps: 10 });
    const outcome = s.run(
      (function* (): GoBody {
        for (;;) {
          s.spin();
          yield* [];
        }
      })(),
    );
    expect(outcome.kind).toBe('limit');
    expect(s.steps).toBe(11);
  });

  it('runs map operations plainly with the same result and step count as stopping ones', () => {
    const steps: number[] = [];
    const results: string[] = [];
    for (const plain of [false, true]) {
      const s = new Scheduler();
      s.run(
        (function* (): GoBody {
          const maps = new GoMaps(s);
          const h = makemapSmall(maps.rt, intMap);
          for (let i = 0; i < 100; i++) {
            if (plain) {
              maps.setS(intMap, h, i, i * i);
              maps.updateS(intMap, h, i, (v) => (v as number) + 1);
            } else {
              // A goroutine alone: the generator forms also pass their points without stopping.
              yield* maps.set(intMap, h, i, i * i);
              yield* maps.update(intMap, h, i, (v) => (v as number) + 1);
            }
          }
          let sum = 0;
          for (let i = 0; i < 100; i += 3) {
            sum += plain
              ? ((maps.getS(intMap, h, i) as number | undefined) ?? 0)
              : (((yield* maps.get(intMap, h, i)) as number | undefined) ?? 0);
            if (plain) {
              maps.deleteS(intMap, h, i);
            } else {
              yield* maps.delete(intMap, h, i);
            }
          }
          const keys: number[] = [];
          const it = plain ? maps.rangeStartS(intMap, h) : yield* maps.rangeStart(intMap, h);
          while (it.ok) {
            keys.push(it.key as number);
            if (plain) {
              maps.rangeNextS(it);
            } else {
              yield* maps.rangeNext(it);
            }
          }
          results.push(`${String(sum)} ${String(h.count)} ${String(keys.length)}`);
        })(),
      );
      steps.push(s.steps);
    }
    expect(results[0]).toBe(results[1]);
    expect(results[0]).toBe(`${String(sumOfSquaresPlusOne())} 66 66`);
    expect(steps[0]).toBe(steps[1]);
  });
});

/** The sum over i = 0, 3, … 99 of i*i + 1. */
function sumOfSquaresPlusOne(): number {
  let s = 0;
  for (let i = 0; i < 100; i += 3) {
    s += i * i + 1;
  }
  return s;
}
