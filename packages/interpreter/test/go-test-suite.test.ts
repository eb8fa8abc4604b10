// The self-checking programs of Go's own test suite that fall in the interpreter's subset
// (test/conformance/go-test-suite.json), read from a Go 1.19 installation. The ones that
// pass are listed in go-test-suite-passing.json and must keep passing; the others run only
// with MAPSCOPE_GO_TEST_SUITE=all (some take minutes), expected to fail until they are listed.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRunner } from '../src/node/index.ts';
import { startRunner } from './conformance/harness.ts';

interface Entry {
  readonly path: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

const goroot = process.env['MAPSCOPE_GOROOT'] ?? '/usr/share/go-1.19';
const entries = JSON.parse(
  readFileSync(new URL('./conformance/go-test-suite.json', import.meta.url), 'utf8'),
) as Entry[];
const passing = new Set(
  JSON.parse(
    readFileSync(new URL('./conformance/go-test-suite-passing.json', import.meta.url), 'utf8'),
  ) as string[],
);
const present = existsSync(`${goroot}/test`);
const all = process.env['MAPSCOPE_GO_TEST_SUITE'] === 'all';

let runner: WorkerRunner;
beforeAll(async () => {
  if (present) {
    runner = await startRunner();
  }
});
afterAll(async () => {
  if (present) {
    await runner.close();
  }
});

describe.skipIf(!present)(`Go's test suite (${goroot}/test)`, () => {
  it('lists only programs of the suite', () => {
    expect([...passing].filter((p) => !entries.some((e) => e.path === p))).toEqual([]);
  });
  it.each(entries.filter((e) => passing.has(e.path)).map((e) => e.path))('%s', async (path) => {
    await expectGoTestPasses(path);
  });
  if (all) {
    it.fails.each(entries.filter((e) => !passing.has(e.path)).map((e) => e.path))(
      '%s (not passing yet)',
      async (path) => {
        await expectGoTestPasses(path);
      },
    );
  } else {
    for (const e of entries.filter((x) => !passing.has(x.path))) {
      it.todo(`${e.path} (not passing yet; MAPSCOPE_GO_TEST_SUITE=all runs it)`);
    }
  }
});

/** Runs one program of Go's test suite and compares with what Go 1.19 printed. */
async function expectGoTestPasses(path: string): Promise<void> {
  const e = entries.find((x) => x.path === path);
  if (e === undefined) {
    throw new Error(`${path} is not in go-test-suite.json`);
  }
  const source = readFileSync(`${goroot}/${e.path}`, 'utf8');
  const name = e.path.slice(e.path.lastIndexOf('/') + 1);
  const r = await runner.run([{ path: `./${name}`, source }], {
    goMinor: 19,
    maxSteps: 20_000_000,
  });
  expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({
    stdout: e.stdout,
    stderr: e.stderr,
    exit: e.exit,
  });
}
