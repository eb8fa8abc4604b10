import { callee, unparen } from '@mapscope/go-syntax';
import type { EffectiveGoVersion, GoNode } from '@mapscope/go-syntax';
import { asMap, isSyncMap, underlying } from '../go-types.ts';
import { perIteration } from '../loop-semantics.ts';
import type { Candidates, DeclContext, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { nearestBreakable } from '../statements-after.ts';
import { versionPhrase } from '../version-phrase.ts';

/**
 * MH004 loopvar-address-in-map: `&v` of a loop variable stored in a map, in a file whose
 * effective Go version is before go1.22. Until go1.22 a `for`/`range` clause's `:=`
 * variables are one variable for the whole loop (Go spec, "For statements" before go1.22;
 * go.dev/issue/60078), so every stored pointer aliases it and ends up seeing its last value.
 * Flagged: `m[k] = &v`, `&v.f` through struct values, `&arr[i]` of an array variable,
 * `&v` inside a literal or append stored in a map, map literals, `m[&v] = x`, sync.Map
 * stores, and one step through a local (`p := &v; m[k] = p`); and beyond maps, `&v`
 * appended to a slice declared outside the loop (`out = append(out, &v)`, gosec's G601),
 * which outlives the iteration the same way. Not flagged: go1.22+, a
 * `v := v` copy, `&v.f` through a pointer, and a store followed by break or return.
 */
export const loopvarAddressInMap: Rule = {
  id: 'MH004',
  // An address taken (`&v`, `&v.f`, `&(v)`) inside a for statement.
  mayConcern: (source) => /&\s*[\w(]/.test(source) && /\bfor\b/.test(source),
  wants: (c: Candidates, version: EffectiveGoVersion) =>
    c.has('addr-in-loop') &&
    (c.has('write') || c.has('maplit') || c.has('syncstore') || c.has('appendaddr')) &&
    !perIteration(version),
  check(ctx: DeclContext): void {
    ctx.decl.walk((n) => {
      if (n.type === 'unary_expression' && n.hasToken('&')) {
        checkAddress(ctx, n);
      }
      return true;
    });
  },
};

/** Where an address ends up: stored in a map, or kept in a local to follow one more step. */
type Flow =
  | { readonly kind: 'store'; readonly at: GoNode; readonly map: string }
  | { readonly kind: 'alias'; readonly binding: Binding; readonly at: GoNode };

function checkAddress(ctx: DeclContext, addr: GoNode): void {
  const loopVar = aliasedLoopVar(ctx, addr.child('operand'));
  const body = loopVar?.loop?.child('body');
  if (loopVar === undefined || !body?.contains(addr)) {
    return;
  }
  let flow = appendedOutside(ctx, addr, body) ?? flowOf(ctx, addr);
  if (flow?.kind === 'alias') {
    const aliasFlow = flow;
    flow = aliasFlow.binding.uses
      .filter((u) => u.start > aliasFlow.at.start && body.contains(u))
      .map((u) => flowOf(ctx, u))
      .find((f) => f?.kind === 'store');
  }
  if (flow?.kind !== 'store' || endsLoop(flow.at, loopVar.loop)) {
    return;
  }
  const name = loopVar.name;
  ctx.report(
    'MH004',
    addr,
    `address of loop variable ${name} stored in ${flow.map}: before Go 1.22 every iteration ` +
      `shares one ${name}, so each stored pointer ends up seeing its last value ` +
      `(${versionPhrase(ctx.version)}); copy it first (${name} := ${name}) or build with go 1.22 loop semantics`,
  );
}

/**
 * The loop variable whose storage `&expr` points into: `&v`, `&v.f` through struct values,
 * `&v[i]` of an array value. Through a pointer the storage is elsewhere.
 */
function aliasedLoopVar(ctx: DeclContext, expr: GoNode | undefined): Binding | undefined {
  const e = unparen(expr);
  if (e === undefined) {
    return undefined;
  }
  if (e.type === 'identifier') {
    const b = ctx.scopes.resolve(e);
    return b?.loop === undefined ? undefined : b;
  }
  if (e.type === 'selector_expression' || e.type === 'index_expression') {
    const operand = e.child('operand');
    const kind = underlying(ctx.typer.typeOf(operand)).kind;
    const holdsStorage = e.type === 'selector_expression' ? kind === 'struct' : kind === 'array';
    return holdsStorage ? aliasedLoopVar(ctx, operand) : undefined;
  }
  return undefined;
}

/** Follows a value up through literals, parentheses and append to where it is stored. */
function flowOf(ctx: DeclContext, start: GoNode): Flow | undefined {
  let cur = start;
  for (let p = cur.parent; p !== undefined; cur = p, p = p.parent) {
    switch (p.type) {
      case 'parenthesized_expression':
      case 'literal_element':
      case 'keyed_element':
      case 'literal_value':
        continue;
      case 'unary_expression':
        if (p.hasToken('&')) {
          continue;
        }
        return undefined;
      case 'composite_literal':
        if (asMap(ctx.typer.typeFromSyntax(p.child('type'))) !== undefined) {
          return { kind: 'store', at: p, map: 'a map literal' };
        }
        continue;
      case 'argument_list':
        return callFlow(ctx, p.parent);
      case 'expression_list':
        return assignmentFlow(ctx, p, cur);
      case 'index_expression':
        return cur.field === 'index' ? mapWrite(ctx, p) : undefined;
      default:
        return undefined;
    }
  }
  return undefined;
}

function callFlow(ctx: DeclContext, call: GoNode | undefined): Flow | undefined {
  const called = callee(call);
  if (call === undefined || called === undefined) {
    return undefined;
  }
  const receiver = called.qualifier;
  if (receiver === undefined) {
    const fn = unparen(call.child('function'));
    const builtin = fn !== undefined && ctx.scopes.resolve(fn) === undefined;
    return called.name === 'append' && builtin ? flowOf(ctx, call) : undefined;
  }
  if (
    /^(Store|LoadOrStore|Swap|CompareAndSwap)$/.test(called.name) &&
    isSyncMap(ctx.typer.typeOf(receiver))
  ) {
    return { kind: 'store', at: call, map: `sync.Map ${receiver.text}` };
  }
  return undefined;
}

function assignmentFlow(ctx: DeclContext, list: GoNode, value: GoNode): Flow | undefined {
  const stmt = list.parent;
  if (list.field !== 'right' || stmt === undefined) {
    return undefined;
  }
  const i = list.namedChildren.indexOf(value);
  const target = unparen(stmt.child('left')?.namedChildren[i]);
  if (stmt.type === 'assignment_statement' && target?.type === 'index_expression') {
    return stmt.child('operator')?.type === '=' ? mapWrite(ctx, target) : undefined;
  }
  if (
    target?.type === 'identifier' &&
    (stmt.type === 'short_var_declaration' || stmt.type === 'assignment_statement')
  ) {
    const b = ctx.scopes.resolve(target);
    return b === undefined ? undefined : { kind: 'alias', binding: b, at: stmt };
  }
  return undefined;
}

/**
 * `s = append(s, &v)` (or `x.s = append(x.s, &v)`) with `s` declared outside the loop body:
 * the slice keeps the address past the iteration.
 */
function appendedOutside(ctx: DeclContext, addr: GoNode, body: GoNode): Flow | undefined {
  const args = addr.parent?.type === 'argument_list' ? addr.parent : undefined;
  const call = args?.parent;
  const fn = call?.type === 'call_expression' ? unparen(call.child('function')) : undefined;
  if (fn?.type !== 'identifier' || fn.text !== 'append' || ctx.scopes.resolve(fn) !== undefined) {
    return undefined;
  }
  const list = call?.parent;
  const stmt = list?.parent;
  if (list?.field !== 'right' || stmt?.type !== 'assignment_statement' || call === undefined) {
    return undefined;
  }
  const target = unparen(stmt.child('left')?.namedChildren[list.namedChildren.indexOf(call)]);
  if (target?.type !== 'identifier' && target?.type !== 'selector_expression') {
    return undefined; // m[k] = append(m[k], &v) is a map store, followed as one
  }
  let root: GoNode | undefined = target;
  while (root?.type === 'selector_expression') {
    root = unparen(root.child('operand'));
  }
  const b = root?.type === 'identifier' ? ctx.scopes.resolve(root) : undefined;
  const outside = b === undefined ? root !== undefined : !body.contains(b.ident);
  return outside ? { kind: 'store', at: call, map: `slice ${target.text}` } : undefined;
}

/** `m[k]` as an assignment target on a map: a store. */
function mapWrite(ctx: DeclContext, index: GoNode): Flow | undefined {
  const operand = index.child('operand');
  const list = index.parent;
  const isTarget = list?.field === 'left' && list.parent?.type === 'assignment_statement';
  if (!isTarget || asMap(ctx.typer.typeOf(operand)) === undefined) {
    return undefined;
  }
  return { kind: 'store', at: index, map: `map ${operand?.text ?? ''}` };
}

/**
 * True when the statement holding the store is followed, in its block, by a return or by
 * a break that leaves `loop`: the variable is never advanced after the store.
 */
function endsLoop(store: GoNode, loop: GoNode | undefined): boolean {
  let stmt = store;
  while (stmt.parent !== undefined && stmt.parent.type !== 'statement_list') {
    stmt = stmt.parent;
  }
  const list = stmt.parent;
  if (list === undefined || loop === undefined) {
    return false;
  }
  const label =
    loop.parent?.type === 'labeled_statement' ? loop.parent.child('label')?.text : undefined;
  const later = list.namedChildren.slice(list.namedChildren.indexOf(stmt) + 1);
  return later.some((s) => {
    if (s.type === 'return_statement') {
      return true;
    }
    if (s.type !== 'break_statement') {
      return false;
    }
    const target = s.namedChildren[0]?.text;
    return target === undefined ? nearestBreakable(list) === loop : target === label;
  });
}
