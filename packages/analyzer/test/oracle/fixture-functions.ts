// What the oracle tests read: each fixture function's verdict from its `// want` comments,
// and the rows a recording script wrote for it under real Go.
import { readdirSync, readFileSync } from 'node:fs';

/** A top-level function of a fixture: does it carry a `// want`, is it a known miss? */
export interface FixtureFunction {
  readonly flagged: boolean;
  readonly knownMiss: boolean;
}

/** Each top-level function of the fixture directory `dir`, by name. */
export function fixtureFunctions(dir: string): Map<string, FixtureFunction> {
  const out = new Map<string, FixtureFunction>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.go'))) {
    const lines = readFileSync(`${dir}/${name}`, 'utf8').split('\n');
    let current: string | undefined;
    lines.forEach((line, i) => {
      const fn = /^func (?:\([^)]*\) )?(\w+)\(/.exec(line)?.[1];
      if (fn !== undefined) {
        current = fn;
        out.set(fn, { flagged: false, knownMiss: (lines[i - 1] ?? '').includes('Known miss') });
      } else if (current !== undefined && line.includes('// want')) {
        const known = out.get(current);
        out.set(current, { knownMiss: known?.knownMiss ?? false, flagged: true });
      }
    });
  }
  return out;
}

/** A golden file's rows (comments and blank lines left out): function name → its other fields. */
export function goldenRows(path: string): Map<string, string[]> {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
  return new Map(
    rows.map((r) => {
      const [fn = '', ...fields] = r.split('\t');
      return [fn, fields];
    }),
  );
}
