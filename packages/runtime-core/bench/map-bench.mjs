// The model side of bench/map-vs-go.sh: 1M int keys and 1M string keys inserted into and
// looked up in the classic map model (built dist/), best of 5 runs, plus the heap growth of
// the lookup loops. Prints one JSON line. Run with --expose-gc.
import { performance } from 'node:perf_hooks';
import {
  GoRuntime,
  makemapSmall,
  mapOf,
  mapType,
  mapaccess1,
  mapassign,
  types,
} from '../dist/index.js';

const n = 1_000_000;
const rt = new GoRuntime();
const intT = mapType(mapOf(types.int, types.int));
const strT = mapType(mapOf(types.string, types.int));
const keys = Array.from({ length: n }, (_, i) => `key${i}`);

function best(runs, f) {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    globalThis.gc();
    const t = performance.now();
    f();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

let sink = 0;
let intMap, strMap;
const res = {
  intInsertMs: best(5, () => {
    intMap = makemapSmall(rt, intT);
    for (let i = 0; i < n; i++) mapassign(rt, intT, intMap, i, i);
  }),
  intLookupMs: best(5, () => {
    for (let i = 0; i < n; i++) sink = (sink + mapaccess1(rt, intT, intMap, i)) | 0;
  }),
  strInsertMs: best(5, () => {
    strMap = makemapSmall(rt, strT);
    for (let i = 0; i < n; i++) mapassign(rt, strT, strMap, keys[i], i);
  }),
  strLookupMs: best(5, () => {
    for (let i = 0; i < n; i++) sink = (sink + mapaccess1(rt, strT, strMap, keys[i])) | 0;
  }),
};

// Heap growth across 2M lookups with no collection in between (a 1 GiB young generation):
// bytes allocated per lookup.
globalThis.gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < n; i++) sink = (sink + mapaccess1(rt, intT, intMap, i)) | 0;
for (let i = 0; i < n; i++) sink = (sink + mapaccess1(rt, strT, strMap, keys[i])) | 0;
res.lookupBytesPerOp = (process.memoryUsage().heapUsed - before) / (2 * n);
if (sink === 42) console.log();
console.log(JSON.stringify(res));
