// Behaviour that depends on the Go release, the approximate overflow count of huge maps, and
// what the map tells the heap's write barrier.
import { describe, expect, it } from 'vitest';
import {
  GoRuntime,
  PlainHeap,
  type HeapObject,
  type WriteBarrier,
  incrnoverflow,
  makemap,
  mapType,
  mapOf,
  pointerTo,
  types,
  Wyrand,
} from '../src/index.ts';
import { ScriptedRandom } from './conformance/golden-codec.ts';
import { GoMap } from './go-map.ts';

/** Go's test/fixedbugs/issue59411.go: clear(m) in the middle of a range over a growing map. */
function rangeOverClear(goMinor: number, seed: number): number {
  const m = new GoMap(types.float64, types.int, { rt: { goMinor, rand: Wyrand.fromSeed(seed) } });
  const N = 13 << 4; // fill to just before a growth trigger
  for (let i = 0; i < N; i++) {
    m.set(NaN, i);
  }
  m.set(NaN, N); // trigger growth
  let i = 0;
  m.range(() => {
    if (i === 6) {
      m.clear(); // partway through iteration, clear the map
    }
    i++;
  });
  return i;
}

describe('clear during iteration (Go issue 59411)', () => {
  const seeds = Array.from({ length: 30 }, (_, i) => i + 1);

  it('Go 1.21 and later: the iteration stops after clear, wherever it started', () => {
    expect(seeds.map((s) => rangeOverClear(21, s))).toEqual(seeds.map(() => 7));
  });

  it('Go 1.19 and 1.20: an iteration inside an old or overflow bucket goes on after clear', () => {
    // Whether it does depends on where the random start put the iterator (the goldens
    // map-iter-clear*.json show both cases in real Go 1.19).
    const counts = seeds.map((s) => rangeOverClear(19, s));
    expect(counts.some((n) => n > 7)).toBe(true);
  });
});

describe('incrnoverflow', () => {
  it('counts every overflow bucket below B=16, then with probability 1/2^(B-15)', () => {
    const rand = new ScriptedRandom();
    const rt = new GoRuntime({ rand });
    rand.queue.push(0);
    const h = makemap(rt, mapType(mapOf(types.int, types.int)), 0);
    const counts = [15, 16, 18].map((B) => {
      h.B = B;
      h.noverflow = 0;
      rand.queue.push(0, 1, 2, 3, 4, 5, 6, 7, 8);
      let draws = 0;
      for (let i = 0; i < 9; i++) {
        incrnoverflow(h);
        draws += 1;
      }
      const left = rand.queue.splice(0).length;
      return { B, noverflow: h.noverflow, randomDrawn: draws - left };
    });
    expect(counts).toEqual([
      { B: 15, noverflow: 9, randomDrawn: 0 },
      { B: 16, noverflow: 5, randomDrawn: 9 }, // mask 1: draws 0, 2, 4, 6, 8
      { B: 18, noverflow: 2, randomDrawn: 9 }, // mask 7: draws 0, 8
    ]);
  });
});

describe('the write barrier hook', () => {
  it('sees the stores of pointer-holding keys and elems and of bucket links', () => {
    const stores: string[] = [];
    const barrier: WriteBarrier = (holder: HeapObject, type) => {
      stores.push(
        `${holder.type.name.startsWith('struct { topbits') ? 'bucket' : 'hmap'}:${type.name}`,
      );
    };
    const heap = Object.assign(new PlainHeap(), { writeBarrier: barrier });
    const m = new GoMap(types.string, pointerTo(types.int), { rt: { heap } });
    for (let i = 0; i < 500; i++) {
      m.set(`k${i}`, null);
    }
    expect(m.h.noverflow, 'the test needs an overflow bucket').toBeGreaterThan(0);
    expect(new Set(stores)).toEqual(
      new Set(['hmap:unsafe.Pointer', 'bucket:string', 'bucket:*int', 'bucket:unsafe.Pointer']),
    );
  });

  it('is not called for maps whose buckets hold no pointers, except the hmap’s own links', () => {
    const stores: string[] = [];
    const heap = Object.assign(new PlainHeap(), {
      writeBarrier: ((holder) => {
        stores.push(holder.type.name.startsWith('struct { count') ? 'hmap' : 'bucket');
      }) satisfies WriteBarrier,
    });
    const m = new GoMap(types.int, types.int, { rt: { heap } });
    for (let i = 0; i < 100; i++) {
      m.set(i, i);
    }
    expect(new Set(stores)).toEqual(new Set(['hmap']));
  });
});
