/**
 * Columns as go vet prints them: golden/columns/go-vet.golden was recorded from real go vet
 * (record.sh beside it); each line names where a fmt.Printf call starts. mapscope must give
 * the same line:column for the same calls, on lines with tabs and multi-byte characters.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeGoParser } from '../src/node/index.ts';
import type { GoParser } from '../src/parser.ts';

const dir = new URL('./golden/columns/', import.meta.url);

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

describe('byte columns', () => {
  it('match go vet on lines with tabs and multi-byte characters', () => {
    const golden = readFileSync(new URL('go-vet.golden', dir), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('./main.go:'))
      .map((l) => /^\.\/main\.go:(\d+:\d+):/.exec(l)?.[1]);
    const file = parser.parse('main.go', readFileSync(new URL('main.go', dir), 'utf8'));
    const calls: string[] = [];
    file.tree.walk((n) => {
      if (n.type === 'call_expression' && n.child('function')?.text === 'fmt.Printf') {
        const p = file.position(n.start);
        calls.push(`${p.line}:${p.column}`);
      }
      return true;
    });
    expect(golden).toHaveLength(5);
    expect(calls).toEqual(golden);
  });
});
