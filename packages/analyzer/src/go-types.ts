import type { GoNode } from '@mapscope/go-syntax';

/**
 * Go types as far as syntax shows them. The analyzer works without a type checker (it must
 * run on code that does not compile, and in a browser), so a type is what the declarations
 * of the same package spell out; anything else is `unknown`, and rules treat unknown as
 * "cannot tell" and stay silent.
 */
export type GoType =
  | { readonly kind: 'map'; readonly key: GoType; readonly elem: GoType }
  | { readonly kind: 'chan'; readonly elem: GoType }
  | { readonly kind: 'pointer'; readonly elem: GoType }
  | { readonly kind: 'slice'; readonly elem: GoType }
  | { readonly kind: 'array'; readonly elem: GoType }
  | {
      readonly kind: 'struct';
      readonly fields: ReadonlyMap<string, GoType>;
      readonly embedded: readonly GoType[];
    }
  | { readonly kind: 'named'; readonly name: string; readonly underlying: () => GoType }
  | {
      readonly kind: 'qualified';
      readonly pkg: string;
      readonly name: string;
      /** What the type checker found the other package declares it as, when it knows. */
      readonly underlying?: (() => GoType) | undefined;
    }
  | { readonly kind: 'basic'; readonly name: string }
  | { readonly kind: 'func'; readonly results: readonly GoType[] }
  | { readonly kind: 'interface' }
  | { readonly kind: 'unknown' };

/** The type nobody could work out. */
export const UNKNOWN: GoType = { kind: 'unknown' };

/** Go's predeclared types (universe scope). */
const BASIC = new Set([
  'bool',
  'string',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
  'byte',
  'rune',
  'float32',
  'float64',
  'complex64',
  'complex128',
  'error',
  'any',
]);

/** Looks up a package-level type name; the package index provides it. */
export type TypeNameResolver = (name: string) => GoType | undefined;

/** Reads a type expression (`map[string]chan int`, `*T`, `pkg.Name`) into a GoType. */
export function typeFromSyntax(node: GoNode | undefined, resolveName: TypeNameResolver): GoType {
  if (node === undefined) {
    return UNKNOWN;
  }
  const inner = (field: string): GoType => typeFromSyntax(node.child(field), resolveName);
  switch (node.type) {
    case 'map_type':
      return { kind: 'map', key: inner('key'), elem: inner('value') };
    case 'channel_type':
      return { kind: 'chan', elem: inner('value') };
    case 'pointer_type':
      return { kind: 'pointer', elem: typeFromSyntax(node.namedChildren[0], resolveName) };
    case 'slice_type':
      return { kind: 'slice', elem: inner('element') };
    case 'array_type':
    case 'implicit_length_array_type':
      return { kind: 'array', elem: inner('element') };
    case 'struct_type':
      return structFromSyntax(node, resolveName);
    case 'parenthesized_type':
      return typeFromSyntax(node.namedChildren[0], resolveName);
    case 'type_identifier':
    case 'identifier':
      return namedType(node.text, resolveName);
    case 'qualified_type': {
      const pkg = node.child('package')?.text ?? '';
      const name = node.child('name')?.text ?? '';
      return { kind: 'qualified', pkg, name };
    }
    case 'generic_type':
      return typeFromSyntax(node.child('type'), resolveName);
    case 'function_type':
      return { kind: 'func', results: resultTypes(node.child('result'), resolveName) };
    case 'interface_type':
      return { kind: 'interface' };
    default:
      return UNKNOWN;
  }
}

/** The result types a function's `result` field spells out. */
export function resultTypes(result: GoNode | undefined, resolveName: TypeNameResolver): GoType[] {
  if (result === undefined) {
    return [];
  }
  if (result.type !== 'parameter_list') {
    return [typeFromSyntax(result, resolveName)];
  }
  const out: GoType[] = [];
  for (const decl of result.namedChildren) {
    const t = typeFromSyntax(decl.child('type'), resolveName);
    const names = decl.fieldChildren('name').length;
    for (let i = 0; i < Math.max(1, names); i++) {
      out.push(t);
    }
  }
  return out;
}

function namedType(name: string, resolveName: TypeNameResolver): GoType {
  if (BASIC.has(name)) {
    return name === 'any' ? { kind: 'interface' } : { kind: 'basic', name };
  }
  return resolveName(name) ?? UNKNOWN;
}

