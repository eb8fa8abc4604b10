import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { asMap } from './go-types.ts';
import type { Goroutine } from './goroutines.ts';
import type { DeclContext } from './rule.ts';
import type { Binding, Scopes } from './scope.ts';
import { isAssignTarget } from './uses.ts';

/**
 * Accesses to maps named by a variable or a field path (`m`, `s.m`, `s.cache.m`), for the
 * concurrency rules. Go: runtime/map.go — mapassign and mapdelete set hashWriting and throw
 * "concurrent map writes" when they find it set; mapaccess throws "concurrent map read and
 * map write", mapiternext "concurrent map iteration and map write".
 */

/** `write`: m[k] = v, m[k] op= v, m[k]++, delete, clear. `read`: m[k], len(m). `range`: for … range m. */
export type MapAccessKind = 'write' | 'read' | 'range';

/** One access to a map identified by its path. */
export interface MapAccess {
  /** What a finding points at: the index expression, the call, or the range clause. */
  readonly node: GoNode;
  readonly kind: MapAccessKind;
  /** The map expression as written. */
  readonly map: GoNode;
  /** The map's identity in this declaration: the root variable and the fields after it. */
  readonly path: string;
  /** The local variable the path starts from; undefined for a package variable. */
  readonly root: Binding | undefined;
}

/**
 * Every access in `decl` to a map whose type the package's syntax shows (never sync.Map,
 * never an unknown type). A parameter of a goroutine's literal stands for the argument the
 * go statement passed, when that argument is itself a path (`go func(m map[K]V){…}(s.m)`).
 */
export function mapAccessesIn(ctx: DeclContext, goroutines: readonly Goroutine[]): MapAccess[] {
  const paths = new PathNamer(ctx, goroutines);
  const out: MapAccess[] = [];
  ctx.decl.walk((n) => {
    const found = accessAt(ctx, n);
    const map = unparen(found?.map);
    if (found !== undefined && map !== undefined && asMap(ctx.typer.typeOf(map)) !== undefined) {
      const path = paths.pathOf(map);
      if (path !== undefined) {
        out.push({ node: n, kind: found.kind, map, path: path.key, root: path.root });
      }
    }
    return true;
  });
  return out;
}

function accessAt(
  ctx: DeclContext,
  n: GoNode,
): { map: GoNode | undefined; kind: MapAccessKind } | undefined {
  switch (n.type) {
    case 'index_expression':
      return { map: n.child('operand'), kind: isAssignTarget(n) ? 'write' : 'read' };
    case 'range_clause':
      return { map: n.child('right'), kind: 'range' };
    case 'call_expression': {
      const fn = unparen(n.child('function'));
      if (fn?.type !== 'identifier' || ctx.scopes.resolve(fn) !== undefined) {
        return undefined;
      }
      const kind = BUILTINS[fn.text];
      return kind === undefined ? undefined : { map: callArguments(n)[0], kind };
    }
    default:
      return undefined;
  }
}

const BUILTINS: Partial<Record<string, MapAccessKind>> = {
  delete: 'write',
  clear: 'write',
  len: 'read',
};

/** Names map paths; numbers local bindings so two variables with one name differ. */
class PathNamer {
  readonly #ctx: DeclContext;
  readonly #ids = new Map<Binding, number>();
  readonly #byLiteral = new Map<GoNode, Goroutine>();

  constructor(ctx: DeclContext, goroutines: readonly Goroutine[]) {
    this.#ctx = ctx;
    for (const g of goroutines) {
      this.#byLiteral.set(g.literal, g);
    }
  }

