// Schedules per second of the searches on small programs (built dist/). Each search runs its
// whole budget (or to completion); the figure is runs / seconds, best of 3.
import { performance } from 'node:perf_hooks';
import { AtomicInt, GoMaps, WaitGroup, explore, goStatement } from '../dist/index.js';
import { makemapSmall, mapOf, mapType, types } from '@mapscope/runtime-core';

// Two goroutines increment a counter with a separate load and store; one more has its own.
const counters = (s) =>
  (function* () {
    const x = new AtomicInt(64, true);
    const wg = new WaitGroup();
    const incr = function* (c) {
      const v = yield* c.load(s);
      yield* c.store(s, BigInt(v) + 1n);
      yield* wg.done(s);
    };
    yield* wg.add(s, 3);
    yield* goStatement(s, incr(x));
    yield* goStatement(s, incr(x));
    yield* goStatement(s, incr(new AtomicInt(64, true)));
    yield* wg.wait(s);
  })();

// Two goroutines write one map (the unsynchronized map write of the tour).
const intMap = mapType(mapOf(types.int, types.int));
const mapWriters = (s) =>
  (function* () {
    const maps = new GoMaps(s);
    const h = makemapSmall(maps.rt, intMap);
    const wg = new WaitGroup();
    yield* wg.add(s, 2);
    for (let g = 0; g < 2; g++) {
      yield* goStatement(
        s,
        (function* () {
          for (let i = 0; i < 3; i++) yield* maps.set(intMap, h, g * 10 + i, i);
          yield* wg.done(s);
        })(),
      );
    }
    yield* wg.wait(s);
  })();

const rows = [];
for (const [name, program] of [
  ['lost update (3 goroutines)', counters],
  ['map writers (2 goroutines)', mapWriters],
]) {
  for (const strategy of ['dfs', 'dpor', 'random', 'pct']) {
    let best = 0,
      runs = 0,
      complete = false;
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      const res = explore(program, { strategy, budget: 20_000, seed: 1 }, () => false);
      const secs = (performance.now() - t) / 1000;
      best = Math.max(best, res.runs / secs);
      runs = res.runs;
      complete = res.complete;
    }
    rows.push({ program: name, strategy, runs, complete, perSecond: Math.round(best) });
  }
}
console.log('| program | strategy | runs | complete | schedules/s |\n|---|---|---:|---|---:|');
for (const r of rows)
  console.log(
    `| ${r.program} | ${r.strategy} | ${r.runs} | ${r.complete ? 'yes' : 'no'} | ${r.perSecond.toLocaleString('en-US')} |`,
  );
