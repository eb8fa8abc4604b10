import { describe, expect, it } from 'vitest';
import { loadPackages, PackageLoadError } from './load-packages.ts';
import { MemoryFS } from './source-fs.ts';

const tree = (): MemoryFS =>
  new MemoryFS({
    '/w/go.mod': 'module example.com/w\n\ngo 1.21\n',
    '/w/main.go': 'package main\n',
    '/w/main_test.go': 'package main\n',
    '/w/_hidden.go': 'package main\n',
    '/w/.dot.go': 'package main\n',
    '/w/notes.txt': 'x',
    '/w/a/a.go': 'package a\n',
    '/w/a/b/b.go': 'package b\n',
    '/w/a/testdata/t.go': 'package t\n',
    '/w/vendor/v/v.go': 'package v\n',
    '/w/_skip/s.go': 'package s\n',
    '/w/.git/g.go': 'package g\n',
    '/w/nested/go.mod': 'module example.com/nested\n\ngo 1.22\n',
    '/w/nested/n.go': 'package n\n',
    '/w/empty/readme.md': '#',
  });

describe('loadPackages', () => {
  it('loads one directory, keeping only files the go tool would', async () => {
    const { packages } = await loadPackages(tree(), '/w', ['.']);
    expect(packages).toEqual([
      {
        dir: '/w',
        files: ['/w/main.go', '/w/main_test.go'],
        module: { goModPath: '/w/go.mod', goVersion: 'go1.21' },
      },
    ]);
  });

  it('walks ./... skipping vendor, testdata, dot, underscore and nested modules', async () => {
    const { packages, warnings } = await loadPackages(tree(), '/w', ['./...']);
    expect(packages.map((p) => p.dir)).toEqual(['/w', '/w/a', '/w/a/b']);
    expect(warnings).toEqual([]);
  });

  it('includes every module below a directory that is in no module', async () => {
    const fs = new MemoryFS({
      '/r/a/go.mod': 'module a\n\ngo 1.21\n',
      '/r/a/a.go': 'package a\n',
      '/r/b/go.mod': 'module b\n\ngo 1.22\n',
      '/r/b/b.go': 'package b\n',
    });
    const { packages } = await loadPackages(fs, '/r', ['./...']);
    expect(packages.map((p) => [p.dir, p.module?.goVersion])).toEqual([
      ['/r/a', 'go1.21'],
      ['/r/b', 'go1.22'],
    ]);
  });

  it('finds the nearest go.mod for a nested module', async () => {
    const { packages } = await loadPackages(tree(), '/w', ['nested']);
    expect(packages[0]?.module?.goVersion).toBe('go1.22');
  });

  it('groups loose files by directory', async () => {
    const { packages } = await loadPackages(tree(), '/w', ['a/a.go', 'main.go']);
    expect(packages.map((p) => p.files)).toEqual([['/w/a/a.go'], ['/w/main.go']]);
  });

  it('loads each package once', async () => {
    const { packages } = await loadPackages(tree(), '/w', ['a', './a/...']);
    expect(packages.map((p) => p.dir)).toEqual(['/w/a', '/w/a/b']);
  });

  it('warns when a wildcard matches nothing', async () => {
    const { packages, warnings } = await loadPackages(tree(), '/w', ['./empty/...']);
    expect(packages).toEqual([]);
    expect(warnings).toEqual(['warning: "./empty/..." matched no packages']);
  });

  it('rejects missing paths and directories without Go files', async () => {
    await expect(loadPackages(tree(), '/w', ['nope'])).rejects.toThrow(
      new PackageLoadError('nope: no such file or directory'),
    );
    await expect(loadPackages(tree(), '/w', ['empty'])).rejects.toThrow('no Go files in /w/empty');
    await expect(loadPackages(tree(), '/w', ['notes.txt'])).rejects.toThrow('not a .go file');
    await expect(loadPackages(tree(), '/w', ['nope/...'])).rejects.toThrow('directory not found');
  });

  it('has no module outside one', async () => {
    const fs = new MemoryFS({ '/x/p.go': 'package p\n' });
    const { packages } = await loadPackages(fs, '/', ['/x']);
    expect(packages[0]?.module).toBeUndefined();
  });
});
