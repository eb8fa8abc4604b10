// The model against real Go 1.19: every golden in golden/ was recorded by recorder/ (run
// record.sh) from the Go runtime's own memory. The model replays each operation and must show
// the same hmap header and the same bucket contents after every step, and the same hashes.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  GoRuntime,
  Hiter,
  type HashEnv,
  type Hmap,
  type MapType,
  mapOf,
  mapType,
  mapaccess2,
  mapassign,
  mapclear,
  mapdelete,
  mapiterinit,
  mapiternext,
  makemap,
  makemapSmall,
  memhash32,
  memhash64,
  memhashFallback,
  nilinterhash,
  hashValue,
  setHash,
  split64,
  snapshot,
  strhash,
  types,
} from '../../src/index.ts';
import {
  ScriptedRandom,
  decodeValue,
  encodeState,
  encodeValue,
  parseType,
  type GoldenState,
} from './golden-codec.ts';

const goldenDir = fileURLToPath(new URL('golden/', import.meta.url));

interface Step {
  op: 'make' | 'assign' | 'delete' | 'lookup' | 'clear' | 'iterInit' | 'iterNext';
  key?: unknown;
  elem?: unknown;
  hash0?: string;
  found?: boolean;
  done?: boolean;
  iter?: number;
  startBucket?: number;
  offset?: number;
  state?: GoldenState;
}

interface MapGolden {
  hashkey: string[];
  key: string;
  elem: string;
  hint: number | null;
  description: string;
  steps: Step[];
}

function read(name: string): unknown {
  return JSON.parse(readFileSync(goldenDir + name, 'utf8'));
}

const mapGoldens = readdirSync(goldenDir)
  .filter((f) => f.startsWith('map-') && f.endsWith('.json'))
  .sort();

/** What one step showed: its result (lookups and iterator steps), the state, random left over. */
interface Observed {
  result?: unknown;
  state?: GoldenState;
  /** Random numbers Go drew that the model did not. */
  unusedRandom: number[];
}

/** What the golden says `step` must show. */
function expected(s: Step): Observed {
  const o: Observed = { unusedRandom: [] };
  if (s.op === 'lookup') {
    o.result = { found: s.found, elem: s.elem };
  } else if (s.op === 'iterNext' || s.done !== undefined) {
    o.result = s.done ? { done: true } : { done: false, key: s.key, elem: s.elem };
  }
  if (s.state) {
    o.state = s.state;
  }
  return o;
}

/** Replays one golden's steps on the model and reports what each showed. */
class Replay {
  readonly rand = new ScriptedRandom();
  readonly rt: GoRuntime;
  readonly t: MapType;
  h: Hmap | null = null;
  readonly iters = new Map<number, Hiter>();
  prev: GoldenState | undefined;
  readonly g: MapGolden;

  constructor(g: MapGolden) {
    this.g = g;
    this.rt = new GoRuntime({ hashkey: BigInt(g.hashkey[0]!), rand: this.rand });
    this.t = mapType(mapOf(parseType(g.key), parseType(g.elem)));
  }

  step(s: Step): Observed {
    const result = this.#run(s);
    const o: Observed = { unusedRandom: this.rand.queue.splice(0) };
    if (result !== undefined) {
      o.result = result;
    }
    if (s.state) {
      o.state = encodeState(snapshot(this.h!), this.t.key, this.t.elem);
      this.prev = s.state;
    }
    return o;
  }

