import { callArguments, callee, functionsIn, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { place } from '../diagnostic.ts';
import { asMap, fieldType, mapFieldPaths, typeString, underlying } from '../go-types.ts';
import type { GoType } from '../go-types.ts';
import type { Candidates, DeclContext, PackageFacts, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { unsetFieldWritten, unsetMapFields } from '../unset-fields.ts';
import { classifyUse, isAssignTarget } from '../uses.ts';
import { NilFlow } from './nil-flow.ts';
import type { Origin, Tracked } from './nil-flow.ts';

/**
 * MH003 nil-map-write: a write (`m[k] = v`, `m[k] op= v`, `m[k]++`) to a map that is nil on
 * every path reaching it. Go: runtime/map.go mapassign panics with "assignment to entry in
 * nil map" when h == nil. Reads, len, range and delete on a nil map are legal (mapaccess,
 * mapdelete and mapiterinit all accept h == nil), so only writes are checked.
 *
 * Tracked: local map variables (declared without a value, set to nil, named results), map
 * fields of local struct values or pointers made from a zero value, `new`, or a keyed literal
 * that leaves the field out, and any of these (parameters and receivers' fields included)
 * inside an `== nil` branch. Anything whose address
 * escapes, or that a callee could change (method calls, passing a pointer), becomes unknown.
 * Package-level variables are never tracked: another file or init may set them.
 */
export const nilMapWrite: Rule = {
  id: 'MH003',
  // Every write is `x[k] = v`, `x[k] op= v`, `x[k]++` or `x[k]--`; a method call on a
  // decoded value may write in another file.
  mayConcern: (source) => INDEX_WRITE.test(source) || DECODE.test(source),
  // `maptype` (a map parameter) and `nilcheck` (`if x == nil`): an `== nil` branch can make
  // a map certainly nil that was unknown before.
  // (A zero struct value whose method writes its map needs no write in this declaration.)
  wants: (c: Candidates, _v: unknown, pkg: PackageFacts) =>
    c.has('nilsrc') ||
    (c.has('write') && (c.has('maptype') || c.has('nilcheck') || pkg.hasUnsetMapField)),
  check(ctx: DeclContext): void {
    checkUnsetFields(ctx);
    checkConditionalDecode(ctx);
    checkDecodedReceiver(ctx);
    if (!INDEX_WRITE.test(ctx.decl.text)) {
      return; // the nil-flow reports writes only
    }
    for (const fn of functionsIn(ctx.decl)) {
      const tracker = new Tracker(ctx, fn);
      new NilFlow(fn, tracker, (write, origin, key) => {
        ctx.report('MH003', write, message(ctx, tracker, key, origin));
      }).run(tracker.entryState());
    }
  },
};

/**
 * `var m map[K]V`, filled only by decoding into it (`json.Unmarshal(b, &m)`) inside an `if`
 * with no else, then written after that if: on the path where the condition is false nothing
 * made the map, and the write panics. (Decoding allocates the map; nothing else touched it.)
 */
function checkConditionalDecode(ctx: DeclContext): void {
  for (const b of zeroVars(ctx)) {
    const write = b.uses.find((u) => {
      const p = u.parent;
      return p?.type === 'index_expression' && u.field === 'operand' && isAssignTarget(p);
    });
    if (write === undefined || asMap(ctx.typer.bindingType(b)) === undefined) {
      continue;
    }
    const before = b.uses.filter((u) => u.start < write.start);
    const decodes = before.map((u) => decodeIn(u));
    const conds = decodes.map((d) => (d === undefined ? undefined : elselessIf(d, write)));
    const cond = conds[0];
    if (before.length === 0 || cond === undefined || conds.some((c) => c !== cond)) {
      continue;
    }
    const line = (n: GoNode): number => ctx.file.position(n.start).line;
    const decode = decodes[0];
    const index = write.parent ?? write;
    ctx.report(
      'MH003',
      index,
      `assignment to entry in nil map: ${b.name} (declared at line ${String(line(b.ident))} ` +
        `with no value) is only filled by ${decode?.text.split('(')[0] ?? 'decoding'} at line ` +
        `${String(line(decode ?? cond))}, inside the if at line ${String(line(cond))}; when ` +
        `that condition is false ${b.name} is still nil here and this write panics at run ` +
        `time; make it first (${b.name} = make(...)) or check it for nil`,
    );
  }
}

/**
 * `var g T` filled only by decoding into it (`json.Unmarshal(b, &g)`), then `g.m()` where
 * the method writes into an unexported map field of its receiver before anything makes it:
 * decoding cannot set an unexported field, so the map is nil and the write panics.
 * Reported at the call.
 */
function checkDecodedReceiver(ctx: DeclContext): void {
  for (const b of zeroVars(ctx)) {
    const t = ctx.typer.bindingType(b);
    if (t.kind !== 'named' || underlying(t).kind !== 'struct') {
      continue;
    }
    let decoded = false;
    for (const u of b.uses) {
      if (decodeIn(u) !== undefined) {
        decoded = true;
        continue; // decoded into: the unexported maps stay nil
      }
      if (classifyUse(u) === 'field-read') {
        continue; // an exported field read: the unexported maps stay nil
      }
      const sel = u.parent;
      const call = sel?.type === 'selector_expression' ? sel.parent : undefined;
      const method = sel?.child('field')?.text;
      if (classifyUse(u) !== 'method' || call?.type !== 'call_expression' || method === undefined) {
        break;
      }
      const write = receiverFieldWrite(ctx, t.name, method);
      const ft = write === undefined ? undefined : fieldType(t, write.field);
      if (write !== undefined && ft !== undefined && asMap(ft) !== undefined) {
        const field = write.field;
        ctx.report(
          'MH003',
          call,
          `assignment to entry in nil map: ${b.name}.${method}() writes ${b.name}.${field} ` +
            `(${write.at}), but ${b.name} is a zero ${t.name} (declared at line ` +
            `${String(ctx.file.position(b.ident.start).line)})` +
            (decoded
              ? ` that only decoding filled, and decoding cannot set the unexported ${field}`
              : '') +
            `: it is nil and the write panics at run time; make ${field} in ${method} when it ` +
            `is nil, or build ${b.name} with the constructor`,
        );
      }
      break;
    }
  }
}

/** Local variables declared with `var` and no value: zero until something sets them. */
function zeroVars(ctx: DeclContext): Binding[] {
  return ctx.scopes.bindings.filter(
    (b) => b.kind === 'var' && b.decl.type === 'var_spec' && b.value === undefined,
  );
}

/**
 * Where method `method` of type `type` writes into an unexported map field of its receiver
 * before any statement assigns that field or compares it with nil.
 */
function receiverFieldWrite(
  ctx: DeclContext,
  type: string,
  method: string,
): { field: string; at: string } | undefined {
  const fn = ctx.index.method(type, method);
  const recv = fn?.node.child('receiver')?.namedChildren[0]?.child('name')?.text;
  const body = fn?.node.child('body');
  if (fn === undefined || recv === undefined || body === undefined) {
    return undefined;
  }
  const settled = new Set<string>();
  let found: { field: string; at: string } | undefined;
  body.walk((n) => {
    if (found !== undefined || n.type === 'func_literal') {
      return false;
    }
    if (n.type === 'call_expression') {
      // `w.init()` before the write: the fields that method assigns are set from here on.
      for (const f of fieldsAssignedBy(ctx, type, n, recv)) {
        settled.add(f);
      }
    }
    const sel = n.type === 'selector_expression' ? n : undefined;
    const field = sel?.child('field')?.text;
    if (sel?.child('operand')?.text !== recv || field === undefined || !/^[a-z_]/.test(field)) {
      return true;
    }
    const p = sel.parent;
    if (isAssignTarget(sel) || (p?.type === 'binary_expression' && p.text.includes('nil'))) {
      settled.add(field);
    } else if (
      !settled.has(field) &&
      p?.type === 'index_expression' &&
      sel.field === 'operand' &&
      isAssignTarget(p)
    ) {
      found = { field, at: place(fn.file, p.start) };
    }
    return true;
  });
  return found;
}

/**
 * The receiver fields that `call`, a call of another method of `type` on receiver `recv`
 * (`w.init()`), assigns or compares with nil in its own body.
 */
function fieldsAssignedBy(ctx: DeclContext, type: string, call: GoNode, recv: string): string[] {
  const f = unparen(call.child('function'));
  const name = f?.type === 'selector_expression' ? f.child('field')?.text : undefined;
  if (name === undefined || f?.child('operand')?.text !== recv) {
    return [];
  }
  const m = ctx.index.method(type, name);
  const r = m?.node.child('receiver')?.namedChildren[0]?.child('name')?.text;
  const body = m?.node.child('body');
  if (r === undefined || body === undefined) {
    return [];
  }
  const fields = new Set<string>();
  body.walk((n) => {
    const operand = n.type === 'selector_expression' ? n.child('operand')?.text : undefined;
    const field = n.child('field')?.text;
    if (operand === r && field !== undefined && isAssignTarget(n)) {
      fields.add(field);
    }
    return n.type !== 'func_literal';
  });
  return [...fields];
}

/** `json.Unmarshal(data, &m)` (any `…Unmarshal`/`…Decode` call) handed `&m`: that call. */
function decodeIn(use: GoNode): GoNode | undefined {
  const addr = use.parent;
  const call = addr?.parent?.type === 'argument_list' ? addr.parent.parent : undefined;
  const name = callee(call)?.name ?? '';
  const taken = addr?.type === 'unary_expression' && addr.hasToken('&');
  return taken && /(Unmarshal|Decode)$/.test(name) ? call : undefined;
}

/** A decoding call in source text (`json.Unmarshal(`, `dec.Decode(`). */
const DECODE = /(Unmarshal|Decode)\s*\(/;

/**
 * The if statement with no else whose consequence holds `decode`, when it is a statement
 * before `write` in one of the blocks around the write.
 */
function elselessIf(decode: GoNode, write: GoNode): GoNode | undefined {
  let stmt = decode.ancestor('if_statement');
  // `if err := json.Unmarshal(…); err != nil {…}` is the decode itself: look further out.
  while (stmt !== undefined && stmt.child('consequence')?.contains(decode) !== true) {
    stmt = stmt.parent?.ancestor('if_statement');
  }
  if (stmt === undefined || stmt.child('alternative') !== undefined || stmt.end > write.start) {
    return undefined;
  }
  // The write must follow the if in the if's own block (not inside another branch).
  return stmt.parent?.contains(write) === true ? stmt : undefined;
}

/**
 * Writes into a map field the package never sets (unset-fields.ts): nil in every value of
 * the type, whoever made it.
 */
function checkUnsetFields(ctx: DeclContext): void {
  if (unsetMapFields(ctx.index).size === 0) {
    return;
  }
  ctx.decl.walk((n) => {
    if (n.type === 'index_expression' && isAssignTarget(n)) {
      const u = unsetFieldWritten(ctx.index, n, (operand) => {
        const t = underlying(ctx.typer.typeOf(operand));
        const named = t.kind === 'pointer' ? t.elem : ctx.typer.typeOf(operand);
        return named.kind === 'named' ? named.name : undefined;
      });
      if (u !== undefined) {
        const made = u.literals > 0 ? ` (its ${u.type}{…} literals leave it out)` : '';
        ctx.report(
          'MH003',
          n,
          `assignment to entry in nil map: field ${u.field} of ${u.type} is never set anywhere ` +
            `in the package${made}, so it is nil in every ${u.type} and this write panics at ` +
            `run time; make it where ${u.type} values are made (e.g. ${u.field}: make(...) in ` +
            'the literal), or before the first write',
        );
      }
    }
    return true;
  });
}

const INDEX_WRITE = /\]\s*(?:(?:[-+*/%&|^]|<<|>>|&\^)?=(?!=)|\+\+|--)/;

/** Which bindings of one function are followed, and how their keys are spelled. */
export class Tracker {
  readonly #ctx: DeclContext;
  readonly #fn: GoNode;
  readonly #tracked = new Map<Binding, Tracked | undefined>();
  readonly #byKey = new Map<string, { tracked: Tracked; path: readonly string[] }>();

  constructor(ctx: DeclContext, fn: GoNode) {
    this.#ctx = ctx;
    this.#fn = fn;
  }

  /** The tracked entry for a binding, deciding (once) whether it can be tracked at all. */
  tracked(b: Binding | undefined): Tracked | undefined {
    if (b === undefined) {
      return undefined;
    }
    if (this.#tracked.has(b)) {
      return this.#tracked.get(b);
    }
    const t = this.#decide(b);
    this.#tracked.set(b, t);
    if (t !== undefined) {
      for (const path of t.paths) {
        this.#byKey.set(keyFor(t, path), { tracked: t, path });
      }
    }
    return t;
  }

  /** The binding an identifier refers to. */
  binding(ident: GoNode): Binding | undefined {
    return this.#ctx.scopes.resolve(ident);
  }

  /** The key a map-valued expression (`m`, `s.m`, `p.inner.m`) is followed under. */
  keyOf(expr: GoNode | undefined): string | undefined {
    const path: string[] = [];
    let n = unparen(expr);
    while (n?.type === 'selector_expression') {
      path.unshift(n.child('field')?.text ?? '');
      n = unparen(n.child('operand'));
    }
    if (n?.type !== 'identifier') {
      return undefined;
    }
    const t = this.tracked(this.binding(n));
    if (!t?.paths.some((p) => samePath(p, path))) {
      return undefined;
    }
    return keyFor(t, path);
  }

  /** Every key of a binding. */
  keysOf(t: Tracked): string[] {
    return t.paths.map((p) => keyFor(t, p));
  }

  /** The keys of `t` under a field path prefix (the path itself included). */
  keysUnder(t: Tracked, prefix: readonly string[]): string[] {
    return t.paths.filter((p) => startsWith(p, prefix)).map((p) => keyFor(t, p));
  }

  /** The tracked binding and path behind a key. */
  describe(key: string): { tracked: Tracked; path: readonly string[] } | undefined {
    return this.#byKey.get(key);
  }

  /** Whether `origin` makes a value certainly nil: `nil`, `T(nil)`, `(map[K]V)(nil)`. */
  isNil(expr: GoNode | undefined): boolean {
    const e = unparen(expr);
    if (e?.type === 'nil') {
      return true;
    }
    if (e?.type === 'type_conversion_expression') {
      return this.isNil(e.child('operand'));
    }
    const conversion = callee(e);
    if (e?.type === 'call_expression' && conversion?.qualifier === undefined) {
      // T(nil) where T is a map type of this package (a local T would shadow it).
      const fn = unparen(e.child('function'));
      const args = callArguments(e);
      return (
        fn !== undefined &&
        this.binding(fn) === undefined &&
        this.#ctx.index.isType(conversion?.name ?? '') &&
        args.length === 1 &&
        this.isNil(args[0])
      );
    }
    return false;
  }

  /**
   * The keys a value makes certainly nil when assigned to binding `t` (as a whole):
   * a nil map, a zero struct, a keyed literal leaving map fields out, new(S).
   */
  originsOfValue(t: Tracked, value: GoNode | 'zero', origin: GoNode): Map<string, Origin> {
    const out = new Map<string, Origin>();
    if (value === 'zero') {
      for (const p of t.paths) {
        out.set(keyFor(t, p), { node: origin, why: p.length === 0 ? 'zero-var' : 'zero-field' });
      }
      return out;
    }
    if (t.shape === 'map') {
      if (this.isNil(value)) {
        out.set(keyFor(t, []), { node: origin, why: 'nil-value' });
      }
      return out;
    }
    const literal = structLiteral(value);
    if (literal === undefined) {
      return out;
    }
    const named = literal === 'new' ? new Set<string>() : keyedFields(literal);
    if (named === undefined) {
      return out;
    }
    for (const p of t.paths) {
      if (p[0] !== undefined && !named.has(p[0])) {
        out.set(keyFor(t, p), { node: origin, why: 'zero-field' });
      }
    }
    return out;
  }

  /** Entry state: named results, and captured variables that stay nil for good. */
  entryState(): Map<string, Origin> {
    const state = new Map<string, Origin>();
    const result = this.#fn.child('result');
    if (result?.type === 'parameter_list') {
      for (const decl of result.namedChildren) {
        for (const name of decl.fieldChildren('name')) {
          const t = this.tracked(this.binding(name));
          if (t !== undefined) {
            for (const [k, o] of this.originsOfValue(t, 'zero', name)) {
              state.set(k, { ...o, why: 'named-result' });
            }
          }
        }
      }
    }
    for (const [key, origin] of this.#capturedNil()) {
      state.set(key, origin);
    }
    return state;
  }

  /** Outer-function variables used here that are nil when declared and never changed after. */
  #capturedNil(): Map<string, Origin> {
    const out = new Map<string, Origin>();
    if (this.#fn.type !== 'func_literal') {
      return out;
    }
    const seen = new Set<Binding>();
    this.#fn.walk((n) => {
      if (n.type !== 'identifier') {
        return true;
      }
      const b = this.binding(n);
      if (b === undefined || b.func === this.#fn || seen.has(b) || !this.#fn.contains(n)) {
        return true;
      }
      seen.add(b);
      const t = this.tracked(b);
      if (t === undefined || b.kind === 'param' || b.kind === 'receiver' || b.kind === 'result') {
        return true;
      }
      if (b.uses.every((u) => classifyUse(u) === 'read' || classifyUse(u) === 'field-read')) {
        const init = b.value ?? (b.decl.type === 'var_spec' ? 'zero' : undefined);
        if (init !== undefined) {
          for (const [k, o] of this.originsOfValue(t, init, b.ident)) {
            out.set(k, o);
          }
        }
      }
      return true;
    });
    return out;
  }

  #decide(b: Binding): Tracked | undefined {
    if (b.kind === 'const' || b.uses.some((u) => classifyUse(u) === 'address')) {
      return undefined;
    }
    const type = this.#ctx.typer.bindingType(b);
    if (asMap(type) !== undefined) {
      return { binding: b, shape: 'map', type, paths: [[]] };
    }
    const u = underlying(type);
    const shape = u.kind === 'pointer' ? 'pointer' : u.kind === 'struct' ? 'struct' : undefined;
    if (shape === undefined) {
      return undefined;
    }
    const paths = mapFieldPaths(u.kind === 'pointer' ? u.elem : u);
    return paths.length === 0 ? undefined : { binding: b, shape, type, paths };
  }
}

