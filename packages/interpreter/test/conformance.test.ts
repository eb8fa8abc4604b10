// Every program of test/conformance/programs against what Go 1.19 did with it. Programs that
// do not match yet are listed in known-failures.json with the reason; they are expected to
// fail, so a fixed one fails the run until it is taken off the list.
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRunner } from '../src/node/index.ts';
import { comparable, expected, startRunner, type Golden } from './conformance/harness.ts';

const dir = new URL('./conformance/programs/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3))
  .sort();
const known = JSON.parse(
  readFileSync(new URL('./conformance/known-failures.json', import.meta.url), 'utf8'),
) as Record<string, string>;

let runner: WorkerRunner;
beforeAll(async () => {
  runner = await startRunner();
});
afterAll(async () => {
  await runner.close();
});

/** Runs the program and compares what it did with what Go 1.19 did. */
async function expectConformance(name: string): Promise<void> {
  const golden = JSON.parse(readFileSync(new URL(`${name}.golden.json`, dir), 'utf8')) as Golden;
  const source = readFileSync(new URL(`${name}.go`, dir), 'utf8');
  // The goldens were recorded with `go 1.19` in go.mod.
  const r = await runner.run([{ path: `./${name}.go`, source }], { goMinor: 19 });
  expect(comparable(r, golden)).toEqual(expected(golden));
}

describe('conformance with Go 1.19', () => {
  it('lists only programs that exist', () => {
    expect(Object.keys(known).filter((n) => !names.includes(n))).toEqual([]);
  });
  it.each(names.filter((n) => !(n in known)))('%s', async (name) => {
    await expectConformance(name);
  });
  it.fails.each(names.filter((n) => n in known).map((n) => [n, known[n] ?? '']))(
    '%s (known failure: %s)',
    async (name) => {
      await expectConformance(name);
    },
  );
});
