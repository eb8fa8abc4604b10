// Unsynchronized map use: Go crashes only when operations overlap in time, which a search over
// schedules forces; the race detector reports the conflict in every schedule.
import { makemapSmall, mapOf, mapType, types, type Hmap } from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import {
  GoMaps,
  Scheduler,
  WaitGroup,
  explore,
  goStatement,
  replay,
  type GoBody,
  type Program,
  type Run,
} from '../src/index.ts';

const intMap = mapType(mapOf(types.int, types.int));

/** main and a goroutine use one map: `use` is what each does. */
function twoUsers(use: (maps: GoMaps, h: Hmap, who: number) => GoBody): Program {
  return (s) =>
    (function* (): GoBody {
      const maps = new GoMaps(s);
      const h = makemapSmall(maps.rt, intMap);
      for (let i = 0; i < 4; i++) {
        yield* maps.set(intMap, h, i, i);
      }
      const wg = new WaitGroup();
      yield* wg.add(s, 1);
      yield* goStatement(
        s,
        (function* (): GoBody {
          yield* use(maps, h, 1);
          yield* wg.done(s);
        })(),
      );
      yield* use(maps, h, 0);
      yield* wg.wait(s);
    })();
}

function firstFatal(program: Program): Run | undefined {
  let found: Run | undefined;
  explore(program, { strategy: 'dpor', budget: 5000 }, (run) => {
    if (run.outcome.kind === 'fatal') {
      found = run;
      return true;
    }
    return false;
  });
  return found;
}

describe('concurrent map use under exploration', { timeout: 60_000 }, () => {
  it.each([
    [
      'two writers',
      function* (maps: GoMaps, h: Hmap, who: number): GoBody {
        yield* maps.set(intMap, h, 10 + who, who);
      },
      'concurrent map writes',
    ],
    [
      'a reader and a writer',
      function* (maps: GoMaps, h: Hmap, who: number): GoBody {
        if (who === 0) {
          yield* maps.get(intMap, h, 1);
        } else {
          yield* maps.delete(intMap, h, 2);
        }
      },
      'concurrent map read and map write',
    ],
    [
      'a range loop and a writer',
      function* (maps: GoMaps, h: Hmap, who: number): GoBody {
        if (who === 0) {
          const it = yield* maps.rangeStart(intMap, h);
          while (it.ok) {
            yield* maps.rangeNext(it);
          }
        } else {
          yield* maps.set(intMap, h, 99, 99);
        }
      },
      'concurrent map iteration and map write',
    ],
  ])('%s: the search finds Go’s fatal error, and its token replays it', (_name, use, reason) => {
    const program = twoUsers(use);
    const run = firstFatal(program);
    expect(run?.outcome).toMatchObject({ kind: 'fatal', reason });
    expect(replay(program, run!.token).outcome).toEqual(run!.outcome);
  });

  it('Go’s own order (what a run does) lets the two writes pass, as real Go mostly does', () => {
    const program = twoUsers(function* (maps, h, who) {
      yield* maps.set(intMap, h, 10 + who, who);
    });
    let first: Run | undefined;
    explore(program, { strategy: 'dfs', preemptionBound: 0, budget: 1 }, (run) => {
      first = run;
      return true;
    });
    expect(first?.outcome).toMatchObject({ kind: 'exit', code: 0 });
  });

  it('the race detector reports unsynchronized map writes even when they do not overlap', () => {
    const program = twoUsers(function* (maps, h, who) {
      yield* maps.set(intMap, h, 10 + who, who, `main.go:${who === 0 ? 20 : 15}`);
    });
    const s = new Scheduler({ race: true });
    const outcome = s.run(program(s));
    expect(outcome).toMatchObject({ kind: 'exit', code: 66 });
    expect(s.race?.races.map((r) => [r.current.at, r.previous.at].sort())).toEqual([
      ['main.go:15', 'main.go:20'],
    ]);
  });
});
