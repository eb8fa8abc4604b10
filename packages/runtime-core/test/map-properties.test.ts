// Property tests: long random operation sequences on the model against a plain reference map,
// including iterations interleaved with writes (Go spec: an entry deleted before it is reached
// is not produced, an entry is not produced twice — a key deleted and set again is a new entry,
// which may be — and every entry present throughout is produced).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GoRuntime,
  Hiter,
  Wyrand,
  emptyRest,
  hashWriting,
  mapiterinit,
  mapiternext,
  snapshot,
  types,
  type GoType,
} from '../src/index.ts';
import { GoMap } from './go-map.ts';

type Op =
  | { op: 'set'; k: number; v: number }
  | { op: 'delete'; k: number }
  | { op: 'get'; k: number }
  | { op: 'clear' }
  | { op: 'iterate'; steps: IterStep[] };
type IterStep = { op: 'next' } | { op: 'set'; k: number; v: number } | { op: 'delete'; k: number };

function ops(keyRange: number): fc.Arbitrary<Op[]> {
  const k = fc.integer({ min: 0, max: keyRange });
  const v = fc.integer({ min: -1000, max: 1000 });
  const iterStep = fc.oneof(
    { weight: 4, arbitrary: fc.constant<IterStep>({ op: 'next' }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('set' as const), k, v }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), k }) },
  );
  const op = fc.oneof(
    { weight: 12, arbitrary: fc.record({ op: fc.constant('set' as const), k, v }) },
    { weight: 6, arbitrary: fc.record({ op: fc.constant('delete' as const), k }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('get' as const), k }) },
    { weight: 1, arbitrary: fc.constant<Op>({ op: 'clear' }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('iterate' as const),
        steps: fc.array(iterStep, { maxLength: 200, size: 'max' }),
      }),
    },
  );
  return fc.array(op, { minLength: 1, maxLength: 600, size: 'max' });
}

/** Keys of the model as the reference sees them (numbers, or the strings built from them). */
function run(keyType: GoType, key: (n: number) => unknown, seq: Op[], seed: number): void {
  const m = new GoMap(keyType, types.int, { rt: new GoRuntime({ rand: Wyrand.fromSeed(seed) }) });
  const ref = new Map<unknown, number>();
  for (const o of seq) {
    switch (o.op) {
      case 'set':
        m.set(key(o.k), o.v);
        ref.set(key(o.k), o.v);
        break;
      case 'delete':
        m.delete(key(o.k));
        ref.delete(key(o.k));
        break;
      case 'get':
        expect(m.lookup(key(o.k))).toEqual(
          ref.has(key(o.k)) ? [ref.get(key(o.k)), true] : [0, false],
        );
        break;
      case 'clear':
        m.clear();
        ref.clear();
        break;
      case 'iterate':
        iterate(m, ref, o.steps, key);
        break;
    }
    expect(m.len).toBe(ref.size);
  }
  checkStructure(m);
  expect(new Set(m.keys())).toEqual(new Set(ref.keys()));
}

function iterate(
  m: GoMap,
  ref: Map<unknown, number>,
  steps: IterStep[],
  key: (n: number) => unknown,
): void {
  const atStart = new Set(ref.keys());
  const deleted = new Set<unknown>();
  const produced = new Set<unknown>();
  const it = new Hiter(m.t);
  const check = (): void => {
    if (!it.ok) {
      return;
    }
    expect(produced.has(it.key), 'an entry produced twice').toBe(false);
    expect(ref.get(it.key), 'a deleted entry or a stale value').toBe(it.elem);
    produced.add(it.key);
  };
  mapiterinit(m.rt, m.h, it);
  check();
  for (const s of [...steps, ...Array.from({ length: 10_000 }, (): IterStep => ({ op: 'next' }))]) {
    if (!it.ok) {
      break;
    }
    if (s.op === 'next') {
      mapiternext(m.rt, it);
      check();
    } else if (s.op === 'set') {
      m.set(key(s.k), s.v);
      ref.set(key(s.k), s.v);
    } else {
      m.delete(key(s.k));
      ref.delete(key(s.k));
      deleted.add(key(s.k));
      // A key set again after this delete is a new entry, which may be produced (again).
      produced.delete(key(s.k));
    }
  }
  expect(it.ok, 'the iteration ends').toBe(false);
  for (const k of atStart) {
    if (!deleted.has(k)) {
      expect(produced.has(k), `entry ${String(k)} present throughout was not produced`).toBe(true);
    }
  }
}

/** The runtime's invariants: tombstones well formed, counts agree, no write left in flight. */
function checkStructure(m: GoMap): void {
  const h = m.h;
  expect(h.flags & hashWriting).toBe(0);
  let live = 0;
  for (const chain of snapshot(h).buckets ?? []) {
    let seenRest = false;
    for (const th of chain.flatMap((b) => b.tophash)) {
      if (th === emptyRest) {
        seenRest = true;
      } else {
        expect(seenRest, 'a non-emptyRest slot after emptyRest').toBe(false);
      }
      live += th >= 5 ? 1 : 0;
    }
  }
  if (!h.growing()) {
    expect(live).toBe(h.count);
  }
}

// Long sequences: allow for a loaded CI machine (these are not timing assertions).
describe('the model against a reference map', { timeout: 120_000 }, () => {
  it('int keys: long random sequences, iteration interleaved with writes', () => {
    fc.assert(
      fc.property(ops(300), fc.integer(), (seq, seed) => {
        run(types.int, (n) => n, seq, seed);
      }),
      { numRuns: 100 },
    );
  });

  it('string keys', () => {
    fc.assert(
      fc.property(ops(200), fc.integer(), (seq, seed) => {
        run(types.string, (n) => `key-${n}`, seq, seed);
      }),
      { numRuns: 40 },
    );
  });
});
