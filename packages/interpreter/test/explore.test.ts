// Exploration against programs whose possible outcomes are known (test/explore/: each
// program's outcome set derived from Go's semantics and checked against real Go runs, see its
// README): an exhaustive search finds exactly those outcomes, and every outcome's replay token
// reproduces it.
import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exploreProgram,
  mergeReports,
  prepareProgram,
  replayProgram,
  type ExplorableProgram,
  type ExploreOutcome,
} from '../src/index.ts';

interface Expected {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly leaked: number;
}

const dir = new URL('./explore/', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
  programs: Record<string, { outcomes: Expected[] }>;
};

let parser: Awaited<ReturnType<typeof createNodeGoParser>>;
beforeAll(async () => {
  parser = await createNodeGoParser();
});

function prepare(name: string, race = false): ExplorableProgram {
  const source = readFileSync(new URL(`${name}.go`, dir), 'utf8');
  const p = prepareProgram(parser, [{ path: `./${name}.go`, source }], { goMinor: 22, race });
  if ('result' in p) {
    throw new Error(`${name} does not compile:\n${p.result.stderr}`);
  }
  return p.program;
}

/** What the corpus says of an outcome: exit status, stdout, stderr's first line, leaks. */
function project(o: ExploreOutcome): string {
  return JSON.stringify([o.exitCode, o.stdout, o.stderr.split('\n')[0] ?? '', o.leaked.length]);
}

const key = (e: Expected): string => JSON.stringify([e.exitCode, e.stdout, e.stderr, e.leaked]);

/**
 * Exhaustive searches are bounded by their schedule budgets; the time they take depends on the
 * machine's load (every schedule runs the standard library's package initialization too), so
 * their tests get room beyond vitest's default.
 */
const searchTimeout = 180_000;

describe('an exhaustive search finds exactly the possible outcomes', () => {
  it.each(Object.entries(corpus.programs))(
    '%s',
    { timeout: searchTimeout },
    (name, { outcomes }) => {
      const program = prepare(name);
      const r = exploreProgram(program, { strategy: 'dpor', budget: 50_000 });
      expect(r.complete).toBe(true);
      const found = [...new Set(r.outcomes.map(project))].sort();
      expect(found).toEqual(outcomes.map(key).sort());
      for (const o of r.outcomes) {
        const again = replayProgram(program, o.replay).run;
        expect([again.exitCode, again.stdout, again.stderr]).toEqual([
          o.exitCode,
          o.stdout,
          o.stderr,
        ]);
      }
    },
  );
});

describe('correctly synchronized programs', () => {
  const single = Object.entries(corpus.programs)
    .filter(
      ([, p]) =>
        p.outcomes.length === 1 && p.outcomes[0]?.exitCode === 0 && p.outcomes[0].leaked === 0,
    )
    .map(([name]) => name);

  it.each(single)(
    '%s never crashes or races under exhaustive search',
    { timeout: searchTimeout },
    (name) => {
      const r = exploreProgram(prepare(name, true), { strategy: 'dpor', budget: 50_000 });
      expect(r.complete).toBe(true);
      expect(r.outcomes.map((o) => [o.exitCode, o.end, o.races.length])).toEqual([[0, 'exit', 0]]);
    },
  );
});

describe('races', () => {
  it('a lost update is a race in every schedule, reported as go run -race reports it', () => {
    const r = exploreProgram(prepare('lost-update-int', true), { strategy: 'dpor' });
    expect(r.complete).toBe(true);
    expect(r.outcomes.length).toBeGreaterThan(0);
    for (const o of r.outcomes) {
      expect(o.exitCode).toBe(66);
      expect(o.races).toHaveLength(1);
      expect(o.races[0]).toContain('WARNING: DATA RACE');
      expect(o.stderr).toContain('Found 1 data race(s)');
    }
  });
});

describe('searches', () => {
  it('random and pct split across shards find what one search finds', () => {
    const program = prepare('map-writers');
    for (const strategy of ['random', 'pct'] as const) {
      const whole = exploreProgram(program, { strategy, budget: 60, seed: 7 });
      const parts = [0, 1, 2].map((index) =>
        exploreProgram(program, { strategy, budget: 60, seed: 7, shard: { index, count: 3 } }),
      );
      const merged = mergeReports(parts);
      const strip = (r: typeof whole): unknown =>
        r.outcomes.map((o) => [o.stderr, o.stdout, o.count, o.replay, o.firstSchedule]);
      expect(merged.schedules).toBe(60);
      expect(strip(merged)).toEqual(strip(whole));
    }
  });

  it('pct and random find every map crash of the corpus', () => {
    for (const name of ['map-writers', 'map-read-write', 'map-iterate-write']) {
      const program = prepare(name);
      for (const strategy of ['random', 'pct'] as const) {
        const r = exploreProgram(program, { strategy, budget: 500 });
        expect(r.outcomes.some((o) => o.stderr.startsWith('fatal error: concurrent map'))).toBe(
          true,
        );
      }
    }
  });

  it('a budget stops an exhaustive search, and says it is incomplete', () => {
    const r = exploreProgram(prepare('mutex-map'), { strategy: 'dpor', budget: 5 });
    expect([r.schedules, r.complete, r.stopped]).toEqual([5, false, 'budget']);
  });
});

describe('replay', () => {
  it('traces a crash step by step, with the map as each step left it', () => {
    const program = prepare('map-writers');
    const r = exploreProgram(program, { strategy: 'dpor' });
    const crash = r.outcomes.find((o) => o.end === 'fatal');
    expect(crash?.crash?.[0]?.operation).toMatch(/^map assign/);
    const { run, trace } = replayProgram(program, crash?.replay ?? '', { trace: true });
    expect(run.stderr).toBe(crash?.stderr);
    const steps = trace ?? [];
    // The other writer is inside its write: the map's hashWriting flag is set.
    expect(steps.some((t) => t.map?.flags.includes('hashWriting') === true)).toBe(true);
    const last = steps.at(-1);
    expect(last?.goroutine).toBe(crash?.crash?.[0]?.id);
    expect(last?.operation).toMatch(/^map assign/);
    expect(last?.position).toMatch(/^map-writers\.go:\d+$/);
  });

  it('shows the choices made inside a step: where a range loop starts', () => {
    const program = prepare('range-order');
    const r = exploreProgram(program, { strategy: 'dpor' });
    const second = r.outcomes.find((o) => o.stdout === '231\n');
    const { trace } = replayProgram(program, second?.replay ?? '', { trace: true });
    const steps = trace ?? [];
    const at = steps.findIndex((t) => t.operation.startsWith('map iteration start offset'));
    expect(steps[at]?.operation).toBe('map iteration start offset: 1 of 0–7');
    // The range step before it shows the map as the step left it: iterating.
    expect(steps[at - 1]?.operation).toBe('map range');
    expect(steps[at - 1]?.map?.flags).toContain('iterator');
  });

  it('rejects a token that does not fit the program', () => {
    const program = prepare('print-order');
    expect(() => replayProgram(program, 'ms1.____')).toThrow(/does not match this program/);
    expect(() => replayProgram(program, 'nonsense')).toThrow(/not a mapscope replay token/);
  });
});
