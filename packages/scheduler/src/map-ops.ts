// Go map operations as goroutine steps: the runtime-core map, with scheduling points where
// another goroutine can slip in — before an operation reads the flags, between a write's flag
// check and its setting of hashWriting (the hashing), and inside the hashWriting window — so a
// search can make two operations overlap and meet Go's fatal "concurrent map …" errors. The
// race detector sees reads and writes of the map as `-race` does (racereadpc/racewritepc).
// Each operation also has a plain twin (getS, setS …) for a goroutine running alone
// (Scheduler.alone): its points are only counted (Scheduler.spin), so it need not stop.
import {
  GoRuntime,
  H_HI,
  H_LO,
  Hiter,
  MapOp,
  assignInWindow,
  assignedSlot,
  checkHashable,
  checkNotWriting,
  clearInWindow,
  closeWindow,
  deleteInWindow,
  hashKey,
  mapaccess2,
  mapiterinit,
  mapiternext,
  nilMapWrite,
  openWindow,
  reg,
  loadThrough,
  storeAssigned,
  storeThrough,
  type Hmap,
  type MapType,
} from '@mapscope/runtime-core';
import { AccessKind, point, type Op } from './instr.ts';
import type { RaceAt } from './race.ts';
import type { Scheduler } from './scheduler.ts';

/** Maps of up to this many buckets have every iteration start bucket tried by searches. */
export const CHOSEN_START_BUCKETS = 8;

/** The map operations of one program: its runtime (hash key, random numbers, heap). */
export class GoMaps {
  readonly rt: GoRuntime;
  readonly #s: Scheduler;
  readonly #chooseStart: boolean;

  /**
   * With `iterationOrders`, where each range loop starts (Go's random bucket and slot offset)
   * is a choice of the scheduler's strategy, so that a search meets the iteration orders Go's
   * randomization gives: every offset, and every start bucket of maps of up to
   * {@link CHOSEN_START_BUCKETS} buckets (larger maps start where the runtime's random source
   * says, at one of the chosen offsets).
   */
  constructor(
    s: Scheduler,
    rt: GoRuntime = new GoRuntime(),
    o: { iterationOrders?: boolean } = {},
  ) {
    this.#s = s;
    this.rt = rt;
    this.#chooseStart = o.iterationOrders === true;
  }

  /** `v, ok := m[k]` (the elem, or undefined when absent). */
  *get(t: MapType, h: Hmap | null, key: unknown, at: RaceAt = ''): Op<unknown> {
    if (this.#s.alone()) {
      return this.getS(t, h, key, at);
    }
    if (h !== null) {
      yield* point({ name: 'map read', object: h, access: AccessKind.Read, at });
      this.#s.memRead(h.addr, at);
    }
    return mapaccess2(this.rt, t, h, key);
  }

  /** get, by a goroutine running alone. */
  getS(t: MapType, h: Hmap | null, key: unknown, at: RaceAt = ''): unknown {
    if (h !== null) {
      this.#s.spin();
      this.#s.memRead(h.addr, at);
    }
    return mapaccess2(this.rt, t, h, key);
  }

  /** `m[k] = v` */
  *set(t: MapType, h: Hmap | null, key: unknown, elem: unknown, at: RaceAt = ''): Op {
    if (this.#s.alone()) {
      this.setS(t, h, key, elem, at);
      return;
    }
    if (h === null) {
      return yield* this.#nilWrite(at);
    }
    const [hi, lo] = yield* this.#open(h, key, MapOp.Assign, at);
    assignInWindow(h, key, hi, lo);
    closeWindow(this.rt, h, MapOp.Assign);
    storeAssigned(h, elem);
  }

  /** set, by a goroutine running alone. */
  setS(t: MapType, h: Hmap | null, key: unknown, elem: unknown, at: RaceAt = ''): void {
    if (h === null) {
      this.#nilWriteS();
    }
    const [hi, lo] = this.#openS(h, key, MapOp.Assign, at);
    assignInWindow(h, key, hi, lo);
    closeWindow(this.rt, h, MapOp.Assign);
    storeAssigned(h, elem);
  }

