// Go's source is a build-time dependency (dist/std, from a Go source tree), never part of the
// repository: no file here may carry the Go authors' copyright or license header, which every
// file of Go's tree has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Folders that are built, installed or fetched, not written here. */
const skipped = new Set(['node_modules', 'dist', '.git', '.turbo', 'coverage', '.vitest-cache']);
// Assembled from parts, so that this file does not itself carry the header it looks for.
const authors = ['The', 'Go', 'Authors'].join(' ');
const marks = [
  new RegExp(`Copyright \\d{4} ${authors}`),
  new RegExp(['governed by a BSD-style', '(// )?license'].join('\\s+')),
];

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(e.name)) {
      continue;
    }
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      yield* files(path);
    } else if (e.isFile() && statSync(path).size < 8_000_000) {
      yield path;
    }
  }
}

describe('the repository', () => {
  it('holds no file copied from Go', () => {
    const copied: string[] = [];
    let read = 0;
    for (const path of files(root)) {
      read++;
      const text = readFileSync(path, 'latin1');
      if (marks.some((m) => m.test(text))) {
        copied.push(path.slice(root.length));
      }
    }
    expect(read).toBeGreaterThan(100);
    expect(copied).toEqual([]);
  });
});
