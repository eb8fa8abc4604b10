// Objects marked per second, and the cost of the write barrier on a mutator loop (built dist/).
import { performance } from 'node:perf_hooks';
import { pointerTo, structOf, types } from '@mapscope/runtime-core';
import { BarrierMode, GcHeap } from '../dist/index.js';

const node = structOf([
  { name: 'a', type: pointerTo(types.int) },
  { name: 'b', type: pointerTo(types.int) },
]);

function best(runs, f) {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

// Marking: a binary tree of 2^18 nodes under one global, collected by runtime.GC().
const N = 1 << 18;
const globals = [];
const heap = new GcHeap({ gogc: -1, roots: { stacks: () => [], globals: () => globals } });
const nodes = Array.from({ length: N }, () => heap.alloc(node, 1));
for (let i = 0; i < N; i++) {
  nodes[i].values[0] = [nodes[2 * i + 1] ?? null, nodes[2 * i + 2] ?? null];
}
globals.push(nodes[0]);
const markMs = best(3, () => heap.gc());
console.log(
  `| marking (runtime.GC, ${N.toLocaleString('en-US')} live objects) | ${Math.round(N / (markMs / 1000)).toLocaleString('en-US')} objects/s | ${markMs.toFixed(1)} ms |`,
);

// The barrier: 1M pointer stores into live objects, with the barrier off (no cycle) and on
// (a cycle in progress, Go's mode: shade old and new).
const M = 1_000_000;
function stores(h, objs) {
  for (let i = 0; i < M; i++) {
    const o = objs[i & 1023];
    h.store(o, 0, [objs[(i * 7) & 1023], null]);
  }
}
for (const [name, start] of [
  ['barrier off (no cycle)', false],
  ['barrier on (Go mode, mid-cycle)', true],
]) {
  const g = [];
  const h = new GcHeap({
    gogc: -1,
    barrier: BarrierMode.Go,
    assists: false,
    roots: { stacks: () => [], globals: () => g },
  });
  const objs = Array.from({ length: 1024 }, () => h.alloc(node, 1));
  g.push(...objs);
  if (start) h.startCycle(false);
  const ms = best(3, () => stores(h, objs));
  console.log(
    `| 1M pointer stores, ${name} | ${Math.round(M / (ms / 1000)).toLocaleString('en-US')} stores/s | ${ms.toFixed(1)} ms |`,
  );
}
