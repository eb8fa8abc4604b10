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
const known = JSON.parse(readFileSync(new URL('./conformance/known-failures.json', import.meta.url), 'utf8')) as Record<string, string>;

let runner: WorkerRunner;
beforeAll(async () => {
  runner = await startRunner();
});
afterAll(async () => {
  await runner.close();
});

describe('conformance with Go 1.19', () => {
  it('lists only programs that exist', () => {
    expect(Object.keys(known).filter((n) => !names.includes(n))).toEqual([]);
  });
  for (const name of names) {
    const run = async (): Promise<void> => {
      const golden = JSON.parse(readFileSync(new URL(`${name}.golden.json`, dir), 'utf8')) as Golden;
      const source = readFileSync(new URL(`${name}.go`, dir), 'utf8');
      // The goldens were recorded with `go 1.19` in go.mod.
      const r = await runner.run([{ path: `./${name}.go`, source }], { goMinor: 19 });
      expect(comparable(r, golden)).toEqual(expected(golden));
    };
    if (name in known) {
      it.fails(`${name} (known failure: ${known[name] ?? ''})`, run);
    } else {
      it(name, run);
    }
  }
});
