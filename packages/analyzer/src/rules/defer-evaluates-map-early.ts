import { callArguments, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { asMap } from '../go-types.ts';
import type { Candidates, DeclContext, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { enclosingFunction, statementsAfter } from '../statements-after.ts';
import { classifyUse, isAssignTarget } from '../uses.ts';

/**
 * MH008 defer-evaluates-map-early: a deferred call's arguments are evaluated when the defer
 * statement runs, not when the function returns (Go spec, "Defer statements"; vet's
 * `defers` pass flags the same for time.Since). Flagged: an argument that reads a local map
 * (`m[k]`, `len(m)`) when the same map is written later in the function (`m[k] = …`,
 * `delete`, `clear`, or a new value for m), and an argument that is the map variable
 * itself when m is given a new map later (in-place writes to the same map are seen at
 * return, so they do not count). For `m[k]` only a write of the same key expression counts.
 * Not flagged: reads inside a deferred closure (`defer func() { use(m[k]) }()`), writes
 * that only happen on paths that returned first, and writes inside other func literals.
 */
export const deferEvaluatesMapEarly: Rule = {
  id: 'MH008',
  mayConcern: (source) => /\bdefer\b/.test(source),
  wants: (c: Candidates) => c.has('deferargs'),
  check(ctx: DeclContext): void {
    ctx.decl.walk((n) => {
      if (n.type === 'defer_statement') {
        checkDefer(ctx, n);
      }
      return true;
    });
  },
};

/** A read of a local map in a deferred call's arguments. */
interface EarlyRead {
  /** `m[k]`, `len(m)`, or the map value `m` itself. */
  readonly kind: 'elem' | 'len' | 'map';
  readonly node: GoNode;
  readonly map: Binding;
  /** For `m[k]`: the key's text. */
  readonly key?: string;
}

/** A later write to the map; `key` is the written key's text, if there is one. */
interface Write {
  readonly kind: 'key' | 'clear' | 'reassign';
  readonly at: GoNode;
  readonly key?: string;
}

function checkDefer(ctx: DeclContext, stmt: GoNode): void {
  const call = stmt.namedChildren[0];
  if (call?.type !== 'call_expression') {
    return;
  }
  const reads = callArguments(call).flatMap((arg) => earlyReads(ctx, arg));
  const fn = enclosingFunction(stmt);
  const body = fn?.child('body');
  if (reads.length === 0 || body === undefined) {
    return;
  }
  const later = statementsAfter(stmt, body);
  for (const read of reads) {
    const write = laterWrites(ctx, read.map, later, fn).find(
      (w) => changes(w, read) && !(w.kind === 'reassign' && keepsMap(ctx, read.map, w.at, stmt)),
    );
    if (write !== undefined) {
      report(ctx, call, read, write);
    }
  }
}

/** The reads of local maps in one argument, outside func literals (those run at return). */
function earlyReads(ctx: DeclContext, arg: GoNode): EarlyRead[] {
  const out: EarlyRead[] = [];
  const whole = unparen(arg);
  const asArg = whole === undefined ? undefined : localMap(ctx, whole);
  if (whole !== undefined && asArg !== undefined) {
    out.push({ kind: 'map', node: whole, map: asArg });
  }
  arg.walk((n) => {
    if (n.type === 'index_expression') {
      const map = localMap(ctx, unparen(n.child('operand')));
      const key = unparen(n.child('index'));
      if (map !== undefined && key !== undefined) {
        out.push({ kind: 'elem', node: n, map, key: keyText(key) });
      }
    } else if (n.type === 'call_expression' && isBuiltin(ctx, n, 'len')) {
      const map = localMap(ctx, unparen(callArguments(n)[0]));
      if (map !== undefined) {
        out.push({ kind: 'len', node: n, map });
      }
    }
    return n.type !== 'func_literal';
  });
  return out;
}

/** A local variable (or parameter) of map type. */
function localMap(ctx: DeclContext, e: GoNode | undefined): Binding | undefined {
  const b = e?.type === 'identifier' ? ctx.scopes.resolve(e) : undefined;
  if (b === undefined || b.kind === 'const') {
    return undefined;
  }
  return asMap(ctx.typer.bindingType(b)) === undefined ? undefined : b;
}

function isBuiltin(ctx: DeclContext, call: GoNode, name: string): boolean {
  const fn = unparen(call.child('function'));
  return fn?.type === 'identifier' && fn.text === name && ctx.scopes.resolve(fn) === undefined;
}

function keyText(key: GoNode): string {
  return key.text.replace(/\s+/g, '');
}

/** Writes to `map` inside `later`, made by the function `fn` itself. */
function laterWrites(
  ctx: DeclContext,
  map: Binding,
  later: readonly GoNode[],
  fn: GoNode | undefined,
): Write[] {
  const out: Write[] = [];
  for (const use of map.uses) {
    if (!later.some((s) => s.contains(use)) || enclosingFunction(use) !== fn) {
      continue;
    }
    const w = writeAt(ctx, use);
    if (w !== undefined) {
      out.push(w);
    }
  }
  return out;
}

function writeAt(ctx: DeclContext, use: GoNode): Write | undefined {
  const p = use.parent;
  if (p?.type === 'index_expression' && use.field === 'operand' && isAssignTarget(p)) {
    const key = unparen(p.child('index'));
    const at = p.ancestor('assignment_statement', 'inc_statement', 'dec_statement') ?? p;
    return { kind: 'key', at, ...(key === undefined ? {} : { key: keyText(key) }) };
  }
  const call = p?.type === 'argument_list' ? p.parent : undefined;
  if (call !== undefined && p?.namedChildren[0] === use) {
    if (isBuiltin(ctx, call, 'delete')) {
      const key = unparen(callArguments(call)[1]);
      return { kind: 'key', at: call, ...(key === undefined ? {} : { key: keyText(key) }) };
    }
    if (isBuiltin(ctx, call, 'clear')) {
      return { kind: 'clear', at: call };
    }
  }
  return classifyUse(use) === 'assign' ? { kind: 'reassign', at: use } : undefined;
}

/**
 * A reassignment of `map` that does not replace the map the deferred call got: one guarded by
 * `if m == nil` that ran before the defer (m was not nil when the defer read it, and the guard
 * cannot fire again), or `m = f(…, m, …)`, which hands the map on and returns it as often as
 * not (`opts = withSerial(opts)`): neither is known to make a new map.
 */
function keepsMap(ctx: DeclContext, map: Binding, use: GoNode, deferStmt: GoNode): boolean {
  const assign = use.ancestor('assignment_statement');
  const values = assign?.child('right')?.namedChildren ?? [];
  const value = values.length === 1 ? unparen(values[0]) : undefined;
  if (
    value?.type === 'call_expression' &&
    callArguments(value).some((a) => {
      const arg = unparen(a);
      return arg?.type === 'identifier' && ctx.scopes.resolve(arg) === map;
    })
  ) {
    return true;
  }
  for (let n = use.parent; n !== undefined && n !== deferStmt.parent; n = n.parent) {
    if (n.type !== 'if_statement' || n.end > deferStmt.start) {
      continue;
    }
    const cond = unparen(n.child('condition'));
    const left = unparen(cond?.child('left'));
    if (
      cond?.type === 'binary_expression' &&
      cond.child('operator')?.type === '==' &&
      unparen(cond.child('right'))?.type === 'nil' &&
      left?.type === 'identifier' &&
      ctx.scopes.resolve(left) === map &&
      n.child('consequence')?.contains(use) === true
    ) {
      return true;
    }
  }
  return false;
}

/** Whether `w` changes what `read` would show if it were evaluated at return instead. */
function changes(w: Write, read: EarlyRead): boolean {
  switch (read.kind) {
    case 'map':
      return w.kind === 'reassign';
    case 'len':
      return true;
    case 'elem':
      return w.kind !== 'key' || w.key === read.key;
  }
}

function report(ctx: DeclContext, call: GoNode, read: EarlyRead, write: Write): void {
  const fn = short(call.child('function')?.text ?? 'the deferred function');
  const m = read.map.name;
  const line = ctx.file.position(write.at.start).line;
  const sees =
    read.kind === 'map'
      ? `${fn} gets the map ${m} holds here, but ${m} is assigned a new map at line ${line}, ` +
        `so at return the call works on the old one`
      : `${fn} will see map ${m} as it is here, before the write at line ${line} ` +
        `(${write.kind === 'reassign' ? `${m} assigned a new map` : short(write.at.text)})`;
  ctx.report(
    'MH008',
    read.node,
    `deferred call's argument ${short(read.node.text)} is evaluated when the defer statement ` +
      `runs, not at return: ${sees}; to read ${m} when the function returns, defer a ` +
      `closure: defer func() { ${short(call.text)} }()`,
  );
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
