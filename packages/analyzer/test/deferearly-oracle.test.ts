/**
 * MH008's fixture against real Go: oracle/record.sh ran each deferearly fixture
 * function under Go 1.19 and recorded the map state it printed at return and what each
 * deferred call printed. A function the rule flags must have a deferred call that saw an
 * earlier state; one it leaves alone must not, unless the fixture marks it "Known miss".
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureFunctions, goldenRows } from './oracle/fixture-functions.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixture = `${here}testdata/deferearly`;

/** function → [value at return, values the deferred calls printed]. */
function golden(): Map<string, { atReturn: string; deferred: string[] }> {
  return new Map(
    [...goldenRows(`${here}oracle/deferearly.golden`)].map(
      ([fn, [atReturn = '', deferred = '']]) => [fn, { atReturn, deferred: deferred.split(',') }],
    ),
  );
}

describe('deferearly under real Go', () => {
  const functions = fixtureFunctions(fixture);
  const outcomes = golden();

  it('has a recorded outcome for every flagged function, and only for fixture functions', () => {
    const flagged = [...functions].filter(([, f]) => f.flagged).map(([name]) => name);
    expect(flagged.length).toBeGreaterThan(5);
    expect(flagged.filter((fn) => !outcomes.has(fn))).toEqual([]);
    expect([...outcomes.keys()].filter((fn) => !functions.has(fn))).toEqual([]);
  });

  it('shows an early value for every flagged function, and for no clean one but the known misses', () => {
    const wrong: string[] = [];
    for (const [fn, { atReturn, deferred }] of outcomes) {
      const info = functions.get(fn);
      const early = deferred.some((d) => d !== atReturn);
      const expected = info?.flagged === true || info?.knownMiss === true;
      if (early !== expected) {
        wrong.push(
          `${fn}: flagged=${String(info?.flagged)}, at return ${atReturn}, deferred ${deferred.join(',')}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });
});