  /**
   * `m[k] op= v` as Go compiles it without -race: one mapassign, then a read and a write of
   * the elem through the pointer it returned, outside the map's write window (so two
   * goroutines can lose an update without a fatal error). `f` computes the new elem.
   */
  *update(
    t: MapType,
    h: Hmap | null,
    key: unknown,
    f: (old: unknown) => unknown,
    at: RaceAt = '',
  ): Op {
    if (this.#s.alone()) {
      this.updateS(t, h, key, f, at);
      return;
    }
    if (h === null) {
      return yield* this.#nilWrite(at);
    }
    const [hi, lo] = yield* this.#open(h, key, MapOp.Assign, at);
    assignInWindow(h, key, hi, lo);
    const slot = assignedSlot();
    closeWindow(this.rt, h, MapOp.Assign);
    // The elem's memory is the map's: these steps conflict with the map's other operations.
    yield* point({ name: 'map elem read', object: h, access: AccessKind.Read, at });
    const v = f(loadThrough(slot));
    yield* point({ name: 'map elem write', object: h, access: AccessKind.Write, at });
    storeThrough(h, slot, v);
  }

  /** update, by a goroutine running alone. */
  updateS(
    t: MapType,
    h: Hmap | null,
    key: unknown,
    f: (old: unknown) => unknown,
    at: RaceAt = '',
  ): void {
    if (h === null) {
      this.#nilWriteS();
    }
    const [hi, lo] = this.#openS(h, key, MapOp.Assign, at);
    assignInWindow(h, key, hi, lo);
    const slot = assignedSlot();
    closeWindow(this.rt, h, MapOp.Assign);
    this.#s.spin();
    const v = f(loadThrough(slot));
    this.#s.spin();
    storeThrough(h, slot, v);
  }

  /** `delete(m, k)` */
  *delete(t: MapType, h: Hmap | null, key: unknown, at: RaceAt = ''): Op {
    if (this.#s.alone()) {
      this.deleteS(t, h, key, at);
      return;
    }
    if (h === null || h.count === 0) {
      if (h !== null) {
        yield* point({ name: 'map delete', object: h, access: AccessKind.Write, at });
        this.#s.memWrite(h.addr, at);
      }
      checkHashable(this.rt, t, key);
      return;
    }
    const [hi, lo] = yield* this.#open(h, key, MapOp.Delete, at);
    deleteInWindow(h, key, hi, lo);
    closeWindow(this.rt, h, MapOp.Delete);
  }

  /** delete, by a goroutine running alone. */
  deleteS(t: MapType, h: Hmap | null, key: unknown, at: RaceAt = ''): void {
    if (h === null || h.count === 0) {
      if (h !== null) {
        this.#s.spin();
        this.#s.memWrite(h.addr, at);
      }
      checkHashable(this.rt, t, key);
      return;
    }
    const [hi, lo] = this.#openS(h, key, MapOp.Delete, at);
    deleteInWindow(h, key, hi, lo);
    closeWindow(this.rt, h, MapOp.Delete);
  }

  /** `clear(m)` (and the delete-all range loop the compiler turns into it). */
  *clear(h: Hmap | null, at: RaceAt = ''): Op {
    if (this.#s.alone()) {
      this.clearS(h, at);
      return;
    }
    if (h === null) {
      return;
    }
    yield* point({ name: 'map clear', object: h, access: AccessKind.Write, at });
    this.#s.memWrite(h.addr, at);
    if (h.count === 0) {
      return;
    }
    checkNotWriting(this.rt, h, MapOp.Clear);
    openWindow(this.rt, h, MapOp.Clear);
    yield* point({ name: 'map clear (writing)', object: h, access: AccessKind.Write, at });
    clearInWindow(this.rt, h);
    closeWindow(this.rt, h, MapOp.Clear);
  }

  /** clear, by a goroutine running alone. */
  clearS(h: Hmap | null, at: RaceAt = ''): void {
    if (h === null) {
      return;
    }
    this.#s.spin();
    this.#s.memWrite(h.addr, at);
    if (h.count === 0) {
      return;
    }
    checkNotWriting(this.rt, h, MapOp.Clear);
    openWindow(this.rt, h, MapOp.Clear);
    this.#s.spin();
    clearInWindow(this.rt, h);
    closeWindow(this.rt, h, MapOp.Clear);
  }

