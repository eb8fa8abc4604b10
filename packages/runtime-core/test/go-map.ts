// A Go map in a test: a runtime, a map type and an hmap, with Go's statements as methods.
import {
  GoRuntime,
  Hiter,
  type GoRuntimeOptions,
  type GoType,
  type Hmap,
  type MapType,
  mapOf,
  mapType,
  mapaccess1,
  mapaccess2,
  mapassign,
  mapclear,
  mapdelete,
  mapiterinit,
  mapiternext,
  makemap,
  makemapSmall,
} from '../src/index.ts';

/** `make(map[K]V[, hint])` and the statements a Go program applies to it. */
export class GoMap {
  readonly rt: GoRuntime;
  readonly t: MapType;
  readonly h: Hmap;

  constructor(
    key: GoType,
    elem: GoType,
    o: { hint?: number; rt?: GoRuntime | GoRuntimeOptions } = {},
  ) {
    this.rt = o.rt instanceof GoRuntime ? o.rt : new GoRuntime(o.rt);
    this.t = mapType(mapOf(key, elem));
    this.h =
      o.hint === undefined ? makemapSmall(this.rt, this.t) : makemap(this.rt, this.t, o.hint);
  }

  /** `m[k] = v` */
  set(k: unknown, v: unknown): void {
    mapassign(this.rt, this.t, this.h, k, v);
  }

  /** `m[k]` */
  get(k: unknown): unknown {
    return mapaccess1(this.rt, this.t, this.h, k);
  }

  /** `v, ok := m[k]` */
  lookup(k: unknown): [unknown, boolean] {
    const v = mapaccess2(this.rt, this.t, this.h, k);
    return v === undefined ? [this.t.zeroElem, false] : [v, true];
  }

  /** `m[k] += d` (Go evaluates it as m[k] = m[k] + d). */
  add(k: unknown, d: number): void {
    this.set(k, (this.get(k) as number) + d);
  }

  /** `delete(m, k)` */
  delete(k: unknown): void {
    mapdelete(this.rt, this.t, this.h, k);
  }

  /** `clear(m)` */
  clear(): void {
    mapclear(this.rt, this.h);
  }

  /** `len(m)` */
  get len(): number {
    return this.h.count;
  }

  /** `for k, v := range m { body }`; the body may write to the map; returning true breaks. */
  range(body: (k: unknown, v: unknown) => unknown): void {
    const it = new Hiter(this.t);
    mapiterinit(this.rt, this.h, it);
    while (it.ok) {
      if (body(it.key, it.elem) === true) {
        return;
      }
      mapiternext(this.rt, it);
    }
  }

  /** The keys in one range loop's order. */
  keys(): unknown[] {
    const ks: unknown[] = [];
    this.range((k) => {
      ks.push(k);
    });
    return ks;
  }
}
