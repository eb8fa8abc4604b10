// Go type descriptors: what the runtime's _type, maptype, structtype … tell the map and the
// collector (size, alignment, which words hold pointers, equality and hashing), built the way
// the gc compiler lays types out on linux/amd64. Go: runtime/type.go, cmd/compile/internal/types.
import { assert } from '../assert.ts';
import { buildAlg, type TypeAlg } from './alg.ts';
import { Kind, PtrSize, integerKinds } from './kind.ts';

/** A struct field: name ("_" for blank), type, byte offset, whether embedded. */
export interface StructField {
  readonly name: string;
  readonly type: GoType;
  readonly offset: number;
  readonly embedded: boolean;
}

/** What a composite type is made of; which members are set depends on the kind. */
interface Parts {
  readonly elem?: GoType | undefined;
  readonly key?: GoType | undefined;
  readonly len?: number | undefined;
  readonly fields?: readonly StructField[] | undefined;
  readonly methods?: readonly string[] | undefined;
}

let nextTypeId = 1;

/** A Go type. Unnamed types are interned, so two equal type expressions give one object. */
export class GoType {
  /** Unique per type object; identical types are the same object. */
  readonly id: number = nextTypeId++;
  /** Element type of pointers, slices, arrays, maps and channels. */
  readonly elem: GoType | undefined;
  /** Key type of maps. */
  readonly key: GoType | undefined;
  /** Length of arrays. */
  readonly len: number;
  /** Fields of structs, with their offsets. */
  readonly fields: readonly StructField[];
  /** Method names of interfaces (empty for `any`). */
  readonly methods: readonly string[];
  /** The type's underlying type (itself unless named). */
  readonly underlying: GoType;
  readonly size: number;
  readonly align: number;
  /** Bytes of the type's prefix that can hold pointers; 0 when it holds none. */
  readonly ptrdata: number;
  /** Equality and hashing as the compiler generates them; null when not comparable. */
  readonly alg: TypeAlg | null;

  readonly kind: Kind;
  /** The type as Go prints it: `int`, `main.T`, `struct { A int32; B string }`. */
  readonly name: string;

  constructor(kind: Kind, name: string, parts: Parts, underlying?: GoType) {
    this.kind = kind;
    this.name = name;
    this.elem = parts.elem;
    this.key = parts.key;
    this.len = parts.len ?? 0;
    this.fields = parts.fields ?? [];
    this.methods = parts.methods ?? [];
    this.underlying = underlying ?? this;
    [this.size, this.align, this.ptrdata] = underlying
      ? [underlying.size, underlying.align, underlying.ptrdata]
      : layout(kind, parts);
    this.alg = underlying ? underlying.alg : buildAlg(this);
  }

  /** Whether the type is named (declared), as opposed to a type literal or predeclared. */
  get named(): boolean {
    return this.underlying !== this;
  }

  toString(): string {
    return this.name;
  }
}

function layout(kind: Kind, parts: Parts): [size: number, align: number, ptrdata: number] {
  const bits = integerKinds.get(kind);
  if (bits) {
    const n = bits[0] / 8;
    return [n, n, 0];
  }
  switch (kind) {
    case Kind.Bool:
      return [1, 1, 0];
    case Kind.Float32:
      return [4, 4, 0];
    case Kind.Float64:
    case Kind.Complex64:
      return kind === Kind.Float64 ? [8, 8, 0] : [8, 4, 0];
    case Kind.Complex128:
      return [16, 8, 0];
    case Kind.String:
      return [2 * PtrSize, PtrSize, PtrSize];
    case Kind.Slice:
      return [3 * PtrSize, PtrSize, PtrSize];
    case Kind.Interface:
      return [2 * PtrSize, PtrSize, 2 * PtrSize];
    case Kind.Array:
      return arrayLayout(parts.elem, parts.len ?? 0);
    case Kind.Struct:
      return structLayout(parts.fields ?? []);
    default: // pointers, unsafe.Pointer, chan, map, func: one pointer word
      return [PtrSize, PtrSize, PtrSize];
  }
}

function arrayLayout(elem: GoType | undefined, len: number): [number, number, number] {
  assert(elem !== undefined, 'array type without element type');
  const ptrdata = len === 0 || elem.ptrdata === 0 ? 0 : (len - 1) * elem.size + elem.ptrdata;
  return [len * elem.size, elem.align, ptrdata];
}

function structLayout(fields: readonly StructField[]): [number, number, number] {
  let end = 0,
    align = 1,
    ptrdata = 0;
  for (const f of fields) {
    align = Math.max(align, f.type.align);
    end = f.offset + f.type.size;
    if (f.type.ptrdata > 0) {
      ptrdata = f.offset + f.type.ptrdata;
    }
  }
  // Go: cmd/compile/internal/types.CalcStructSize pads a trailing zero-size field so that
  // taking its address cannot point past the object.
  const last = fields.at(-1);
  if (last?.type.size === 0 && end > 0) {
    end++;
  }
  return [alignUp(end, align), align, ptrdata];
}

/** Rounds `n` up to a multiple of the power of two `a`. */
export function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** Word indices (8-byte words from the start) of a value of type `t` that hold pointers. */
export function pointerWords(t: GoType, base = 0, out: number[] = []): number[] {
  if (t.ptrdata === 0) {
    return out;
  }
  switch (t.underlying.kind) {
    case Kind.Array:
      for (let i = 0; i < t.len; i++) {
        pointerWords(t.elem!, base + i * t.elem!.size, out);
      }
      return out;
    case Kind.Struct:
      for (const f of t.fields) {
        pointerWords(f.type, base + f.offset, out);
      }
      return out;
    case Kind.Interface:
      // The type (or itab) word points at read-only type data, not into the heap: only the
      // data word is a pointer to the collector (as the gc compiler's bitmaps say).
      out.push(base / PtrSize + 1);
      return out;
    default: // string, slice, pointer-shaped: the first word
      out.push(base / PtrSize);
      return out;
  }
}
