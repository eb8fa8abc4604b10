// The implementation-independent behaviour tests of Go's runtime/map_test.go (Go 1.19),
// ported to the model: each keeps the Go test's name and checks what it checks.
import { describe, expect, it } from 'vitest';
import {
  GoPanic,
  GoRuntime,
  Iface,
  type Hmap,
  Wyrand,
  arrayOf,
  bucketShift,
  emptyOne,
  emptyRest,
  interfaceOf,
  mapOf,
  mapType,
  mapassign,
  mapaccess2,
  mapdelete,
  namedType,
  sliceOf,
  snapshot,
  structOf,
  types,
} from '../src/index.ts';
import { GoMap } from './go-map.ts';

const negZero = -0;
const isNegZero = (x: unknown): boolean => Object.is(x, -0);

/** Go's runtime.MapTombstoneCheck (export_test.go): per chain, live and emptyOne, then emptyRest. */
function tombstoneCheck(h: Hmap): void {
  (snapshot(h).buckets ?? []).forEach((chain, x) => {
    const cells = chain.flatMap((b) => b.tophash);
    const n = cells.filter((c) => c !== emptyRest).length;
    const bad = cells.flatMap((c, k) =>
      k < n && c === emptyRest
        ? ['early emptyRest']
        : k >= n && c !== emptyRest
          ? ['late non-emptyRest']
          : k === n - 1 && c === emptyOne
            ? ['last non-emptyRest entry is emptyOne']
            : [],
    );
    expect(bad, `bucket ${x}`).toEqual([]);
  });
}

