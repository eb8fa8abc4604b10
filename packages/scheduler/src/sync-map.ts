// sync.Map on the scheduler: each method is one indivisible step over a Go map[any]any of the
// runtime-core model, so keys compare and hash as Go's interface keys do, and Range visits
// them in the map's random order. Go: sync/map.go (its read/dirty split is a performance
// device with no visible effect on a single P).
import {
  GoRuntime,
  Hiter,
  mapOf,
  mapType,
  mapaccess2,
  mapassign,
  mapdelete,
  mapiterinit,
  mapiternext,
  makemapSmall,
  types,
  type Hmap,
} from '@mapscope/runtime-core';
import { AccessKind, point, type Op } from './instr.ts';
import type { Scheduler } from './scheduler.ts';

const anyMap = mapType(mapOf(types.any, types.any));

/** A `sync.Map`; keys and values are interface values (`Iface` or null). */
export class SyncMap {
  readonly #rt: GoRuntime;
  readonly #h: Hmap;

  constructor(rt: GoRuntime = new GoRuntime()) {
    this.#rt = rt;
    this.#h = makemapSmall(rt, anyMap);
  }

  /** `m.Load(k)`: the value and whether it was present. */
  *load(s: Scheduler, k: unknown): Op<readonly [unknown, boolean]> {
    yield* point({ name: 'sync.Map load', object: this, access: AccessKind.Read });
    s.acquire(this);
    const v = mapaccess2(this.#rt, anyMap, this.#h, k);
    return v === undefined ? [null, false] : [v, true];
  }

  /** `m.Store(k, v)` */
  *store(s: Scheduler, k: unknown, v: unknown): Op {
    yield* point({ name: 'sync.Map store', object: this, access: AccessKind.Write });
    s.release(this);
    mapassign(this.#rt, anyMap, this.#h, k, v);
  }

  /** `m.LoadOrStore(k, v)`: the existing value and true, or v and false. */
  *loadOrStore(s: Scheduler, k: unknown, v: unknown): Op<readonly [unknown, boolean]> {
    yield* point({ name: 'sync.Map load-or-store', object: this, access: AccessKind.Write });
    s.acquire(this);
    const old = mapaccess2(this.#rt, anyMap, this.#h, k);
    if (old !== undefined) {
      return [old, true];
    }
    s.release(this);
    mapassign(this.#rt, anyMap, this.#h, k, v);
    return [v, false];
  }

  /** `m.LoadAndDelete(k)` */
  *loadAndDelete(s: Scheduler, k: unknown): Op<readonly [unknown, boolean]> {
    yield* point({ name: 'sync.Map load-and-delete', object: this, access: AccessKind.Write });
    s.acquire(this);
    s.release(this);
    const v = mapaccess2(this.#rt, anyMap, this.#h, k);
    mapdelete(this.#rt, anyMap, this.#h, k);
    return v === undefined ? [null, false] : [v, true];
  }

  /** `m.Delete(k)` */
  *delete(s: Scheduler, k: unknown): Op {
    yield* this.loadAndDelete(s, k);
  }

  /** `m.Range(f)`: calls f for each entry in the map's random order until f returns false. */
  *range(s: Scheduler, f: (k: unknown, v: unknown) => Op<boolean>): Op {
    yield* point({ name: 'sync.Map range', object: this, access: AccessKind.Read });
    s.acquire(this);
    // Go's Range walks the keys present when it starts (its read map) and loads each entry's
    // current value, skipping entries deleted meanwhile; keys stored later are not visited.
    const keys: unknown[] = [];
    const it = new Hiter(anyMap);
    mapiterinit(this.#rt, this.#h, it);
    while (it.ok) {
      keys.push(it.key);
      mapiternext(this.#rt, it);
    }
    for (const k of keys) {
      const v = mapaccess2(this.#rt, anyMap, this.#h, k);
      if (v !== undefined && !(yield* f(k, v))) {
        return;
      }
    }
  }
}
