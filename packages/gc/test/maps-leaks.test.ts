// Maps on the collected heap (buckets and old buckets are scanned; a map[uintptr]T keeps
// nothing alive through its keys), and goroutine leaks found by reachability.
import {
  GoRuntime,
  makemapSmall,
  mapOf,
  mapType,
  mapassign,
  mapdelete,
  pointerTo,
  types,
  type Hmap,
} from '@mapscope/runtime-core';
import { describe, expect, it } from 'vitest';
import { GcHeap, GcObject, findLeakedGoroutines } from '../src/index.ts';
import { Stack, nodeType } from './harness.ts';

function mapWorld(key: Parameters<typeof mapOf>[0], elem: Parameters<typeof mapOf>[1]) {
  const globals: GcObject[] = [];
  const heap = new GcHeap({
    roots: { stacks: () => [], globals: () => globals },
    checkmark: true,
    gogc: -1,
  });
  const rt = new GoRuntime({ heap });
  const t = mapType(mapOf(key, elem));
  const h: Hmap = makemapSmall(rt, t);
  if (h.home instanceof GcObject) {
    globals.push(h.home);
  }
  return { heap, rt, t, h };
}

describe('maps on the collected heap', () => {
  it('a map[int]*T keeps its elems alive, also while it grows during a cycle; deleted ones go', () => {
    const { heap, rt, t, h } = mapWorld(types.int, pointerTo(nodeType));
    const objs: GcObject[] = [];
    for (let i = 0; i < 40; i++) {
      const o = heap.alloc(nodeType, 1);
      objs.push(o);
      mapassign(rt, t, h, i, o);
    }
    heap.startCycle(false);
    heap.markStep();
    // Writes during the cycle: growth starts, evacuation copies pointers between buckets.
    for (let i = 40; i < 120; i++) {
      const o = heap.alloc(nodeType, 1);
      objs.push(o);
      mapassign(rt, t, h, i, o);
      heap.markStep();
    }
    expect(h.B).toBeGreaterThan(3);
    if (heap.phase !== 'off') {
      heap.finishCycle(); // unless allocation assists finished it already
    }
    const lost = heap.cycles.flatMap((c) => c.unmarkedReachable);
    expect({ lost: lost.length, freed: objs.filter((o) => o.freed).length }).toEqual({
      lost: 0,
      freed: 0,
    });
    mapdelete(rt, t, h, 5);
    heap.gc();
    expect(objs.filter((o) => o.freed)).toEqual([objs[5]]);
  });

  it('while the map grows, the old buckets are scanned: entries not yet evacuated stay alive', () => {
    const { heap, rt, t, h } = mapWorld(types.int, pointerTo(nodeType));
    const objs: GcObject[] = [];
    for (let i = 0; i < 52; i++) {
      const o = heap.alloc(nodeType, 1);
      objs.push(o);
      mapassign(rt, t, h, i, o); // 52 entries: B=3 is full
    }
    mapassign(rt, t, h, 52, null); // starts growing to B=4, evacuates two old buckets
    expect(h.growing()).toBe(true);
    // The cycle starts mid-growth: only h.oldbuckets leads to the unevacuated entries, and no
    // write barrier will fire for them.
    heap.startCycle(false);
    const r = heap.finishCycle();
    expect({ lost: r.unmarkedReachable.length, freed: objs.filter((o) => o.freed).length }).toEqual(
      { lost: 0, freed: 0 },
    );
  });

  it('a value read from a map into a deferred call survives the entry’s delete during marking', () => {
    // The blog claim "map reads in a defer bypass the write barrier": the read is a plain load
    // onto the goroutine's stack (a deferred call's arguments are part of it), and the delete
    // that removes the map's pointer runs the deletion barrier on the old value.
    const deferArgs: GcObject[] = [];
    const stack = { id: 1, scanned: false, refs: () => deferArgs };
    const globals: GcObject[] = [];
    const heap = new GcHeap({
      roots: { stacks: () => [stack], globals: () => globals },
      checkmark: true,
      assists: false,
    });
    const rt = new GoRuntime({ heap });
    const t = mapType(mapOf(types.int, pointerTo(nodeType)));
    const h = makemapSmall(rt, t);
    if (h.home instanceof GcObject) {
      globals.push(h.home);
    }
    const o = heap.alloc(nodeType, 1);
    mapassign(rt, t, h, 1, o);
    heap.startCycle(false);
    while (!stack.scanned) {
      heap.markStep(); // the stack is scanned (black) before the read
    }
    deferArgs.push(o); // defer use(m[1]): the argument is evaluated now, onto the stack
    mapdelete(rt, t, h, 1);
    const r = heap.finishCycle();
    expect({ lost: r.unmarkedReachable.length, freed: o.freed }).toEqual({ lost: 0, freed: false });
  });

  it('a map[uintptr]int keeps nothing alive through its keys (uintptr is no pointer)', () => {
    const { heap, rt, t, h } = mapWorld(types.uintptr, types.int);
    const o = heap.alloc(nodeType, 1);
    mapassign(rt, t, h, o.addr, 1);
    heap.gc();
    expect(o.freed).toBe(true);
    expect(t.bucketPointerFree).toBe(true);
    expect(heap.memStats()).toMatchObject({ NumGC: 1, Frees: 1 });
  });

  it('overflow buckets of pointer-free maps stay alive through mapextra', () => {
    const { heap, rt, t, h } = mapWorld(types.int, types.int);
    for (let i = 0; i < 2000; i++) {
      mapassign(rt, t, h, i, i);
    }
    const r = heap.gc();
    expect(r.unmarkedReachable).toEqual([]);
    expect(h.extra?.overflow?.every((a) => a.home instanceof GcObject && !a.home.freed)).toBe(true);
  });
});

describe('goroutine leaks by reachability', () => {
  it('a goroutine blocked on a channel no live goroutine can reach has leaked; one that can be woken has not', () => {
    const heap = new GcHeap();
    const chanType = pointerTo(types.int);
    const shared = heap.alloc(chanType, 1); // a channel main still holds
    const orphan = heap.alloc(chanType, 1); // a channel only the blocked goroutine holds
    const main = new Stack(1);
    main.refs_.push(shared);
    const waiter = new Stack(6);
    waiter.refs_.push(shared);
    const leaker = new Stack(7);
    leaker.refs_.push(orphan);
    const leaked = findLeakedGoroutines(
      [
        { stack: main, blockedOn: null },
        { stack: waiter, blockedOn: shared },
        { stack: leaker, blockedOn: orphan },
      ],
      [],
    );
    expect(leaked.map((g) => g.stack.id)).toEqual([7]);
  });

  it('a chain: a goroutine reachable only through another blocked one that can be woken is not leaked', () => {
    const heap = new GcHeap();
    const c1 = heap.alloc(pointerTo(types.int), 1);
    const c2 = heap.alloc(pointerTo(types.int), 1);
    const global = heap.alloc(nodeType, 1);
    global.values[0] = [c1, null];
    const a = new Stack(6);
    a.refs_.push(c2); // blocked on c1, holds c2
    const b = new Stack(7); // blocked on c2
    const leaked = findLeakedGoroutines(
      [
        { stack: a, blockedOn: c1 },
        { stack: b, blockedOn: c2 },
      ],
      [global],
    );
    expect(leaked).toEqual([]);
  });
});