describe('runtime/map_test.go', () => {
  it('TestNegativeZero: -0 overwrites +0 and the key takes the last sign', () => {
    const m = new GoMap(types.float64, types.bool, { hint: 0 });
    m.set(0, true);
    m.set(negZero, true);
    expect(m.len).toBe(1);
    m.range((k) => {
      expect(isNegZero(k)).toBe(true);
    });
    const m2 = new GoMap(types.float64, types.bool, { hint: 0 });
    m2.set(negZero, true);
    m2.set(0, true);
    expect(m2.len).toBe(1);
    m2.range((k) => {
      expect(isNegZero(k)).toBe(false);
    });
  });

  function expectThreeNaNs(m: GoMap): void {
    expect(m.len).toBe(3);
    let s = 0;
    m.range((k, v) => {
      expect(k).toBeNaN();
      s |= v as number;
    });
    expect(s).toBe(7);
  }

  it('TestMapAssignmentNan: every NaN insert adds an entry', () => {
    const m = new GoMap(types.float64, types.int, { hint: 0 });
    m.set(NaN, 1);
    m.set(NaN, 2);
    m.set(NaN, 4);
    expectThreeNaNs(m);
  });

  it('NaN keys hash randomly, so they spread over the buckets (Go: f64hash uses fastrand)', () => {
    const m = new GoMap(types.float64, types.int);
    for (let i = 0; i < 40; i++) {
      m.set(NaN, i);
    }
    const used = (snapshot(m.h).buckets ?? []).filter((chain) => chain[0]!.tophash[0] !== 0);
    expect(used.length).toBeGreaterThan(4);
  });

  it('TestMapOperatorAssignmentNan', () => {
    const m = new GoMap(types.float64, types.int, { hint: 0 });
    m.add(NaN, 1);
    m.add(NaN, 2);
    m.add(NaN, 4);
    expectThreeNaNs(m);
  });

  it('TestGrowWithNaN: NaN keys survive a grow started during iteration', () => {
    const m = new GoMap(types.float64, types.int, { hint: 4 });
    m.set(NaN, 1);
    m.set(NaN, 2);
    m.add(NaN, 4);
    let cnt = 0,
      s = 0,
      grow = true;
    m.range((k, v) => {
      if (grow) {
        for (let i = 0; i < 50; i++) {
          m.set(i, i);
        }
        for (let i = 50; i < 100; i++) {
          m.add(i, i);
        }
        grow = false;
      }
      if (k !== k) {
        cnt++;
        s |= v as number;
      }
    });
    expect([cnt, s]).toEqual([3, 7]);
  });

  it('TestGrowWithNegativeZero: iteration sees keys and values updated together', () => {
    const FloatInt = structOf([
      { name: 'x', type: types.float64 },
      { name: 'y', type: types.int },
    ]);
    const m = new GoMap(FloatInt, types.int, { hint: 4 });
    m.set([0, 0], 1);
    m.add([0, 1], 2);
    m.add([0, 2], 4);
    m.set([0, 3], 8);
    let grow = true,
      s = 0,
      cnt = 0,
      negcnt = 0,
      mismatched = 0;
    m.range((k, v0) => {
      const v = v0 as number;
      if (v === 0) {
        return; // entries added to grow the table
      }
      cnt++;
      const neg = isNegZero((k as number[])[0]);
      // A -0 key comes with its updated value (bit 16), a +0 key with its old one.
      mismatched += neg === ((v & 16) === 0) ? 1 : 0;
      negcnt += neg ? 1 : 0;
      s |= v & 15;
      if (grow) {
        for (let i = 0; i < 100; i++) {
          m.set([3, i], 0);
        }
        for (let i = 0; i < 4; i++) {
          m.set([negZero, i], (1 << i) | 16);
        }
        grow = false;
      }
    });
    expect({ s, cnt, negcnt, mismatched }).toEqual({ s: 15, cnt: 4, negcnt: 3, mismatched: 0 });
  });

  it('TestIterGrowAndDelete: keys deleted during iteration are not produced', () => {
    const m = new GoMap(types.int, types.int, { hint: 4 });
    for (let i = 0; i < 100; i++) {
      m.set(i, i);
    }
    let grow = true;
    const odd: unknown[] = [];
    m.range((k) => {
      if (grow) {
        for (let i = 100; i < 1000; i++) {
          m.set(i, i);
        }
        for (let i = 1; i < 1000; i += 2) {
          m.delete(i);
        }
        grow = false;
      } else if (((k as number) & 1) === 1) {
        odd.push(k);
      }
    });
    expect(odd, 'odd keys returned after their delete').toEqual([]);
  });

  it('TestMapNanGrowIterator: no NaN entry is produced twice while growth finishes', () => {
    const m = new GoMap(types.float64, types.int);
    const nBuckets = 16;
    const nKeys = nBuckets * 6.5;
    for (let i = 0; i < nKeys; i++) {
      m.set(NaN, i);
    }
    m.set(1, 1); // trigger grow
    m.delete(1);
    const found = new Set<number>();
    m.range((_k, v) => {
      expect(found.has(v as number), `repeat of value ${String(v)}`).toBe(false);
      found.add(v as number);
      if (found.size === nKeys / 2) {
        // Halfway through iteration, finish grow.
        for (let i = 0; i < nBuckets; i++) {
          m.delete(1);
        }
      }
    });
    expect(found.size).toBe(nKeys);
  });

  it('TestMapIterOrder: small maps are iterated in more than one order', () => {
    const rt = new GoRuntime({ rand: Wyrand.fromSeed(7) });
    for (const n of [3, 7, 9, 15]) {
      const m = new GoMap(types.int, types.bool, { rt });
      for (let i = 0; i < n; i++) {
        m.set(i, true);
      }
      const first = m.keys().join();
      const orders = Array.from({ length: 100 }, () => m.keys().join());
      expect(
        orders.some((o) => o !== first),
        `n=${n}: constant order ${first}`,
      ).toBe(true);
    }
  });

  it('TestMapSparseIterOrder: a sparse map is iterated in more than one order (issue 8410)', () => {
    const m = new GoMap(types.int, types.bool);
    for (let i = 0; i < 1000; i++) {
      m.set(i, true);
    }
    for (let i = 20; i < 1000; i++) {
      m.delete(i);
    }
    const first = m.keys().join();
    expect(Array.from({ length: 800 }, () => m.keys().join()).some((o) => o !== first)).toBe(true);
  });

  it('TestIgnoreBogusMapHint and TestMapBuckets: hints pick B as Go does', () => {
    const cases: [hint: number | bigint, buckets: number][] = [
      [-(2 ** 30), 1],
      [-1, 1],
      [0, 1],
      [1, 1],
      [8, 1],
      [9, 2],
      [13, 2],
      [14, 4],
      [26, 4],
      [2n ** 62n, 1],
    ];
    for (const [hint, buckets] of cases) {
      const m = new GoMap(types.int, types.int, { hint: Number(hint) });
      expect(bucketShift(m.h.B), `hint ${hint}`).toBe(buckets);
    }
    // make(map[int]int) then n inserts: the number of buckets Go reaches.
    for (const [n, buckets] of [
      [8, 1],
      [9, 2],
      [13, 2],
      [14, 4],
      [26, 4],
    ] as const) {
      const m = new GoMap(types.int, types.int);
      for (let i = 0; i < n; i++) {
        m.set(i, i);
      }
      expect(bucketShift(m.h.B), `n ${n}`).toBe(buckets);
    }
  });

  it('a huge hint that Go would try to allocate stops at the model heap’s limit', () => {
    expect(() => new GoMap(types.int, types.int, { hint: 2 ** 30 })).toThrow(
      /out of memory \(mapscope's heap limit/,
    );
  });

  it('TestIncrementAfterDelete*: a deleted slot holds the zero value again (issue 25936)', () => {
    for (const elem of [types.int, types.int32, types.int64]) {
      const m = new GoMap(types.int, elem);
      m.set(12, 99);
      m.delete(12);
      m.add(13, 1);
      expect(m.get(13)).toBe(1);
    }
    const s = new GoMap(types.string, types.int);
    s.set('', 99);
    s.delete('');
    s.add('x', 1);
    expect(s.get('x')).toBe(1);
  });

  it('TestIncrementAfterBulkClearKeyStringValueInt', () => {
    const m = new GoMap(types.string, types.int);
    m.set('', 99);
    m.clear();
    m.add('x', 1);
    expect(m.get('x')).toBe(1);
  });

  it('TestMapTombstones: emptyOne/emptyRest stay well formed', () => {
    const m = new GoMap(types.int, types.int);
    const N = 10000;
    for (let i = 0; i < N; i++) {
      m.set(i, i);
    }
    tombstoneCheck(m.h);
    for (let i = 0; i < N; i += 2) {
      m.delete(i);
    }
    tombstoneCheck(m.h);
    for (let i = N; i < (3 * N) / 2; i++) {
      m.set(i, i);
    }
    tombstoneCheck(m.h);
    for (let i = 0; i < (3 * N) / 2; i++) {
      m.delete(i);
    }
    tombstoneCheck(m.h);
    expect(m.len).toBe(0);
  });

  it('TestMapInterfaceKey: every special case of typehash finds its key again', () => {
    const stringer = interfaceOf(['String']);
    const canString = namedType('runtime_test.canString', types.int);
    const GrabBag = structOf([
      { name: 'f32', type: types.float32 },
      { name: 'f64', type: types.float64 },
      { name: 'c64', type: types.complex64 },
      { name: 'c128', type: types.complex128 },
      { name: 's', type: types.string },
      { name: 'i0', type: types.any },
      { name: 'i1', type: stringer },
      { name: 'a', type: arrayOf(4, types.string) },
    ]);
    const zero = (): unknown[] => [
      0,
      0,
      { re: 0, im: 0 },
      { re: 0, im: 0 },
      '',
      null,
      null,
      ['', '', '', ''],
    ];
    const m = new GoMap(types.any, types.bool);
    for (let i = 0; i < 1000; i++) {
      m.set(new Iface(types.int, i), true);
    }
    const variants: [number, unknown][] = [
      [0, 1],
      [1, 1],
      [2, { re: 0, im: 1 }],
      [3, { re: 0, im: 1 }],
      [4, 'foo'],
      [5, new Iface(types.string, 'foo')],
      [6, new Iface(canString, 5)],
      [7, ['foo', 'bar', 'baz', 'bop']],
    ];
    for (const [field, value] of variants) {
      const bag = zero();
      bag[field] = value;
      m.set(new Iface(GrabBag, bag), true);
      const again = zero();
      again[field] = value;
      expect(m.get(new Iface(GrabBag, again)), `field ${field}`).toBe(true);
    }
  });

  it('TestEmptyKeyAndValue', () => {
    const empty = structOf([]);
    const a = new GoMap(types.int, empty, { hint: 4 });
    const b = new GoMap(empty, types.int, { hint: 4 });
    a.set(0, []);
    b.set([], 0);
    b.set([], 1);
    expect(a.len).toBe(1);
    expect(b.get([])).toBe(1);
  });

  it('TestSingleBucketMapStringKeys: short and long keys of equal and different lengths', () => {
    const m = new GoMap(types.string, types.string);
    const kv = ['x', 'xx', 'foo', 'bar', 'xxxx', 'x'.repeat(128), 'y'.repeat(128)];
    for (const k of kv) {
      m.set(k, `${k}val`);
    }
    m.range((k, v) => {
      expect(m.get(k)).toBe(v);
    });
  });

  it('TestBigItems: keys and elems over 128 bytes are stored indirectly and still found', () => {
    const big = arrayOf(256, types.string);
    const m = new GoMap(big, big, { hint: 4 });
    expect(m.t.indirectkey && m.t.indirectelem).toBe(true);
    const key: string[] = Array.from({ length: 256 }, () => 'foo');
    for (let i = 0; i < 100; i++) {
      key[37] = `string${String(i).padStart(2, '0')}`;
      m.set(key, key); // the map copies: later changes to `key` do not reach it
    }
    const keys: string[] = [],
      values: string[] = [];
    m.range((k, v) => {
      keys.push((k as string[])[37]!);
      values.push((v as string[])[37]!);
    });
    const want = Array.from({ length: 100 }, (_, i) => `string${String(i).padStart(2, '0')}`);
    expect([keys.sort(), values.sort()]).toEqual([want, want]);
  });

  it('TestMapHugeZero: a missing key reads as the zero value', () => {
    const T = arrayOf(4000, types.uint8);
    const m = new GoMap(types.int, T);
    expect(m.get(0)).toEqual(new Array(4000).fill(0));
    expect(m.lookup(0)).toEqual([new Array(4000).fill(0), false]);
  });

  it('TestDeferDeleteSlow: complex128 keys in a map[any]int', () => {
    const m = new GoMap(types.any, types.int);
    const ks = [0, 1, 2, 3].map((re) => new Iface(types.complex128, { re, im: 0 }));
    ks.forEach((k, i) => {
      m.set(k, i);
    });
    expect(m.len).toBe(4);
    for (const k of ks.reverse()) {
      m.delete(new Iface(types.complex128, { ...(k.value as object) }));
    }
    expect(m.len).toBe(0);
  });
});

describe('panics of the spec and the runtime', () => {
  const rt = new GoRuntime();
  const t = mapType(mapOf(types.any, types.int));
  const panicText = (f: () => void): string => {
    try {
      f();
    } catch (e) {
      if (e instanceof GoPanic && typeof (e.value as { error?: unknown }).error === 'function') {
        return (e.value as { error(): string }).error();
      }
      throw e;
    }
    return 'no panic';
  };

  it('a write to a nil map panics with Go’s recoverable runtime error', () => {
    expect(
      panicText(() => {
        mapassign(rt, t, null, null, 1);
      }),
    ).toBe('assignment to entry in nil map');
  });

  it('reads, deletes and lengths of a nil map are fine', () => {
    expect(mapaccess2(rt, t, null, new Iface(types.int, 1))).toBeUndefined();
    expect(() => {
      mapdelete(rt, t, null, new Iface(types.int, 1));
    }).not.toThrow();
  });

  it('an unhashable dynamic key panics naming the type, even on a nil or empty map (issue 23734)', () => {
    const slice = new Iface(sliceOf(types.int), null);
    const m = new GoMap(types.any, types.int, { rt });
    const want = 'runtime error: hash of unhashable type []int';
    expect(
      panicText(() => {
        m.set(slice, 1);
      }),
    ).toBe(want);
    expect(panicText(() => mapaccess2(rt, t, null, slice))).toBe(want);
    expect(
      panicText(() => {
        mapdelete(rt, t, m.h, slice);
      }),
    ).toBe(want);
    expect(m.h.flags, 'the panic comes before hashWriting is set').toBe(0);
  });
});
