// A compiled program run again from a CompileCache (as the background runner's workers do)
// gives what a fresh compile gives, every time.
import { readFileSync } from 'node:fs';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompileCache, runProgram } from '../../src/run.ts';

type Parser = Awaited<ReturnType<typeof createNodeGoParser>>;
let parser: Parser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

const read = (name: string): string =>
  readFileSync(new URL(`programs/${name}`, import.meta.url), 'utf8');

describe('a compile cache', () => {
  it('runs a cached program as a fresh compile runs it, run after run', () => {
    const cache = new CompileCache(2);
    const programs = ['plain-calls.go', 'traceback-goroutine.go', 'traceback-deadlock.go'];
    for (const name of [...programs, ...programs]) {
      const files = [{ path: './main.go', source: read(name) }];
      const fresh = runProgram(parser, files, { goMinor: 19 });
      expect(runProgram(parser, files, { goMinor: 19 }, cache)).toEqual(fresh);
      expect(runProgram(parser, files, { goMinor: 19 }, cache)).toEqual(fresh);
    }
  });

  it('compiles a program once for the same sources and options, again for others', () => {
    const cache = new CompileCache(2);
    const files = [{ path: './main.go', source: read('plain-calls.go') }];
    // Compared by identity (a failing toBe would print two whole programs).
    const first = cache.compile(parser, files, { goMinor: 19 });
    expect(cache.compile(parser, files, { goMinor: 19 }) === first).toBe(true);
    expect(cache.compile(parser, files, { goMinor: 21 }) === first).toBe(false);
    const edited = [{ path: './main.go', source: `${read('plain-calls.go')}\n// edited\n` }];
    expect(cache.compile(parser, edited, { goMinor: 19 }) === first).toBe(false);
    // Two others used since: the first was dropped.
    expect(cache.compile(parser, files, { goMinor: 19 }) === first).toBe(false);
  });
});
