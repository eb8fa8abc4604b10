// The collector: reachability, phases, allocate-black, barrier modes (an object lost without a
// barrier, never with Go's), checkmark, finalizers, the pacer and gctrace.
import { describe, expect, it } from 'vitest';
import { BarrierMode, Colour, Phase, fmtNSAsMS, type GcObject } from '../src/index.ts';
import { World } from './harness.ts';

describe('a cycle', () => {
  it('keeps what the roots reach, frees the rest, and counts', () => {
    const w = new World(1);
    const kept = w.alloc(0);
    const child = w.heap.alloc(w.heap.objects.values().next().value!.type, 1);
    w.setField(0, kept, 0, child);
    const garbage = w.heap.alloc(kept.type, 1);
    const r = w.heap.gc();
    expect({
      freed: r.freed,
      kept: w.heap.objects.has(kept),
      child: w.heap.objects.has(child),
      garbage: garbage.freed,
    }).toEqual({
      freed: 1,
      kept: true,
      child: true,
      garbage: true,
    });
    expect(w.heap.numGC).toBe(1);
    expect(r.forced).toBe(true);
  });

  it('runs the phases in Go’s order; objects allocated while marking are black', () => {
    const w = new World(1);
    w.alloc(0);
    expect(w.heap.phase).toBe(Phase.Off);
    expect(w.heap.writeBarrier).toBeNull();
    w.heap.startCycle(false);
    expect(w.heap.phase).toBe(Phase.Mark);
    expect(w.heap.writeBarrier).not.toBeNull();
    const fresh = w.alloc(0);
    expect(fresh.colour).toBe(Colour.Black);
    w.heap.finishCycle();
    expect(w.heap.phase).toBe(Phase.Off);
    expect(fresh.colour).toBe(Colour.White); // marks are cleared for the next cycle
  });
});

/**
 * The lost-object interleaving (Wilson; the Handbook §15.1): a black object receives the only
 * pointer to a white object, and the grey path to it is then destroyed.
 */
function hideObject(mode: BarrierMode): { lost: readonly GcObject[]; victimFreed: boolean } {
  const w = new World(1, { barrier: mode, checkmark: true });
  const black = w.alloc(0);
  const grey = w.alloc(0);
  const victim = w.heap.alloc(black.type, 1);
  w.setField(0, grey, 0, victim);
  w.stacks[0]!.refs_.splice(0); // the stack forgets them …
  w.globals.push(grey, black); // … globals hold them (the grey queue is LIFO: black is scanned first)
  w.heap.startCycle(false);
  w.heap.markStep(); // finalizer roots
  w.heap.markStep(); // globals: black and grey are grey now
  w.heap.markStep(); // the stack (scanned: black)
  // Scan `black` only (the last greyed is scanned first): pop until black is black.
  while (black.colour !== Colour.Black) {
    w.heap.markStep();
  }
  expect(grey.colour).toBe(Colour.Grey);
  w.setField(0, black, 1, victim); // insertion into a black object
  w.setField(0, grey, 0, null); // deletion of the grey path
  const r = w.heap.finishCycle();
  return { lost: r.unmarkedReachable, victimFreed: victim.freed };
}

describe('the write barrier', () => {
  it('without a barrier a reachable object is lost (checkmark reports it, sweep frees it)', () => {
    const r = hideObject(BarrierMode.Off);
    expect(r.lost).toHaveLength(1);
    expect(r.victimFreed).toBe(true);
  });

  it.each([BarrierMode.Go, BarrierMode.Hybrid, BarrierMode.Dijkstra, BarrierMode.Yuasa])(
    '%s: the object survives',
    (mode) => {
      const r = hideObject(mode);
      expect({ lost: r.lost.length, freed: r.victimFreed }).toEqual({ lost: 0, freed: false });
    },
  );
});

describe('finalizers', () => {
  it('an unreachable object with a finalizer survives one cycle, its referents too; the finalizer runs once', () => {
    const w = new World(1);
    const o = w.heap.alloc(w.alloc(0).type, 1);
    const referent = w.heap.alloc(o.type, 1);
    w.setField(0, o, 0, referent);
    const ran: GcObject[] = [];
    w.heap.setFinalizer(o, (x) => ran.push(x));
    w.heap.gc();
    expect({ o: o.freed, referent: referent.freed, queued: w.heap.finalizerQueue.length }).toEqual({
      o: false,
      referent: false,
      queued: 1,
    });
    w.heap.gc(); // queued, not yet run: the queue keeps it alive, and it is not queued twice
    expect({ o: o.freed, queued: w.heap.finalizerQueue.length }).toEqual({ o: false, queued: 1 });
    expect(w.heap.runFinalizers()).toBe(1);
    expect(ran).toEqual([o]);
    w.heap.gc();
    expect({ o: o.freed, referent: referent.freed }).toEqual({ o: true, referent: true });
  });
});

describe('pacer and gctrace', () => {
  it('the goal is GOGC% above the live heap, at least 4 MiB; allocation past the trigger starts a cycle', () => {
    const w = new World(1, { gogc: 100 });
    expect(w.heap.goal).toBe(4 << 20);
    const big = w.heap.alloc(w.alloc(0).type, 1);
    w.globals.push(big);
    let cycles = 0;
    for (let i = 0; i < 2_000 && cycles === 0; i++) {
      w.heap.alloc(big.type, 512); // 8 KiB of garbage a time
      cycles = w.heap.numGC;
    }
    expect(cycles).toBe(1);
  });

  it('prints Go 1.19’s gctrace line', () => {
    const lines: string[] = [];
    const w = new World(1, { gctrace: (l) => lines.push(l) });
    w.alloc(0);
    w.heap.gc();
    expect(lines[0]).toMatch(
      /^gc 1 @0\.000s 0%: 0\+0\+0 ms clock, 0\+0\/0\/0\+0 ms cpu, 0->0->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 1 P \(forced\)$/,
    );
  });

  it('formats durations as fmtNSAsMS does', () => {
    expect(
      [0, 999, 1000, 28_000, 1_000_000, 4_030_000, 10_000_000, 123_456_789].map(fmtNSAsMS),
    ).toEqual(['0', '0', '0.001', '0.028', '1.0', '4.0', '10', '123']);
  });
});
