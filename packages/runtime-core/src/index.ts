// @mapscope/runtime-core: Go's runtime types, values, hashers, heap and scheduling interfaces,
// and the classic (Go 1.19–1.23) map, step for step.
export { assert, InvariantError } from './assert.ts';
export { GoFatalError, GoPanic, RuntimeError, nilMapWrite } from './errors.ts';
export { GoRuntime, defaultHashKey, type GoRuntimeOptions } from './go-runtime.ts';
export type { HashEnv } from './hash/hash-env.ts';
export { memhash32, memhash64, memhashFallback, strhash, type HashKey } from './hash/memhash.ts';
export { H_HI, H_LO, V_HI, V_LO, hashValue, hex64, reg, setHash, split64 } from './hash/uint64.ts';
export {
  PlainHeap,
  type Heap,
  type HeapObject,
  type PlainHeapOptions,
  type Traceable,
  type WriteBarrier,
} from './heap.ts';
export { Wyrand, fastrandn, type RandomSource } from './random.ts';
export { MapOp, MapPoint, noHook, type SchedulingHook } from './sched-hook.ts';
export { roundupsize } from './size-classes.ts';
export type { EqualFn, HashFn, TypeAlg } from './types/alg.ts';
export { nilinterhash, typehash } from './types/type-hash.ts';
export {
  arrayOf,
  chanOf,
  declareNamed,
  defineNamed,
  funcOf,
  interfaceOf,
  mapOf,
  namedType,
  pointerTo,
  sliceOf,
  structOf,
  types,
  type FieldDecl,
  type PredeclaredTypes,
} from './types/constructors.ts';
export { GoType, alignUp, pointerWords, type StructField } from './types/go-type.ts';
export { Kind, PtrSize } from './types/kind.ts';
export {
  Iface,
  canonical64,
  from64,
  wrapInt,
  type Addressed,
  type Complex,
} from './types/values.ts';
export { copyValue, isAggregate, zeroValue } from './types/zero.ts';
export { checkHashable, found, hashKey, mapaccess1, mapaccess2, mapaccessK } from './map/access.ts';
export {
  assignInWindow,
  assignedSlot,
  loadThrough,
  mapassign,
  storeAssigned,
  storeThrough,
  type ElemSlot,
} from './map/assign.ts';
export { clearInWindow, mapclear } from './map/clear.ts';
export { deleteInWindow, mapdelete } from './map/delete.ts';
export { evacuate, growWork, hashGrow } from './map/grow.ts';
export {
  BucketArray,
  Hmap,
  MapExtra,
  MapType,
  bucketShift,
  evacuated,
  mapType,
} from './map/hmap.ts';
export { Hiter, mapiterinit, mapiternext } from './map/iter.ts';
export { incrnoverflow, makeBucketArray, makemap, makemapSmall, maxModelB } from './map/make.ts';
export {
  snapshot,
  type BucketSnapshot,
  type ChainSnapshot,
  type MapSnapshot,
} from './map/snapshot.ts';
export {
  bucketCnt,
  emptyOne,
  emptyRest,
  evacuatedEmpty,
  evacuatedX,
  evacuatedY,
  hashWriting,
  iterator,
  loadFactorDen,
  loadFactorNum,
  minTopHash,
  oldIterator,
  overLoadFactor,
  sameSizeGrow,
  tooManyOverflowBuckets,
  tophash,
} from './map/hmap.ts';
export { checkNotWriting, closeWindow, openWindow } from './map/write-window.ts';
export { forEachPointer, heapObjectOf } from './types/pointers.ts';
