// The parsed-package cache of the Node std library: what is stored is loaded back, in a folder
// of this bundle's and parser's own; other bundles' folders unchanged for two weeks go.
import { existsSync, mkdirSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeStdLibrary } from '../../src/node/std.ts';

const saved = process.env['XDG_CACHE_HOME'];
afterEach(() => {
  if (saved === undefined) {
    delete process.env['XDG_CACHE_HOME'];
  } else {
    process.env['XDG_CACHE_HOME'] = saved;
  }
});

describe('the parsed-package cache', () => {
  it('gives back what was stored, and removes stale folders of other versions', () => {
    const root = mkdtempSync(`${tmpdir()}/mapscope-cache-`);
    process.env['XDG_CACHE_HOME'] = root;
    const old = `${root}/mapscope/parsed-0000000000000000`;
    const recent = `${root}/mapscope/parsed-1111111111111111`;
    mkdirSync(old, { recursive: true });
    mkdirSync(recent, { recursive: true });
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    utimesSync(old, monthAgo, monthAgo);
    const cache = nodeStdLibrary().parsed;
    expect(cache).toBeDefined();
    expect(cache?.load('a/b')).toBeUndefined();
    const shared = { x: 1n };
    cache?.store('a/b', { one: shared, two: shared, list: [shared] });
    const back = cache?.load('a/b') as { one: unknown; two: unknown; list: unknown[] };
    expect(back.one).toEqual({ x: 1n });
    expect(back.one).toBe(back.two); // shared references stay shared
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it('is off with MAPSCOPE_CACHE=off', () => {
    process.env['MAPSCOPE_CACHE'] = 'off';
    try {
      expect(nodeStdLibrary().parsed).toBeUndefined();
    } finally {
      delete process.env['MAPSCOPE_CACHE'];
    }
  });
});