  #run(s: Step): unknown {
    const { rt, t } = this;
    const key = s.key === undefined ? undefined : decodeValue(t.key, s.key);
    switch (s.op) {
      case 'make':
        this.rand.queue.push(0); // the recorder overwrites Go's seed right after make
        this.h = this.g.hint === null ? makemapSmall(rt, t) : makemap(rt, t, this.g.hint);
        this.h.hash0 = Number(s.hash0);
        return undefined;
      case 'assign':
        mapassign(rt, t, this.h, key, decodeValue(t.elem, s.elem));
        return undefined;
      case 'delete':
        if (this.prev?.count === 1 && s.state!.count === 0) {
          this.rand.queue.push(Number(s.state!.hash0)); // the reseed of an emptied map
        }
        mapdelete(rt, t, this.h, key);
        return undefined;
      case 'clear':
        if (this.prev !== undefined && this.prev.count > 0) {
          this.rand.queue.push(Number(s.state!.hash0));
        }
        mapclear(rt, this.h);
        return undefined;
      case 'lookup': {
        const v = mapaccess2(rt, t, this.h, key);
        return { found: v !== undefined, elem: encodeValue(t.elem, v ?? t.zeroElem) };
      }
      case 'iterInit': {
        const it = new Hiter(t);
        this.iters.set(s.iter!, it);
        this.rand.queue.push(s.startBucket! | (s.offset! << this.h!.B));
        mapiterinit(rt, this.h, it); // advances to the first entry
        return s.done === undefined ? undefined : this.#iterResult(it);
      }
      case 'iterNext': {
        const it = this.iters.get(s.iter!)!;
        mapiternext(rt, it);
        return this.#iterResult(it);
      }
    }
  }

  #iterResult(it: Hiter): unknown {
    return it.ok
      ? {
          done: false,
          key: encodeValue(this.t.key, it.key),
          elem: encodeValue(this.t.elem, it.elem),
        }
      : { done: true };
  }
}

describe('the classic map against Go 1.19', () => {
  it('has goldens to check', () => {
    expect(mapGoldens.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(mapGoldens)('%s', (file) => {
    const g = read(file) as MapGolden;
    it(`reproduces every step: ${g.description}`, () => {
      const r = new Replay(g);
      g.steps.forEach((s, i) => {
        expect({ step: i, op: s.op, key: s.key, ...r.step(s) }).toEqual({
          step: i,
          op: s.op,
          key: s.key,
          ...expected(s),
        });
      });
    });
  });
});

interface HashCase {
  fn: string;
  type?: string;
  size?: number;
  value: unknown;
  seed: string;
  hash: string;
}

describe('hash functions against Go 1.19 with AES off', () => {
  const g = read('hash.json') as { hashkey: string[]; cases: HashCase[] };
  const k0 = BigInt(g.hashkey[0]!);
  const env: HashEnv = {
    hashkey0Hi: Number(k0 >> 32n),
    hashkey0Lo: Number(k0 & 0xffffffffn),
    fastrand: () => {
      throw new Error('NaN hashing is not in the golden');
    },
  };
  const byFn = new Map<string, HashCase[]>();
  for (const c of g.cases) {
    byFn.set(c.fn, [...(byFn.get(c.fn) ?? []), c]);
  }

  it.each([...byFn.keys()])('%s', (fn) => {
    for (const c of byFn.get(fn)!) {
      const seed = BigInt(c.seed);
      setHash(Number(seed >> 32n), Number(seed & 0xffffffffn));
      hashOne(env, c);
      expect({ ...c, hash: `0x${hashValue().toString(16).padStart(16, '0')}` }).toEqual(c);
    }
  });
});

function hashOne(env: HashEnv, c: HashCase): void {
  switch (c.fn) {
    case 'memhash': {
      const s = c.value as string;
      const bytes = Uint8Array.from(s, (ch) => ch.charCodeAt(0));
      memhashFallback(env, bytes, 0, c.size ?? bytes.length);
      return;
    }
    case 'strhash':
      strhash(env, c.value as string);
      return;
    case 'memhash32':
      split64(Number(c.value));
      memhash32(env);
      return;
    case 'memhash64':
      split64(BigInt.asIntN(64, BigInt(c.value as string | number)));
      memhash64(env);
      return;
    case 'nilinterhash':
      nilinterhash(env, decodeValue(types.any, c.value));
      return;
    default: {
      // f32hash, f64hash, c64hash, c128hash and the compiler's hasher of a map key type.
      const t = parseType(c.type!);
      t.alg!.hash(env, decodeValue(t, c.value));
    }
  }
}