function structFromSyntax(node: GoNode, resolveName: TypeNameResolver): GoType {
  const fields = new Map<string, GoType>();
  const embedded: GoType[] = [];
  const list = node.namedChildren.find((c) => c.type === 'field_declaration_list');
  for (const decl of list?.namedChildren ?? []) {
    if (decl.type !== 'field_declaration') {
      continue;
    }
    const typeNode = decl.child('type');
    const names = decl.fieldChildren('name');
    const spelled = typeFromSyntax(typeNode, resolveName);
    // An embedded *T keeps its `*` as a token of the field, outside the type node.
    const t: GoType =
      names.length === 0 && decl.hasToken('*') ? { kind: 'pointer', elem: spelled } : spelled;
    if (names.length === 0) {
      // An embedded field is named after its type (T, *T, pkg.T).
      embedded.push(t);
      const last = typeNode?.text.replace(/^\*/, '').split('.').pop();
      if (last !== undefined) {
        fields.set(last, t);
      }
    }
    for (const n of names) {
      fields.set(n.text, t);
    }
  }
  return { kind: 'struct', fields, embedded };
}

/** Follows named types to their underlying type (at most a few steps; cycles give unknown). */
export function underlying(t: GoType): GoType {
  let cur = t;
  for (let i = 0; i < 16 && cur.kind === 'named'; i++) {
    cur = cur.underlying();
  }
  return cur.kind === 'named' ? UNKNOWN : cur;
}

/**
 * The structure behind `t`: its underlying type, and for a type of another package
 * (`http.Header`) the underlying type the checker found there. Kept apart from `underlying`,
 * which stops at another package's name so that `sync.Mutex` stays recognisable by name.
 */
export function structure(t: GoType): GoType {
  let cur = underlying(t);
  for (let i = 0; i < 16 && cur.kind === 'qualified' && cur.underlying !== undefined; i++) {
    cur = underlying(cur.underlying());
  }
  return cur.kind === 'qualified' && cur.underlying !== undefined ? UNKNOWN : cur;
}

/** The map type behind `t`, if it is one (a map type of another package included). */
export function asMap(t: GoType): Extract<GoType, { kind: 'map' }> | undefined {
  const u = structure(t);
  return u.kind === 'map' ? u : undefined;
}

/** Whether `t` is `sync.Map` (or a pointer to one). */
export function isSyncMap(t: GoType): boolean {
  const u = underlying(t);
  const base = u.kind === 'pointer' ? u.elem : u;
  return base.kind === 'qualified' && base.pkg === 'sync' && base.name === 'Map';
}

/**
 * The type of field `name` of a struct (through a pointer, and through embedded structs,
 * shallowest first, as Go's selector rules pick; a struct of another package when the checker
 * read it).
 */
export function fieldType(t: GoType, name: string): GoType | undefined {
  let level: GoType[] = [t];
  for (let depth = 0; depth < 8 && level.length > 0; depth++) {
    const next: GoType[] = [];
    for (const candidate of level) {
      let u = structure(candidate);
      if (u.kind === 'pointer') {
        u = structure(u.elem);
      }
      if (u.kind !== 'struct') {
        continue;
      }
      const f = u.fields.get(name);
      if (f !== undefined) {
        return f;
      }
      next.push(...u.embedded);
    }
    level = next;
  }
  return undefined;
}

/** A short Go spelling of a type, for messages (`map[string]int`). */
export function typeString(t: GoType): string {
  switch (t.kind) {
    case 'map':
      return `map[${typeString(t.key)}]${typeString(t.elem)}`;
    case 'chan':
      return `chan ${typeString(t.elem)}`;
    case 'pointer':
      return `*${typeString(t.elem)}`;
    case 'slice':
      return `[]${typeString(t.elem)}`;
    case 'array':
      return `[N]${typeString(t.elem)}`;
    case 'struct':
      return 'struct{...}';
    case 'named':
      return t.name;
    case 'qualified':
      return `${t.pkg}.${t.name}`;
    case 'basic':
      return t.name;
    case 'func':
      return 'func(...)';
    case 'interface':
      return 'interface{...}';
    case 'unknown':
      return '?';
  }
}

/** Paths to map-typed fields inside a struct type, up to three fields deep. */
export function mapFieldPaths(t: GoType, depth = 0): string[][] {
  const u = underlying(t);
  if (u.kind !== 'struct' || depth > 2) {
    return [];
  }
  const out: string[][] = [];
  for (const [name, ft] of u.fields) {
    if (asMap(ft) !== undefined) {
      out.push([name]);
    } else if (underlying(ft).kind === 'struct') {
      for (const sub of mapFieldPaths(ft, depth + 1)) {
        out.push([name, ...sub]);
      }
    }
  }
  return out;
}
