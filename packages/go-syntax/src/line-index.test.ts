import { describe, expect, it } from 'vitest';
import { LineIndex, utf8Length } from './line-index.ts';

describe('LineIndex', () => {
  it('gives 1-based lines and columns', () => {
    const idx = new LineIndex('package p\n\nfunc f() {}\n');
    expect(idx.position(0)).toMatchObject({ line: 1, column: 1 });
    expect(idx.position(11)).toMatchObject({ line: 3, column: 1 });
    expect(idx.position(16)).toMatchObject({ line: 3, column: 6 });
    expect(idx.lineCount).toBe(4);
  });

  it('counts columns in UTF-8 bytes as go vet does, and in UTF-16 units for SARIF', () => {
    const src = 's := "é😀"; m[k] = 1';
    const offset = src.indexOf('m[k]');
    // "é" is 2 bytes and 1 UTF-16 unit; "😀" is 4 bytes and 2 UTF-16 units.
    expect(new LineIndex(src).position(offset)).toMatchObject({
      line: 1,
      column: offset + 1 + 1 + 2,
      utf16Column: offset + 1,
    });
  });

  it('counts a tab as one column', () => {
    expect(new LineIndex('\tx').position(1)).toMatchObject({ column: 2 });
  });

  it('returns line text without the terminator', () => {
    const idx = new LineIndex('a\r\nb\nc');
    expect([idx.lineText(1), idx.lineText(2), idx.lineText(3), idx.lineText(9)]).toEqual([
      'a',
      'b',
      'c',
      '',
    ]);
  });
});

describe('utf8Length', () => {
  it('matches TextEncoder', () => {
    for (const s of ['', 'abc', 'é', '世界', '😀', 'a\u{10FFFF}b']) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});
