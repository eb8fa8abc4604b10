import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadPackages } from '../load-packages.ts';
import { nodeFS } from './index.ts';

describe('nodeFS', () => {
  it('does not follow symlinked directories in ./..., so a link loop ends', async () => {
    const root = mkdtempSync(`${tmpdir()}/mapscope-fs-`);
    mkdirSync(`${root}/a`);
    writeFileSync(`${root}/a/a.go`, 'package a\n');
    writeFileSync(`${root}/real.go`, 'package r\n');
    symlinkSync(root, `${root}/a/loop`);
    symlinkSync(`${root}/real.go`, `${root}/a/linked.go`);
    const { packages } = await loadPackages(nodeFS, root, ['./...']);
    expect(packages.map((p) => p.files.map((f) => f.slice(root.length)))).toEqual([
      ['/real.go'],
      ['/a/a.go', '/a/linked.go'],
    ]);
  });
});
