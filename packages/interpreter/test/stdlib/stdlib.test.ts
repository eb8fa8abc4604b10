// Programs using the core and stdlib packages (fmt's writers, os, time, sync/atomic, runtime,
// errors.As, strconv's floats, context), run through runProgram and compared with what Go 1.19
// printed: programs/<name>.golden.json, recorded by `test/stdlib/record.sh` (go1.19.8,
// linux/amd64). Times and tickers run on the virtual clock, so the programs print only what
// does not depend on real timing.
import { readFileSync, readdirSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemFileSystem } from '../../src/os/memfs.ts';
import { runProgram, type RunOptions } from '../../src/run.ts';

type Parser = Awaited<ReturnType<typeof createNodeGoParser>>;

interface Golden {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

const dir = new URL('programs/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3));

/** How record.sh runs each program. */
const options: Record<string, RunOptions> = {
  'os-env': { args: ['one', 'two words'], env: { MAPSCOPE_TEST: 'hello' } },
  'time-zones': { env: { MAPSCOPE_TEST: 'hello', TZ: 'Asia/Tokyo' } },
  'stdin-words': { stdin: readFileSync(new URL('programs/stdin-words.txt', import.meta.url)) },
};

let parser: Parser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

function expectGoOutput(name: string, o: RunOptions = {}): void {
  const source = readFileSync(new URL(`${name}.go`, dir), 'utf8');
  const want = JSON.parse(readFileSync(new URL(`${name}.golden.json`, dir), 'utf8')) as Golden;
  const r = runProgram(parser, [{ path: `./${name}.go`, source }], {
    goMinor: 19,
    env: { MAPSCOPE_TEST: 'hello' },
    ...options[name],
    ...o,
  });
  expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({
    stdout: want.stdout,
    stderr: want.stderr,
    exit: want.exit,
  });
}

describe('stdlib programs match Go 1.19', () => {
  it.each(names)('%s', (name) => {
    expectGoOutput(name);
  });
});

// The browser's file system gives the programs that use files what Linux's gave Go.
describe('stdlib programs on the in-memory file system match Go 1.19', () => {
  it.each(['os-files', 'stdin-words', 'time-timers'])('%s', (name) => {
    const stdin = options[name]?.stdin;
    expectGoOutput(name, {
      fs: new MemFileSystem(stdin === undefined ? {} : { stdin: stdin as Uint8Array }),
    });
  });
});

describe('os.Args', () => {
  const prog =
    'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n\nfunc main() { fmt.Printf("%q\\n", os.Args) }\n';
  it('is the program name, then the arguments', () => {
    const r = runProgram(parser, [{ path: './main.go', source: prog }], { args: ['a', 'b c'] });
    expect(r.stdout).toBe('["main" "a" "b c"]\n');
  });
});
