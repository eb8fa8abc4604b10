/**
 * MH008's fixture against real Go: oracle/record-deferearly.sh ran each deferearly fixture
 * function under Go 1.19 and recorded the map state it printed at return and what each
 * deferred call printed. A function the rule flags must have a deferred call that saw an
 * earlier state; one it leaves alone must not, unless the fixture marks it "Known miss".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixture = `${here}testdata/deferearly/`;

interface FixtureFunction {
  flagged: boolean;
  readonly knownMiss: boolean;
}

function fixtureFunctions(): Map<string, FixtureFunction> {
  const out = new Map<string, FixtureFunction>();
  for (const name of readdirSync(fixture).filter((n) => n.endsWith('.go'))) {
    const lines = readFileSync(`${fixture}${name}`, 'utf8').split('\n');
    let current: FixtureFunction | undefined;
    lines.forEach((line, i) => {
      const fn = /^func (?:\([^)]*\) )?(\w+)\(/.exec(line)?.[1];
      if (fn !== undefined) {
        current = { flagged: false, knownMiss: (lines[i - 1] ?? '').includes('Known miss') };
        out.set(fn, current);
      } else if (current !== undefined && line.includes('// want')) {
        current.flagged = true;
      }
    });
  }
  return out;
}

/** function → [value at return, values the deferred calls printed]. */
function golden(): Map<string, { atReturn: string; deferred: string[] }> {
  const rows = readFileSync(`${here}oracle/deferearly.golden`, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
  return new Map(
    rows.map((r) => {
      const [fn = '', atReturn = '', deferred = ''] = r.split('\t');
      return [fn, { atReturn, deferred: deferred.split(',') }];
    }),
  );
}

describe('deferearly under real Go', () => {
  const functions = fixtureFunctions();
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
