// Types as Go's compiler prints them in error messages: package-qualified except for the
// package being compiled. Go: go/types typestring.go.
import type { Package } from './package.ts';
import {
  Basic,
  Named,
  TypeParam,
  type Interface,
  type Signature,
  type Term,
  type Tuple,
  type Type,
} from './types.ts';
import { anyType } from './universe.ts';

/** The type as error messages print it, relative to package `rel`. */
export function typeString(t: Type, rel: Package | null = null): string {
  const w = (x: Type): string => typeString(x, rel);
  switch (t.kind) {
    case 'Basic':
      return t.name === 'unsafe.Pointer' ? 'unsafe.Pointer' : t.name;
    case 'Pointer':
      return `*${w(t.elem)}`;
    case 'Slice':
      return `[]${w(t.elem)}`;
    case 'Array':
      return `[${t.len}]${w(t.elem)}`;
    case 'Map':
      return `map[${w(t.key)}]${w(t.elem)}`;
    case 'Chan': {
      const e = w(t.elem);
      if (t.dir === 'send') {
        return `chan<- ${e}`;
      }
      if (t.dir === 'recv') {
        return `<-chan ${e}`;
      }
      return t.elem.kind === 'Chan' && t.elem.dir === 'recv' ? `chan (${e})` : `chan ${e}`;
    }
    case 'Struct':
      return `struct{${t.fields
        .map((f, i) => {
          const s = f.embedded ? w(f.type) : `${f.name} ${w(f.type)}`;
          const tag = t.tags[i];
          return tag === null || tag === undefined ? s : `${s} ${JSON.stringify(tag)}`;
        })
        .join('; ')}}`;
    case 'Tuple':
      return `(${t.vars.map((v) => w(v.type)).join(', ')})`;
    case 'Signature':
      return `func${signatureString(t, rel)}`;
    case 'Interface':
      // Go prints the universe's `any` (pointer-identical) by name.
      return t === anyType ? 'any' : interfaceString(t, rel);
    case 'Named': {
      const obj = t.obj;
      let s = obj.pkg !== null && obj.pkg !== rel ? `${obj.pkg.name}.${obj.name}` : obj.name;
      if (t.typeArgs.length > 0) {
        s += `[${t.typeArgs.map(w).join(', ')}]`;
      }
      return s;
    }
    case 'TypeParam':
      return t.obj.name;
  }
}

/** `[type params](params) results` of a signature. */
export function signatureString(s: Signature, rel: Package | null): string {
  const params = `${typeParamsString(s.typeParams, rel)}${tupleString(s.params, s.variadic, rel)}`;
  const r = s.results.vars;
  if (r.length === 0) {
    return params;
  }
  const only = r[0];
  if (r.length === 1 && only?.name === '') {
    return `${params} ${typeString(only.type, rel)}`;
  }
  return `${params} ${tupleString(s.results, false, rel)}`;
}

/** `[K comparable, V any]`: consecutive parameters with the same constraint share it (go/types). */
function typeParamsString(tps: readonly TypeParam[], rel: Package | null): string {
  if (tps.length === 0) {
    return '';
  }
  const parts: string[] = [];
  tps.forEach((tp, i) => {
    const next = tps[i + 1];
    parts.push(
      next?.constraint === tp.constraint
        ? tp.obj.name
        : `${tp.obj.name} ${typeString(tp.constraint, rel)}`,
    );
  });
  return `[${parts.join(', ')}]`;
}

function tupleString(t: Tuple, variadic: boolean, rel: Package | null): string {
  return `(${t.vars
    .map((v, i) => {
      let ts = typeString(v.type, rel);
      if (variadic && i === t.vars.length - 1 && v.type.kind === 'Slice') {
        ts = `...${typeString(v.type.elem, rel)}`;
      }
      return v.name === '' ? ts : `${v.name} ${ts}`;
    })
    .join(', ')})`;
}

function interfaceString(t: Interface, rel: Package | null): string {
  const only = t.embeddeds[0];
  if (t.implicit && t.embeddeds.length === 1 && only !== undefined) {
    return Array.isArray(only) ? termsString(only, rel) : typeString(only, rel);
  }
  const parts: string[] = [];
  for (const m of t.methods) {
    parts.push(`${m.name}${signatureString(m.type, rel)}`);
  }
  for (const e of t.embeddeds) {
    if (Array.isArray(e)) {
      parts.push(termsString(e, rel));
    } else {
      parts.push(typeString(e, rel));
    }
  }
  if (parts.length === 0) {
    return t.comparable ? 'comparable' : 'interface{}';
  }
  return `interface{${parts.join('; ')}}`;
}

/** Whether two types print alike (Go then qualifies them fully to tell them apart). */
export function isBasicUntyped(t: Type): boolean {
  return t instanceof Basic && t.name.startsWith('untyped');
}

export { Named, TypeParam };

function termsString(terms: readonly Term[], rel: Package | null): string {
  return terms.map((x) => `${x.tilde ? '~' : ''}${typeString(x.type, rel)}`).join(' | ');
}
