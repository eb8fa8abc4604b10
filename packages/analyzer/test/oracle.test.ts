/**
 * The fixtures against real Go: oracle/record.sh ran every fixture function as a Go 1.19
 * program (with a missing key, a nil map argument, …) and recorded what happened. A function
 * a rule flags must really fail that way; one it leaves alone must not, unless the fixture
 * marks it "Known miss" (a documented false negative).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureFunctions, goldenRows } from './oracle/fixture-functions.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

function golden(name: string): Map<string, { status: number; failure: string }> {
  return new Map(
    [...goldenRows(`${here}oracle/${name}.golden`)].map(([fn, [status = '', failure = '']]) => [
      fn,
      { status: Number(status), failure },
    ]),
  );
}

const CASES = [
  { fixture: 'nilmapwrite', failure: /^panic: assignment to entry in nil map$/ },
  {
    fixture: 'nilchan',
    failure:
      /^(fatal error: all goroutines are asleep - deadlock!|panic: close of nil channel|timeout)$/,
  },
  {
    fixture: 'mapmissderef',
    failure: /^panic: runtime error: invalid memory address or nil pointer dereference$/,
  },
  {
    fixture: 'waitgroup',
    failure:
      /^(fatal error: all goroutines are asleep - deadlock!|panic: Wait returned before the goroutines had finished|timeout)$/,
  },
];

describe.each(CASES)('$fixture under real Go', ({ fixture, failure }) => {
  const functions = fixtureFunctions(`${here}testdata/${fixture}`);
  const outcomes = golden(fixture);

  it('has a recorded outcome for every fixture function it calls', () => {
    expect(outcomes.size).toBeGreaterThan(10);
    expect([...outcomes.keys()].filter((fn) => !functions.has(fn))).toEqual([]);
  });

  it('fails for every flagged function, and for no clean one but the known misses', () => {
    const wrong: string[] = [];
    for (const [fn, outcome] of outcomes) {
      const info = functions.get(fn);
      const failed = failure.test(outcome.failure);
      const expected = info?.flagged === true || info?.knownMiss === true;
      if (failed !== expected) {
        wrong.push(
          `${fn}: flagged=${String(info?.flagged)} but Go gave "${outcome.failure}" (${outcome.status})`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('goroutineleak (MH013) under real Go', () => {
  const functions = fixtureFunctions(`${here}testdata/goroutineleak`);
  const outcomes = goldenRows(`${here}oracle/goroutineleak.golden`);

  it('has a recorded outcome for every flagged function, and only for fixture functions', () => {
    const flagged = [...functions].filter(([, f]) => f.flagged).map(([name]) => name);
    expect(flagged.length).toBeGreaterThan(10);
    expect(flagged.filter((fn) => !outcomes.has(fn))).toEqual([]);
    expect([...outcomes.keys()].filter((fn) => !functions.has(fn))).toEqual([]);
  });

  it('leaks for every flagged function, and for no clean one but the known misses', () => {
    const wrong: string[] = [];
    for (const [fn, [measure = '', value = '']] of outcomes) {
      const info = functions.get(fn);
      // One goroutine left is main alone; a ticker never stopped keeps its objects live.
      const leaked = measure === 'goroutines' ? Number(value) > 1 : Number(value) >= 1;
      const expected = info?.flagged === true || info?.knownMiss === true;
      if (leaked !== expected) {
        wrong.push(`${fn}: flagged=${String(info?.flagged)} but Go left ${measure} ${value}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
