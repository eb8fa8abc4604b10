// sync/atomic on the scheduler: every operation is one indivisible step, sequentially
// consistent (the Go memory model's rule for atomics), and synchronizing: a load sees, in
// happens-before terms, what the store it reads from published. Go: sync/atomic/doc.go.
import { wrapInt } from '@mapscope/runtime-core';
import { AccessKind, point, type Op } from './instr.ts';
import type { Scheduler } from './scheduler.ts';

/** An atomically accessed integer of `bits` bits (atomic.Int32, atomic.Uint64, AddInt64 …). */
export class AtomicInt {
  value: number | bigint = 0;
  readonly bits: number;
  readonly signed: boolean;

  constructor(bits: 32 | 64, signed: boolean) {
    this.bits = bits;
    this.signed = signed;
  }

  /** `Load` */
  *load(s: Scheduler): Op<number | bigint> {
    yield* point({ name: 'atomic load', object: this, access: AccessKind.Read });
    s.acquire(this);
    return this.value;
  }

  /** `Store` */
  *store(s: Scheduler, v: number | bigint): Op {
    yield* point({ name: 'atomic store', object: this, access: AccessKind.Write });
    s.release(this);
    this.value = wrapInt(v, this.bits, this.signed);
  }

  /** `Add`: the new value, wrapped around as Go's integers are. */
  *add(s: Scheduler, delta: number | bigint): Op<number | bigint> {
    yield* point({ name: 'atomic add', object: this, access: AccessKind.Write });
    s.acquire(this);
    s.release(this);
    this.value = wrapInt(BigInt(this.value) + BigInt(delta), this.bits, this.signed);
    return this.value;
  }

  /** `Swap`: the old value. */
  *swap(s: Scheduler, v: number | bigint): Op<number | bigint> {
    yield* point({ name: 'atomic swap', object: this, access: AccessKind.Write });
    s.acquire(this);
    s.release(this);
    const old = this.value;
    this.value = wrapInt(v, this.bits, this.signed);
    return old;
  }

  /** `CompareAndSwap` */
  *compareAndSwap(s: Scheduler, old: number | bigint, v: number | bigint): Op<boolean> {
    yield* point({ name: 'atomic compare-and-swap', object: this, access: AccessKind.Write });
    s.acquire(this);
    s.release(this);
    if (this.value !== wrapInt(old, this.bits, this.signed)) {
      return false;
    }
    this.value = wrapInt(v, this.bits, this.signed);
    return true;
  }
}