  /**
   * Starts `for k, v := range m`: the iterator, already at the first entry (or done). Where
   * the map starts is a choice of an exploration's search unless `chosen` is false (an
   * iteration inside the standard library, such as fmt's sorted printing of a map, whose
   * order the program does not see): then it is random, as in a run.
   */
  *rangeStart(t: MapType, h: Hmap | null, at: RaceAt = '', chosen = true): Op<Hiter> {
    if (this.#s.alone()) {
      return this.rangeStartS(t, h, at, chosen);
    }
    if (h !== null) {
      yield* point({ name: 'map range', object: h, access: AccessKind.Read, at });
      this.#s.memRead(h.addr, at);
    }
    return this.#iterInit(t, h, chosen);
  }

  /** rangeStart, by a goroutine running alone. */
  rangeStartS(t: MapType, h: Hmap | null, at: RaceAt = '', chosen = true): Hiter {
    if (h !== null) {
      this.#s.spin();
      this.#s.memRead(h.addr, at);
    }
    return this.#iterInit(t, h, chosen);
  }

  #iterInit(t: MapType, h: Hmap | null, chosen: boolean): Hiter {
    const it = new Hiter(t);
    if (this.#chooseStart && chosen) {
      const strategy = this.#s.strategy;
      mapiterinit(this.rt, h, it, (B) => {
        const buckets = 2 ** B;
        const bucket =
          buckets <= CHOSEN_START_BUCKETS
            ? strategy.choose(buckets, 'map iteration start bucket')
            : this.rt.fastrand() & (buckets - 1);
        return [bucket, strategy.choose(8, 'map iteration start offset')];
      });
    } else {
      mapiterinit(this.rt, h, it);
    }
    return it;
  }

  /** The next step of a range loop (`it.ok` false at the end). */
  *rangeNext(it: Hiter, at: RaceAt = ''): Op {
    if (this.#s.alone()) {
      this.rangeNextS(it, at);
      return;
    }
    const h = it.h;
    if (h !== null) {
      yield* point({ name: 'map range', object: h, access: AccessKind.Read, at });
      this.#s.memRead(h.addr, at);
    }
    mapiternext(this.rt, it);
  }

  /** rangeNext, by a goroutine running alone. */
  rangeNextS(it: Hiter, at: RaceAt = ''): void {
    const h = it.h;
    if (h !== null) {
      this.#s.spin();
      this.#s.memRead(h.addr, at);
    }
    mapiternext(this.rt, it);
  }

  // A write to a nil map: a point where it happens (so a crash report can say where), then
  // the panic.
  *#nilWrite(at: RaceAt): Op<never> {
    yield* point({ name: 'map assign (nil map)', object: null, access: AccessKind.Write, at });
    throw nilMapWrite();
  }

  #nilWriteS(): never {
    this.#s.spin();
    throw nilMapWrite();
  }

  // The start of every write: a point, the flag check, a point while hashing, then
  // hashWriting on and a point inside the window. Returns the key's hash.
  *#open(h: Hmap, key: unknown, op: MapOp, at: RaceAt): Op<readonly [number, number]> {
    yield* point({ name: `map ${op}`, object: h, access: AccessKind.Write, at });
    this.#s.memWrite(h.addr, at);
    checkNotWriting(this.rt, h, op);
    hashKey(h, key);
    const hi = reg[H_HI] ?? 0,
      lo = reg[H_LO] ?? 0;
    yield* point({ name: `map ${op} (hashing)`, object: h, access: AccessKind.Write, at });
    openWindow(this.rt, h, op);
    yield* point({ name: `map ${op} (writing)`, object: h, access: AccessKind.Write, at });
    return [hi, lo];
  }

  // #open, by a goroutine running alone.
  #openS(h: Hmap, key: unknown, op: MapOp, at: RaceAt): readonly [number, number] {
    this.#s.spin();
    this.#s.memWrite(h.addr, at);
    checkNotWriting(this.rt, h, op);
    hashKey(h, key);
    const hi = reg[H_HI] ?? 0,
      lo = reg[H_LO] ?? 0;
    this.#s.spin();
    openWindow(this.rt, h, op);
    this.#s.spin();
    return [hi, lo];
  }
}
