import { describe, expect, it } from 'vitest';
import { PlainHeap } from './heap.ts';
import { roundupsize } from './size-classes.ts';
import { arrayOf, types } from './types/constructors.ts';

describe('PlainHeap', () => {
  it('rounds sizes up to Go 1.19’s malloc size classes, and large sizes to pages', () => {
    expect([1, 8, 9, 24, 25, 144, 145, 1000, 32767, 32768, 32769, 40000].map(roundupsize)).toEqual([
      8, 8, 16, 24, 32, 144, 160, 1024, 32768, 32768, 40960, 40960,
    ]);
  });

  it('hands out distinct, increasing addresses and counts what it allocates', () => {
    const heap = new PlainHeap();
    const a = heap.alloc(types.int, 1);
    const b = heap.alloc(arrayOf(3, types.int64), 1);
    const c = heap.alloc(types.uint8, 0);
    expect(b.addr - a.addr).toBe(8);
    expect(c.addr - b.addr).toBe(24);
    expect({ objects: heap.objects, bytes: heap.bytes }).toEqual({ objects: 3, bytes: 8 + 24 + 8 });
  });

  it('stops a program that allocates past its limit with a fatal error naming the limit', () => {
    const heap = new PlainHeap({ limitBytes: 1000 });
    heap.alloc(arrayOf(100, types.int64), 1);
    expect(() => heap.alloc(arrayOf(100, types.int64), 1)).toThrow(
      "fatal error: runtime: out of memory (mapscope's heap limit of 1000 bytes)",
    );
  });
});
