import { unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { asMap, underlying } from './go-types.ts';
import type { PackageIndex } from './package-index.ts';

/**
 * Unexported map fields no code of the package ever sets: no assignment to `x.f`, no `&x.f`,
 * no literal naming `f:`, no positional literal of the type. Every value of the type then has
 * a nil map there (encoding/json and friends cannot set an unexported field either), so a
 * write into it panics with "assignment to entry in nil map" (runtime/map.go mapassign).
 * A package fact for MH003, found from the files' text, erring towards "set": any
 * assignment of a field of that name, whatever its operand, counts; and only types the
 * package makes values of (a literal, `new(T)`, `var x T`) are considered.
 */
export interface UnsetField {
  readonly type: string;
  readonly field: string;
  /** How values of the type are made, for the message: the keyed literals that leave it out. */
  readonly literals: number;
}

/** The package's never-set map fields, by `T.f`. */
export const unsetMapFields: (index: PackageIndex) => ReadonlyMap<string, UnsetField> =
  perIndex(compute);

/** `compute` once per package index. */
export function perIndex<T>(compute: (index: PackageIndex) => T): (index: PackageIndex) => T {
  const cache = new WeakMap<PackageIndex, T>();
  return (index) => {
    let found = cache.get(index);
    if (found === undefined) {
      found = compute(index);
      cache.set(index, found);
    }
    return found;
  };
}

/** The unexported map fields of the package's struct types, as [type, field]. */
export function unexportedMapFields(index: PackageIndex): [string, string][] {
  const out: [string, string][] = [];
  for (const name of index.typeNames()) {
    const t = index.type(name);
    const u = t === undefined ? undefined : underlying(t);
    if (u?.kind === 'struct') {
      for (const [field, ft] of u.fields) {
        if (/^[a-z_]/.test(field) && asMap(ft) !== undefined) {
          out.push([name, field]);
        }
      }
    }
  }
  return out;
}

function compute(index: PackageIndex): ReadonlyMap<string, UnsetField> {
  const out = new Map<string, UnsetField>();
  let text: string | undefined;
  let literals: ReadonlyMap<string, Literals> | undefined;
  for (const [name, field] of unexportedMapFields(index)) {
    text ??= index.files.map((f) => codeOnly(f.source)).join('\n');
    literals ??= literalsIn(text);
    const lit = literals.get(name) ?? { keyed: 0, positional: false };
    // A type the package never makes a value of may be made elsewhere by means syntax
    // cannot see (reflection, a build-tagged file); only values it makes are certain.
    const made =
      lit.keyed > 0 ||
      new RegExp(`\\bnew\\(\\s*${name}\\s*\\)|\\bvar\\s+\\w+\\s+${name}\\b`).test(text);
    if (made && !lit.positional && neverSet(text, field)) {
      out.set(`${name}.${field}`, { type: name, field, literals: lit.keyed });
    }
  }
  return out;
}

interface Literals {
  /** Keyed (or empty) literals `T{f: …}`, `T{}`. */
  keyed: number;
  /** Some literal lists the fields by position, setting them all. */
  positional: boolean;
}

/** Every `T{…}` literal in the text (in an expression: after an operator, a bracket, return). */
function literalsIn(text: string): ReadonlyMap<string, Literals> {
  const out = new Map<string, Literals>();
  for (const m of text.matchAll(
    /(?:[&=(,:{[]|\breturn)\s*([A-Za-z_]\w*)\s*\{\s*(\}|[A-Za-z_]\w*\s*:(?!=))?/g,
  )) {
    const name = m[1];
    if (name === undefined) {
      continue;
    }
    const lit = out.get(name) ?? { keyed: 0, positional: false };
    if (m[2] === undefined) {
      lit.positional = true;
    } else {
      lit.keyed++;
    }
    out.set(name, lit);
  }
  return out;
}

function neverSet(text: string, field: string): boolean {
  const f = escape(field);
  const assigned = new RegExp(
    `\\.${f}\\s*(?:,[^=\\n]*)?(?::=|=(?!=))|&\\s*[\\w.()\\[\\]]*\\.${f}\\b|[{,\\s]${f}\\s*:[^=]`,
  );
  return !assigned.test(text);
}

/** The source with comments and string literals blanked, so their words never match. */
function codeOnly(source: string): string {
  return source.replace(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*'/g,
    (m) => (m.includes('\n') ? m.replace(/[^\n]/g, ' ') : blanks(m.length)),
  );
}

/** `n` spaces (one string per length, since most comments and literals are short). */
function blanks(n: number): string {
  let b = BLANKS[n];
  if (b === undefined) {
    b = ' '.repeat(n);
    if (n < BLANKS.length) {
      BLANKS[n] = b;
    }
  }
  return b;
}

const BLANKS: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `x.f[k] = v` on a never-set field: the field's fact, when `x` is of the struct type. */
export function unsetFieldWritten(
  index: PackageIndex,
  target: GoNode,
  typeName: (operand: GoNode) => string | undefined,
): UnsetField | undefined {
  const sel = unparen(target.child('operand'));
  const operand = sel?.type === 'selector_expression' ? sel.child('operand') : undefined;
  const field = sel?.child('field')?.text;
  const type = operand === undefined ? undefined : typeName(operand);
  return type === undefined || field === undefined
    ? undefined
    : unsetMapFields(index).get(`${type}.${field}`);
}
