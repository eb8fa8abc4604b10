// A compiled program run again from a CompileCache (as the background runner's workers do)
// gives what a fresh compile gives, every time.
import { describe, expect, it } from 'vitest';
import { CompileCache, runProgram } from '../../src/run.ts';
import { readProgram, useParser } from './support.ts';

const parser = useParser();
const read = readProgram;

describe('a compile cache', () => {
  it('runs a cached program as a fresh compile runs it, run after run', () => {
    const cache = new CompileCache(2);
    const programs = ['plain-calls.go', 'traceback-goroutine.go', 'traceback-deadlock.go'];
    for (const name of [...programs, ...programs]) {
      const files = [{ path: './main.go', source: read(name) }];
      const fresh = runProgram(parser(), files, { goMinor: 19 });
      expect(runProgram(parser(), files, { goMinor: 19 }, cache)).toEqual(fresh);
      expect(runProgram(parser(), files, { goMinor: 19 }, cache)).toEqual(fresh);
    }
  });

  it('compiles a program once for the same sources and options, again for others', () => {
    const cache = new CompileCache(2);
    const files = [{ path: './main.go', source: read('plain-calls.go') }];
    // Compared by identity (a failing toBe would print two whole programs).
    const first = cache.compile(parser(), files, { goMinor: 19 });
    expect(cache.compile(parser(), files, { goMinor: 19 }) === first).toBe(true);
    expect(cache.compile(parser(), files, { goMinor: 21 }) === first).toBe(false);
    const edited = [{ path: './main.go', source: `${read('plain-calls.go')}\n// edited\n` }];
    expect(cache.compile(parser(), edited, { goMinor: 19 }) === first).toBe(false);
    // Two others used since: the first was dropped.
    expect(cache.compile(parser(), files, { goMinor: 19 }) === first).toBe(false);
  });
});
