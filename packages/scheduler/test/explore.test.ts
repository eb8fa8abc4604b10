// Exploration: exhaustive search with and without DPOR, bounded preemptions, random and PCT
// searches, and replay tokens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AtomicInt,
  Mutex,
  WaitGroup,
  decodeToken,
  encodeToken,
  explore,
  goStatement,
  replay,
  sleep,
  type ExploreOptions,
  type GoBody,
  type Program,
  type Run,
} from '../src/index.ts';

/**
 * Two goroutines increment a shared counter with a separate load and store (a lost update is
 * possible); `others` more goroutines each touch only their own counter.
 */
function counters(others: number): { program: Program; result: () => string } {
  let shared: AtomicInt | null = null;
  const program: Program = (s) =>
    (function* (): GoBody {
      const x = new AtomicInt(64, true);
      shared = x;
      const wg = new WaitGroup();
      const incr = function* (c: AtomicInt): GoBody {
        const v = yield* c.load(s);
        yield* c.store(s, BigInt(v) + 1n);
        yield* wg.done(s);
      };
      yield* wg.add(s, 2 + others);
      yield* goStatement(s, incr(x));
      yield* goStatement(s, incr(x));
      for (let i = 0; i < others; i++) {
        yield* goStatement(s, incr(new AtomicInt(64, true)));
      }
      yield* wg.wait(s);
    })();
  return { program, result: () => String(shared?.value) };
}

function outcomes(
  program: Program,
  result: () => string,
  o: ExploreOptions,
): { runs: number; complete: boolean; seen: Set<string> } {
  const seen = new Set<string>();
  const r = explore(program, o, (run) => {
    seen.add(`${run.outcome.kind}:${result()}`);
    return false;
  });
  return { ...r, seen };
}

// Searches run thousands of schedules: allow for a loaded CI machine (not timing assertions).
describe('exhaustive search', { timeout: 60_000 }, () => {
  it('finds both outcomes of a lost update; DPOR runs fewer schedules than plain DFS', () => {
    const { program, result } = counters(0);
    const dfs = outcomes(program, result, { strategy: 'dfs', budget: 100_000 });
    const dpor = outcomes(program, result, { strategy: 'dpor', budget: 100_000 });
    expect({ dfs: dfs.complete, dpor: dpor.complete }).toEqual({ dfs: true, dpor: true });
    expect(dfs.seen).toEqual(new Set(['exit:1', 'exit:2']));
    expect(dpor.seen).toEqual(dfs.seen);
    expect(dpor.runs).toBeLessThan(dfs.runs / 2);
  });

  it('DPOR completes where plain DFS cannot: one more goroutine on its own counter', () => {
    const { program, result } = counters(1);
    const dpor = outcomes(program, result, { strategy: 'dpor', budget: 20_000 });
    const dfs = outcomes(program, result, { strategy: 'dfs', budget: 20_000 });
    expect({ dpor: dpor.complete, dfs: dfs.complete }).toEqual({ dpor: true, dfs: false });
    expect(dpor.seen).toEqual(new Set(['exit:1', 'exit:2']));
  });

  it('counts: goroutines that share nothing give DFS many schedules and DPOR exactly one', () => {
    // main starts two goroutines, each storing to its own counter, and sleeps (no object).
    const program: Program = (s) =>
      (function* (): GoBody {
        for (let i = 0; i < 2; i++) {
          yield* goStatement(
            s,
            (function* (): GoBody {
              const own = new AtomicInt(32, true);
              yield* own.store(s, 1);
              yield* own.store(s, 2);
            })(),
          );
        }
        yield* sleep(s, 1);
      })();
    const count = (strategy: 'dfs' | 'dpor'): number => {
      let schedules = 0;
      const r = explore(program, { strategy, budget: 10_000 }, () => {
        schedules++;
        return false;
      });
      expect(r.complete).toBe(true);
      return schedules;
    };
    // DFS: main's last step (starting the second goroutine, then sleeping) comes after k of the
    // first goroutine's 3 steps (its start and two stores); the other 3-k interleave with the
    // second goroutine's 3: sum over k of C(6-k, 3) = 20 + 10 + 4 + 1 = 35.
    expect(count('dfs')).toBe(35);
    expect(count('dpor')).toBe(1);
  });

  it('a preemption bound of 0 runs only the non-preemptive schedules', () => {
    const { program, result } = counters(0);
    const bounded = outcomes(program, result, {
      strategy: 'dfs',
      preemptionBound: 0,
      budget: 10_000,
    });
    const unbounded = outcomes(program, result, { strategy: 'dfs', budget: 10_000 });
    expect(bounded.runs).toBeLessThan(unbounded.runs);
    expect(bounded.seen).toEqual(new Set(['exit:2'])); // the lost update needs a preemption
  });

  it('finds a lock-order deadlock that Go’s own order never shows', () => {
    const program: Program = (s) =>
      (function* (): GoBody {
        const a = new Mutex();
        const b = new Mutex();
        const wg = new WaitGroup();
        const both = function* (first: Mutex, second: Mutex): GoBody {
          yield* first.lock(s);
          yield* second.lock(s);
          yield* second.unlock(s);
          yield* first.unlock(s);
          yield* wg.done(s);
        };
        yield* wg.add(s, 2);
        yield* goStatement(s, both(a, b));
        yield* goStatement(s, both(b, a));
        yield* wg.wait(s);
      })();
    const found: Run[] = [];
    const r = explore(program, { strategy: 'dpor', budget: 10_000 }, (run) => {
      if (run.outcome.kind === 'fatal') {
        found.push(run);
        return true;
      }
      return false;
    });
    expect(r.runs).toBeGreaterThan(1);
    expect(found[0]?.outcome).toMatchObject({
      kind: 'fatal',
      reason: 'all goroutines are asleep - deadlock!',
    });
    // …and its token replays it exactly.
    expect(replay(program, found[0]!.token).outcome).toEqual(found[0]!.outcome);
  });
});

describe('random and PCT searches', () => {
  it.each(['random', 'pct'] as const)(
    '%s finds the lost update within a small budget',
    (strategy) => {
      const { program, result } = counters(1);
      const r = outcomes(program, result, { strategy, budget: 200, seed: 7 });
      expect(r.seen.has('exit:1')).toBe(true);
    },
  );
});

describe('replay tokens', () => {
  it('encode and decode any list of decisions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat({ max: 2 ** 31 - 1 }), fc.nat({ max: 2 })), { maxLength: 300 }),
        (ds) => {
          const t = encodeToken(ds);
          expect(t).toMatch(/^ms2\.[A-Za-z0-9_-]*$/);
          expect(decodeToken(t)).toEqual(ds);
        },
      ),
    );
  });

  it('runs of one decision make short tokens; tokens of the first format still decode', () => {
    const ds = [...Array.from({ length: 5000 }, () => 1), 0, 2, 2];
    expect(encodeToken(ds).length).toBeLessThan(16);
    expect(decodeToken(encodeToken(ds))).toEqual(ds);
    // ms1: one varint per decision (0, 1, 1, 200 = 0xc8 0x01).
    expect(decodeToken('ms1.AAEByAE')).toEqual([0, 1, 1, 200]);
  });

  it('every run of a random search replays to the same outcome and result', () => {
    const { program, result } = counters(1);
    explore(program, { strategy: 'random', budget: 40, seed: 3 }, (run) => {
      const first = result();
      const again = replay(program, run.token);
      expect({ outcome: again.outcome, result: result(), steps: again.steps }).toEqual({
        outcome: run.outcome,
        result: first,
        steps: run.steps,
      });
      return false;
    });
  });
});
