// Long random interleavings of mutator steps and collector steps (fast-check). With Go's
// barrier the weak tri-colour invariant holds after every step and the cycle never loses a
// reachable object; the Dijkstra barrier keeps the strong invariant; without a barrier the
// search finds an interleaving that loses one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BarrierMode, Colour, type GcObject } from '../src/index.ts';
import { World } from './harness.ts';

type Step =
  | { kind: 'alloc'; g: number }
  | { kind: 'load'; g: number; i: number; f: 0 | 1 }
  | { kind: 'store'; g: number; i: number; f: 0 | 1; j: number }
  | { kind: 'drop'; g: number; i: number }
  | { kind: 'mark' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('alloc' as const), g: fc.nat(1) }),
  fc.record({
    kind: fc.constant('load' as const),
    g: fc.nat(1),
    i: fc.nat(20),
    f: fc.constantFrom(0 as const, 1 as const),
  }),
  fc.record({
    kind: fc.constant('store' as const),
    g: fc.nat(1),
    i: fc.nat(20),
    f: fc.constantFrom(0 as const, 1 as const),
    j: fc.integer({ min: -1, max: 20 }),
  }),
  fc.record({ kind: fc.constant('drop' as const), g: fc.nat(1), i: fc.nat(20) }),
  fc.record({ kind: fc.constant('mark' as const) }),
);

/** Plays a mutator before and during one cycle; reports invariant breaks and lost objects. */
function play(
  mode: BarrierMode,
  setup: Step[],
  during: Step[],
): { weak: string[]; strong: string[]; lost: number } {
  const w = new World(2, { barrier: mode, checkmark: true, gogc: -1 });
  const apply = (s: Step): void => {
    if (s.kind === 'mark') {
      w.heap.markStep();
      return;
    }
    const st = w.stacks[s.g]!.refs_;
    const at = (i: number): GcObject | null =>
      st.length === 0 ? null : (st[i % st.length] ?? null);
    if (s.kind === 'alloc') {
      w.alloc(s.g);
    } else if (s.kind === 'load') {
      const o = at(s.i);
      const t = o && w.field(o, s.f);
      if (t) {
        st.push(t);
      }
    } else if (s.kind === 'store') {
      const o = at(s.i);
      if (o) {
        w.setField(s.g, o, s.f, s.j < 0 ? null : at(s.j));
      }
    } else if (st.length > 0) {
      st.splice(s.i % st.length, 1);
    }
  };
  setup.forEach(apply);
  w.heap.startCycle(false);
  const weak: string[] = [];
  const strong: string[] = [];
  for (const s of during) {
    apply(s);
    weak.push(...weakBreaks(w));
    strong.push(...strongBreaks(w));
  }
  // Allocation assists may have ended the cycle already.
  if (w.heap.phase !== 'off') {
    w.heap.finishCycle();
  }
  return { weak, strong, lost: w.heap.cycles.reduce((n, c) => n + c.unmarkedReachable.length, 0) };
}

const targets = (w: World, o: GcObject): GcObject[] =>
  [w.field(o, 0), w.field(o, 1)].filter((t): t is GcObject => t !== null);

/** Strong invariant: no black object points to a white one. */
function strongBreaks(w: World): string[] {
  return [...w.heap.objects].flatMap((b) =>
    b.colour === Colour.Black
      ? targets(w, b)
          .filter((t) => t.colour === Colour.White)
          .map((t) => `black ${b.addr} -> white ${t.addr}`)
      : [],
  );
}

/** Weak invariant: every white object a black one points to is reachable from a grey object through white ones. */
function weakBreaks(w: World): string[] {
  const protectedSet = new Set<GcObject>();
  const work = [...w.heap.objects].filter((o) => o.colour === Colour.Grey);
  for (let o = work.pop(); o !== undefined; o = work.pop()) {
    for (const t of targets(w, o)) {
      if (t.colour === Colour.White && !protectedSet.has(t)) {
        protectedSet.add(t);
        work.push(t);
      }
    }
  }
  return strongBreaks(w).filter(
    (b) => ![...protectedSet].some((p) => b.endsWith(`white ${p.addr}`)),
  );
}

const run = fc.tuple(
  fc.array(step, { maxLength: 40, size: 'max' }),
  fc.array(step, { maxLength: 150, size: 'max' }),
);

describe('tri-colour invariants over random interleavings', { timeout: 120_000 }, () => {
  it('Go’s barrier: the weak invariant after every step, nothing reachable lost', () => {
    fc.assert(
      fc.property(run, ([setup, during]) => {
        const r = play(BarrierMode.Go, setup, during);
        expect({ weak: r.weak, lost: r.lost }).toEqual({ weak: [], lost: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('the hybrid barrier: nothing reachable lost', () => {
    fc.assert(
      fc.property(run, ([setup, during]) => {
        expect(play(BarrierMode.Hybrid, setup, during).lost).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('the Dijkstra barrier: the strong invariant after every step', () => {
    fc.assert(
      fc.property(run, ([setup, during]) => {
        const r = play(BarrierMode.Dijkstra, setup, during);
        expect({ strong: r.strong, lost: r.lost }).toEqual({ strong: [], lost: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('no barrier: the search finds an interleaving that loses a reachable object', () => {
    const found = fc.check(
      fc.property(run, ([setup, during]) => play(BarrierMode.Off, setup, during).lost === 0),
      { numRuns: 2000, seed: 42 },
    );
    // It failed by finding a loss, not by an error of the model.
    expect({ failed: found.failed, why: (found.errorInstance as Error | null)?.message }).toEqual({
      failed: true,
      why: 'Property failed by returning false',
    });
  });
});