function structLiteral(value: GoNode): GoNode | 'new' | undefined {
  let v = unparen(value);
  if (v?.type === 'unary_expression' && v.hasToken('&')) {
    v = unparen(v.child('operand'));
  }
  if (v?.type === 'composite_literal') {
    return v;
  }
  if (callee(v)?.name === 'new' && callee(v)?.qualifier === undefined) {
    return 'new';
  }
  return undefined;
}

/** The field names a keyed struct literal sets; undefined for a positional literal. */
function keyedFields(literal: GoNode): Set<string> | undefined {
  const elements = literal.child('body')?.namedChildren ?? [];
  const names = new Set<string>();
  for (const el of elements) {
    if (el.type !== 'keyed_element') {
      return undefined;
    }
    const key = el.child('key')?.namedChildren[0];
    if (key?.type === 'identifier') {
      names.add(key.text);
    }
  }
  return names;
}

function keyFor(t: Tracked, path: readonly string[]): string {
  return `${t.binding.ident.start}:${t.binding.name}${path.map((p) => `.${p}`).join('')}`;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((x, i) => path[i] === x);
}

function message(ctx: DeclContext, tracker: Tracker, key: string, origin: Origin): string {
  const found = tracker.describe(key);
  const name = found === undefined ? 'map' : [found.tracked.binding.name, ...found.path].join('.');
  const line = ctx.file.position(origin.node.start).line;
  const mapType = found === undefined ? undefined : mapTypeAt(found.tracked.type, found.path);
  const why = {
    'zero-var': `declared at line ${line} with no value`,
    'nil-value': `set to nil at line ${line}`,
    'named-result':
      found === undefined || found.path.length === 0
        ? 'a named result, nil until assigned'
        : `a field of the named result ${found.tracked.binding.name}, nil until assigned`,
    'zero-field': `a field left at its zero value by line ${line}`,
    'nil-check': `inside the nil check at line ${line}`,
  }[origin.why];
  const make = mapType === undefined ? 'make(...)' : `make(${typeString(mapType)})`;
  return (
    `assignment to entry in nil map: ${name} is nil on every path here (${why}); ` +
    `this write panics at run time; initialize it first, e.g. ${name} = ${make}`
  );
}

function mapTypeAt(t: GoType, path: readonly string[]): GoType | undefined {
  let cur: GoType | undefined = t;
  for (const f of path) {
    cur = cur === undefined ? undefined : fieldType(cur, f);
  }
  return cur;
}
