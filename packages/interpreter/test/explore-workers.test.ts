// The exploration worker pool of @mapscope/interpreter/node, from the built package (workers
// load dist/node/explore-worker.js): its merged reports are those of the same shards searched
// on this thread, and its replays those of replayProgram.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExploreReport } from '../src/explore-types.ts';
import { exploreProgram, mergeReports, prepareProgram } from '../src/explore.ts';
import type { ExplorableProgram } from '../src/explore.ts';
import type * as NodeEntry from '../src/node/index.ts';

const built = fileURLToPath(new URL('../dist/node/index.js', import.meta.url));
const source = readFileSync(new URL('./explore/map-writers.go', import.meta.url), 'utf8');
const files = [{ path: './map-writers.go', source }];

let pool: typeof NodeEntry;
let parser: Awaited<ReturnType<typeof createNodeGoParser>>;
let program: ExplorableProgram;
beforeAll(async () => {
  if (!existsSync(built)) {
    throw new Error(`${built} is missing: build the interpreter first (pnpm build)`);
  }
  pool = (await import(/* @vite-ignore */ built)) as typeof NodeEntry;
  parser = await createNodeGoParser();
  const prepared = prepareProgram(parser, files, {});
  if ('result' in prepared) {
    throw new Error(prepared.result.stderr);
  }
  program = prepared.program;
});
afterAll(() => {
  parser.dispose();
});

/** A report without its timings, which differ from run to run. */
function timeless(r: ExploreReport): unknown {
  return { ...r, elapsedMs: 0, outcomes: r.outcomes.map((o) => ({ ...o, firstFoundMs: 0 })) };
}

describe('exploreInWorkers', () => {
  it.each(['random', 'pct'] as const)(
    '%s on two workers: the shards of this thread, merged',
    async (strategy) => {
      const search = { strategy, budget: 40 };
      const progress: number[] = [];
      const answer = await pool.exploreInWorkers(files, {}, search, 2, (p) => {
        progress.push(p.schedules);
      });
      const here = mergeReports(
        [0, 1].map((index) => exploreProgram(program, { ...search, shard: { index, count: 2 } })),
      );
      expect('report' in answer && timeless(answer.report)).toEqual(timeless(here));
      expect(progress.every((n, i) => n >= (progress[i - 1] ?? 0) && n <= 40)).toBe(true);
    },
  );

  it('dpor on one worker: every schedule, both outcomes', async () => {
    const answer = await pool.exploreInWorkers(files, {}, { strategy: 'dpor' }, 2);
    const report = 'report' in answer ? answer.report : null;
    expect(report?.complete).toBe(true);
    expect(report?.outcomes.map((o) => o.stderr.split('\n')[0])).toEqual([
      '',
      'fatal error: concurrent map writes',
    ]);
  });

  it('returns compile errors as the result go run gives', async () => {
    const bad = [{ path: './bad.go', source: 'package main\n\nfunc main() { x := 1 }\n' }];
    const answer = await pool.exploreInWorkers(bad, {}, { strategy: 'random', budget: 5 }, 2);
    expect('result' in answer && answer.result.exitCode).toBe(2);
    expect('result' in answer && answer.result.stderr).toMatch(/^# command-line-arguments\n/);
  });
});

describe('replayInWorker', () => {
  it('replays a token with its trace, and rejects one that does not fit', async () => {
    const report = exploreProgram(program, { strategy: 'dpor' });
    const crash = report.outcomes[1];
    expect(crash).toBeDefined();
    const answer = await pool.replayInWorker(files, {}, crash?.replay ?? '', true);
    expect('run' in answer && answer.run.stderr).toBe(crash?.stderr);
    expect('run' in answer && (answer.trace?.length ?? 0) > 0).toBe(true);
    await expect(pool.replayInWorker(files, {}, 'ms1.____', false)).rejects.toMatchObject({
      name: 'ReplayMismatch',
    });
  });
});
