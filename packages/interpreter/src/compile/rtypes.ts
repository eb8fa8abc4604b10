// The checker's types as runtime-core GoTypes (what maps, the heap, interfaces and fmt see).
// Type parameters are replaced by their type arguments first (see compile.ts).
import {
  arrayOf,
  chanOf,
  declareNamed,
  defineNamed,
  funcOf,
  interfaceOf,
  mapOf,
  pointerTo,
  sliceOf,
  structOf,
  types,
  type GoType,
} from '@mapscope/runtime-core';
import type { Named, Type } from '@mapscope/go-types/check/types';

const basicTypes: Readonly<Record<string, GoType>> = {
  bool: types.bool,
  int: types.int,
  int8: types.int8,
  int16: types.int16,
  int32: types.int32,
  int64: types.int64,
  uint: types.uint,
  uint8: types.uint8,
  uint16: types.uint16,
  uint32: types.uint32,
  uint64: types.uint64,
  uintptr: types.uintptr,
  float32: types.float32,
  float64: types.float64,
  complex64: types.complex64,
  complex128: types.complex128,
  string: types.string,
  'unsafe.Pointer': types.unsafePointer,
  'untyped bool': types.bool,
  'untyped int': types.int,
  'untyped rune': types.int32,
  'untyped float': types.float64,
  'untyped complex': types.complex128,
  'untyped string': types.string,
};

/** The runtime types of one program: named types get one GoType each (per instance). */
export class RuntimeTypes {
  readonly #named = new Map<Named, GoType>();
  /** The checker type each runtime named type came from (for method tables). */
  readonly source: Map<GoType, Named> = new Map<GoType, Named>();
  /** A checker type each runtime type was made from (reflect's signatures, tags, packages). */
  readonly checker: Map<GoType, Type> = new Map<GoType, Type>();
  /** Told of each named type when it gets its runtime type (the compiler compiles its methods). */
  onNamed: ((t: Named) => void) | null = null;

  of(t: Type): GoType {
    const g = this.#of(t);
    if (!this.checker.has(g)) {
      this.checker.set(g, t);
    }
    return g;
  }

  #of(t: Type): GoType {
    switch (t.kind) {
      case 'Basic': {
        const b = basicTypes[t.name];
        if (b === undefined) {
          throw new Error(`no runtime type for ${t.name}`);
        }
        return b;
      }
      case 'Pointer':
        return pointerTo(this.of(t.elem));
      case 'Slice':
        return sliceOf(this.of(t.elem));
      case 'Array':
        return arrayOf(t.len, this.of(t.elem));
      case 'Map':
        return mapOf(this.of(t.key), this.of(t.elem));
      case 'Chan':
        return chanOf(this.of(t.elem), t.dir);
      case 'Struct':
        return structOf(
          t.fields.map((f) => ({ name: f.name, type: this.of(f.type), embedded: f.embedded })),
        );
      case 'Signature': {
        // Go's reflect name of a func type: parameter types only, `...E` for the variadic one.
        const ps = t.params.vars.map((v, i) => {
          const last = i === t.params.vars.length - 1;
          return last && t.variadic && v.type.kind === 'Slice'
            ? `...${this.of(v.type.elem).name}`
            : this.of(v.type).name;
        });
        const rs = t.results.vars.map((v) => this.of(v.type).name);
        const results =
          rs.length === 0 ? '' : rs.length === 1 ? ` ${rs[0] ?? ''}` : ` (${rs.join(', ')})`;
        return funcOf(`func(${ps.join(', ')})${results}`);
      }
      case 'Interface': {
        const ms = t.allMethods().map((m) => this.methodKey(m.name, m.type));
        return ms.length === 0 ? types.any : interfaceOf(ms);
      }
      case 'Named':
        return this.#namedType(t);
      case 'Tuple':
        throw new Error('no runtime type for a tuple');
      case 'TypeParam':
        throw new Error(`type parameter ${t.obj.name} reached the runtime unsubstituted`);
    }
  }

  /**
   * What a method set holds of a method: its name and its signature's type (`Error func()
   * string`), so that a method of the right name and the wrong type does not satisfy an
   * interface.
   */
  methodKey(name: string, sig: Type): string {
    return `${name} ${this.of(sig).name}`;
  }

  #namedType(t: Named): GoType {
    let g = this.#named.get(t);
    if (g !== undefined) {
      return g;
    }
    if (t.obj.pkg === null && t.obj.name === 'error') {
      g = declareNamed('error');
      this.#named.set(t, g);
      defineNamed(g, interfaceOf(['Error func() string']));
      this.source.set(g, t);
      return g;
    }
    const pkg = t.obj.pkg?.name ?? '';
    const args =
      t.typeArgs.length > 0 ? `[${t.typeArgs.map((a) => this.of(a).name).join(',')}]` : '';
    g = declareNamed(`${pkg === '' ? '' : `${pkg}.`}${t.obj.name}${args}`);
    this.#named.set(t, g);
    this.source.set(g, t);
    this.onNamed?.(t);
    if (t.underlying === null) {
      throw new Error(`type ${t.obj.name} has no underlying type`);
    }
    defineNamed(g, this.of(t.underlying));
    return g;
  }
}
