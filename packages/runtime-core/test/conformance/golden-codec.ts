// Reading the goldens recorded from real Go (see README.md here): Go type strings as reflect
// prints them, and values in the goldens' JSON encoding.
import {
  type GoType,
  Iface,
  Kind,
  arrayOf,
  canonical64,
  chanOf,
  funcOf,
  interfaceOf,
  sliceOf,
  mapOf,
  pointerTo,
  structOf,
  types,
  type FieldDecl,
  type MapSnapshot,
  type RandomSource,
} from '../../src/index.ts';

const basics = new Map<string, GoType>(
  Object.entries(types).map(([name, t]) => [name === 'any' ? 'interface {}' : name, t]),
);
basics.set('interface {}', types.any);
basics.set('unsafe.Pointer', types.unsafePointer);

/** Parses a Go type as reflect's String() prints it (the subset the goldens use). */
export function parseType(src: string): GoType {
  const p = new TypeParser(src);
  const t = p.type();
  p.expectEnd();
  return t;
}

class TypeParser {
  #s: string;
  #i = 0;

  constructor(s: string) {
    this.#s = s;
  }

  type(): GoType {
    this.#skip();
    const s = this.#s;
    if (s.startsWith('interface {}', this.#i)) {
      this.#i += 'interface {}'.length;
      return types.any;
    }
    if (s[this.#i] === '*') {
      this.#i++;
      return pointerTo(this.type());
    }
    if (s.startsWith('[]', this.#i)) {
      this.#i += 2;
      return sliceOf(this.type());
    }
    if (s.startsWith('chan ', this.#i)) {
      this.#i += 5;
      return chanOf(this.type());
    }
    if (s.startsWith('func()', this.#i)) {
      this.#i += 6;
      return funcOf('func()');
    }
    if (s.startsWith('interface { String() string }', this.#i)) {
      this.#i += 'interface { String() string }'.length;
      return interfaceOf(['String']);
    }
    if (s[this.#i] === '[') {
      const end = s.indexOf(']', this.#i);
      const len = Number(s.slice(this.#i + 1, end));
      this.#i = end + 1;
      return arrayOf(len, this.type());
    }
    if (s.startsWith('map[', this.#i)) {
      this.#i += 4;
      const k = this.type();
      this.#eat(']');
      return mapOf(k, this.type());
    }
    if (s.startsWith('struct {', this.#i)) {
      return this.#struct();
    }
    const name = this.#ident();
    const t = basics.get(name);
    if (!t) {
      throw new Error(`golden type: unknown type ${name} in ${s}`);
    }
    return t;
  }

  #struct(): GoType {
    this.#i += 'struct {'.length;
    const fields: FieldDecl[] = [];
    for (;;) {
      this.#skip();
      if (this.#s[this.#i] === '}') {
        this.#i++;
        return structOf(fields);
      }
      const names = [this.#ident()];
      while ((this.#skip(), this.#s[this.#i] === ',')) {
        this.#i++;
        names.push(this.#ident());
      }
      const t = this.type();
      for (const name of names) {
        fields.push({ name, type: t });
      }
      this.#skip();
      if (this.#s[this.#i] === ';') {
        this.#i++;
      }
    }
  }

  #ident(): string {
    this.#skip();
    const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(this.#s.slice(this.#i));
    if (!m) {
      throw new Error(`golden type: expected a name at ${this.#i} in ${this.#s}`);
    }
    this.#i += m[0].length;
    return m[0];
  }

  #eat(c: string): void {
    this.#skip();
    if (this.#s[this.#i] !== c) {
      throw new Error(`golden type: expected ${c} at ${this.#i} in ${this.#s}`);
    }
    this.#i++;
  }

  #skip(): void {
    while (this.#s[this.#i] === ' ') {
      this.#i++;
    }
  }

  expectEnd(): void {
    this.#skip();
    if (this.#i !== this.#s.length) {
      throw new Error(`golden type: trailing text in ${this.#s}`);
    }
  }
}

const bits = new DataView(new ArrayBuffer(8));

/** A golden JSON value as a model value of type `t`. */
export function decodeValue(t: GoType, j: unknown): unknown {
  switch (t.kind) {
    case Kind.Int64:
    case Kind.Int:
    case Kind.Uint64:
    case Kind.Uint:
    case Kind.Uintptr:
      return typeof j === 'string' ? canonical64(BigInt(j)) : j;
    case Kind.Float64:
      bits.setBigUint64(0, BigInt(j as string));
      return bits.getFloat64(0);
    case Kind.Float32:
      bits.setUint32(0, Number(j));
      return bits.getFloat32(0);
    case Kind.Complex64:
    case Kind.Complex128: {
      const [re, im] = j as [string, string];
      const part = t.kind === Kind.Complex64 ? types.float32 : types.float64;
      return { re: decodeValue(part, re), im: decodeValue(part, im) };
    }
    case Kind.Array:
      return (j as unknown[]).map((e) => decodeValue(t.elem!, e));
    case Kind.Struct:
      return (j as unknown[]).map((e, i) => decodeValue(t.fields[i]!.type, e));
    case Kind.Interface: {
      if (j === null) {
        return null;
      }
      const { type, value } = j as { type: string; value: unknown };
      const dyn = parseType(type);
      return new Iface(dyn, decodeValue(dyn, value));
    }
    default:
      return j;
  }
}

/** A model value of type `t` in the goldens' JSON encoding. */
export function encodeValue(t: GoType, v: unknown): unknown {
  switch (t.kind) {
    case Kind.Int64:
    case Kind.Int:
    case Kind.Uint64:
    case Kind.Uint:
    case Kind.Uintptr:
      return typeof v === 'bigint' ? v.toString() : v;
    case Kind.Float64:
      bits.setFloat64(0, v as number);
      return `0x${bits.getBigUint64(0).toString(16).padStart(16, '0')}`;
    case Kind.Float32:
      bits.setFloat32(0, v as number);
      return `0x${bits.getUint32(0).toString(16).padStart(8, '0')}`;
    case Kind.Array:
      return (v as unknown[]).map((e) => encodeValue(t.elem!, e));
    case Kind.Struct:
      return (v as unknown[]).map((e, i) => encodeValue(t.fields[i]!.type, e));
    default:
      return v;
  }
}

/** A golden's map state (see README.md). */
export interface GoldenState {
  count: number;
  flags: number;
  B: number;
  noverflow: number;
  hash0: string;
  nevacuate: number;
  buckets: GoldenChain[] | null;
  oldbuckets: GoldenChain[] | null;
  nextOverflow: number | null;
  overflow: number | null;
  oldoverflow: number | null;
}
type GoldenChain = { tophash: number[]; keys: unknown[]; elems: unknown[] }[];

/** A model snapshot in the goldens' encoding, for a deep comparison. */
export function encodeState(s: MapSnapshot, key: GoType, elem: GoType): GoldenState {
  const chains = (cs: MapSnapshot['buckets']): GoldenChain[] | null =>
    cs === null
      ? null
      : cs.map((chain) =>
          chain.map((b) => ({
            tophash: [...b.tophash],
            keys: b.keys.map((k) => encodeValue(key, k)),
            elems: b.elems.map((e) => encodeValue(elem, e)),
          })),
        );
  return {
    count: s.count,
    flags: s.flags,
    B: s.B,
    noverflow: s.noverflow,
    hash0: `0x${s.hash0.toString(16).padStart(8, '0')}`,
    nevacuate: s.nevacuate,
    buckets: chains(s.buckets),
    oldbuckets: chains(s.oldbuckets),
    nextOverflow: s.nextOverflow,
    overflow: s.overflow,
    oldoverflow: s.oldoverflow,
  };
}

/**
 * Random numbers given one by one from what the golden shows Go drew (new seeds, iteration
 * starts). Drawing with none queued is a model bug: Go drew nothing there.
 */
export class ScriptedRandom implements RandomSource {
  readonly queue: number[] = [];

  fastrand(): number {
    const v = this.queue.shift();
    if (v === undefined) {
      throw new Error('the model drew a random number where Go drew none');
    }
    return v;
  }

  fastrand64(): bigint {
    throw new Error('fastrand64 is not scripted');
  }
}
