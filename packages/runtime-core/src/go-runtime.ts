// The per-process state the map model reads: the hash key, the random generator, the heap,
// the scheduling hook and the Go version whose runtime is modelled.
import type { HashEnv } from './hash/hash-env.ts';
import { PlainHeap, type Heap } from './heap.ts';
import { Wyrand, type RandomSource } from './random.ts';
import { noHook, type SchedulingHook } from './sched-hook.ts';

/** Options of {@link GoRuntime}; every one has a deterministic default. */
export interface GoRuntimeOptions {
  /** runtime.hashkey[0] (the only word 64-bit hashing reads), as a uint64. */
  readonly hashkey?: bigint;
  readonly rand?: RandomSource;
  readonly heap?: Heap;
  readonly hook?: SchedulingHook;
  /** The modelled Go 1.N release (19..23 for the classic map). */
  readonly goMinor?: number;
}

/** The default process hash key: Go fills it from the OS at startup; ours is fixed. */
export const defaultHashKey = 0x9e3779b97f4a7c15n;

/** One Go process's runtime state, shared by all its maps. */
export class GoRuntime implements HashEnv {
  readonly hashkey0Hi: number;
  readonly hashkey0Lo: number;
  readonly rand: RandomSource;
  readonly heap: Heap;
  hook: SchedulingHook;
  readonly goMinor: number;

  constructor(o: GoRuntimeOptions = {}) {
    const k = BigInt.asUintN(64, o.hashkey ?? defaultHashKey);
    this.hashkey0Hi = Number(k >> 32n);
    this.hashkey0Lo = Number(k & 0xffffffffn);
    this.rand = o.rand ?? Wyrand.fromSeed(1);
    this.heap = o.heap ?? new PlainHeap();
    this.hook = o.hook ?? noHook;
    this.goMinor = o.goMinor ?? 19;
  }

  /** Go's fastrand(). */
  fastrand(): number {
    return this.rand.fastrand();
  }

  /** Go's fastrand64(), as a uint64. */
  fastrand64(): bigint {
    return this.rand.fastrand64();
  }
}
