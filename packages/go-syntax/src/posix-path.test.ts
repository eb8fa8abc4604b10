import { describe, expect, it } from 'vitest';
import { dirname, joinPath, normalizePath, relativePath, resolvePath } from './posix-path.ts';

describe('posix paths', () => {
  it('normalizes', () => {
    expect(normalizePath('/a//b/./c/../d')).toBe('/a/b/d');
    expect(normalizePath('a/../..')).toBe('..');
    expect(normalizePath('/..')).toBe('/');
    expect(joinPath('a', '', 'b')).toBe('a/b');
  });

  it('resolves against a working directory', () => {
    expect(resolvePath('/w', './x/...')).toBe('/w/x/...');
    expect(resolvePath('/w', '/abs')).toBe('/abs');
  });

  it('gives dirname and relative paths', () => {
    expect(dirname('/a/b.go')).toBe('/a');
    expect(dirname('/b.go')).toBe('/');
    expect(relativePath('/w', '/w/sub/x.go')).toBe('sub/x.go');
    expect(relativePath('/w/a', '/w/b/x.go')).toBe('../b/x.go');
    expect(relativePath('/w', '/w')).toBe('.');
  });
});
