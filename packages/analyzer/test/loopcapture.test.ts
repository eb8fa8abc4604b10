/**
 * MH005 depends on the file's Go version: the loopcapture fixture, whose go.mod says
 * go 1.21, reports nothing once the module says go 1.22 (each iteration has its own
 * variable), nor in a go1.22 file of an older module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoParser } from '@mapscope/go-syntax';
import { MemoryFS } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vet } from '../src/index.ts';

const src = fileURLToPath(new URL('./testdata/loopcapture/go121/', import.meta.url));

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

function fixtureFS(goMod: string, prefix = ''): MemoryFS {
  const fs = new MemoryFS({ '/m/go.mod': goMod });
  for (const name of readdirSync(src).filter((n) => n.endsWith('.go'))) {
    fs.write(`/m/${name}`, prefix + readFileSync(`${src}${name}`, 'utf8'));
  }
  return fs;
}

describe('the loopcapture fixture', () => {
  it('reports nothing when go.mod says go 1.22', async () => {
    const fs = fixtureFS('module example.com/loopcapture\n\ngo 1.22\n');
    const result = await vet({ fs, parser, cwd: '/m', patterns: ['.'] });
    expect(result.files).toBe(2);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports nothing in go1.22 files of a go 1.21 module', async () => {
    const fs = fixtureFS('module example.com/loopcapture\n\ngo 1.21\n', '//go:build go1.22\n\n');
    const result = await vet({ fs, parser, cwd: '/m', patterns: ['.'] });
    expect(result.files).toBe(2);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports at go 1.21 (the same files, as the fixture test checks in detail)', async () => {
    const fs = fixtureFS('module example.com/loopcapture\n\ngo 1.21\n');
    const result = await vet({ fs, parser, cwd: '/m', patterns: ['.'] });
    expect(result.diagnostics.filter((d) => d.rule === 'MH005').length).toBeGreaterThan(10);
  });
});