  pathOf(expr: GoNode, depth = 0): { key: string; root: Binding | undefined } | undefined {
    const e = unparen(expr);
    if (e?.type === 'selector_expression') {
      const inner = this.pathOf(e.child('operand') ?? e, depth);
      const field = e.child('field')?.text;
      return inner === undefined || field === undefined
        ? undefined
        : { key: `${inner.key}.${field}`, root: inner.root };
    }
    if (e?.type !== 'identifier') {
      return undefined;
    }
    const b = this.#ctx.scopes.resolve(e);
    if (b === undefined) {
      return this.#ctx.index.global(e.text) === undefined ? undefined : { key: e.text, root: b };
    }
    const arg = depth < 4 ? this.#argumentFor(b) : undefined;
    if (arg !== undefined) {
      return this.pathOf(arg, depth + 1);
    }
    let id = this.#ids.get(b);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(b, id);
    }
    return { key: `#${id}`, root: b };
  }

  /** The argument a go statement passed for a parameter of its literal. */
  #argumentFor(b: Binding): GoNode | undefined {
    const g = b.kind === 'param' ? this.#byLiteral.get(b.func) : undefined;
    if (g?.via !== 'go' || b.decl.type !== 'parameter_declaration') {
      return undefined;
    }
    const names = (g.literal.child('parameters')?.namedChildren ?? []).flatMap((p) =>
      p.type === 'parameter_declaration' ? p.fieldChildren('name') : [p],
    );
    const i = names.indexOf(b.ident);
    return i < 0 ? undefined : callArguments(g.call)[i];
  }
}

const LOCK = new Set(['Lock', 'RLock', 'lock', 'rlock']);
const UNLOCK = new Set(['Unlock', 'RUnlock', 'unlock', 'runlock']);

/**
 * Whether `node` runs with a lock held: after `X.Lock()` or `X.RLock()` in its block or an
 * enclosing one (inside `boundary`), with no `X.Unlock()` in between; `defer X.Unlock()`
 * keeps the lock to the end. Any zero-argument Lock/RLock method counts: the types are
 * often not visible to syntax (a field of another package's type, an embedded mutex), and
 * a method called Lock that is not a lock is rare enough. A channel of capacity 1 used as a
 * lock (`sem <- struct{}{}` … `<-sem` in the same block) counts too, and so does the
 * function of `once.Do`.
 */
export function lockHeld(node: GoNode, boundary: GoNode, scopes: Scopes): boolean {
  let cur = node;
  for (let p = cur.parent; p !== undefined && cur !== boundary; cur = p, p = p.parent) {
    if (cur.type === 'func_literal' && isOnceBody(cur)) {
      return true;
    }
    if (p.type !== 'statement_list') {
      continue;
    }
    const siblings = p.namedChildren;
    const at = siblings.indexOf(cur);
    for (let i = at - 1; i >= 0; i--) {
      const event = lockEvent(siblings[i]);
      if (event !== undefined) {
        return event;
      }
      if (channelLock(siblings[i], siblings.slice(at + 1), scopes)) {
        return true;
      }
    }
  }
  return false;
}

/** `ch <- v` on a channel made with capacity 1, received from again by a later statement. */
function channelLock(stmt: GoNode | undefined, later: readonly GoNode[], scopes: Scopes): boolean {
  const ch = stmt?.type === 'send_statement' ? unparen(stmt.child('channel')) : undefined;
  const b = ch?.type === 'identifier' ? scopes.resolve(ch) : undefined;
  const made = unparen(b?.value);
  const capacity = made === undefined ? undefined : callArguments(made)[1];
  if (ch === undefined || callee(made)?.name !== 'make' || capacity?.text !== '1') {
    return false;
  }
  return later.some((s) => {
    const e = s.type === 'expression_statement' ? unparen(s.namedChildren[0]) : undefined;
    return (
      e?.type === 'unary_expression' && e.hasToken('<-') && e.child('operand')?.text === ch.text
    );
  });
}

/**
 * The function of `once.Do(func() {…})`: sync.Once runs it once, and every other Do call
 * returns only after it has (Go: sync/once.go doSlow holds o.m while f runs).
 */
function isOnceBody(literal: GoNode): boolean {
  const call = literal.parent?.type === 'argument_list' ? literal.parent.parent : undefined;
  const c = callee(call);
  return c?.name === 'Do' && c.qualifier !== undefined;
}

/** True for `X.Lock()`, false for `X.Unlock()`, undefined for any other statement. */
function lockEvent(stmt: GoNode | undefined): boolean | undefined {
  const call = stmt?.type === 'expression_statement' ? stmt.namedChildren[0] : undefined;
  const c = callee(call);
  if (c?.qualifier === undefined || call === undefined || callArguments(call).length > 0) {
    return undefined;
  }
  if (LOCK.has(c.name)) {
    return true;
  }
  return UNLOCK.has(c.name) ? false : undefined;
}
