import { callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import type { Binding, Scopes } from './scope.ts';
import { terminates } from './statements-after.ts';

/**
 * Whether the local `b`, handed to the go statement `stmt` (`go pool.runReorg(…, queued)`),
 * is next touched by the spawner only to be replaced with a fresh value or nil in the same
 * block (`queued = make(…)`, `reset, dirty = nil, nil`): what the goroutine got is no longer
 * the spawner's.
 */
export function handedOver(b: Binding, stmt: GoNode, scopes: Scopes): boolean {
  const list = stmt.parent;
  if (b.kind !== 'var' || list?.type !== 'statement_list') {
    return false;
  }
  const siblings = list.namedChildren;
  for (const s of siblings.slice(siblings.indexOf(stmt) + 1)) {
    if (s.type === 'assignment_statement' && s.hasToken('=')) {
      const left = s.child('left')?.namedChildren ?? [];
      const right = s.child('right')?.namedChildren ?? [];
      const i = left.findIndex((l) => l.type === 'identifier' && scopes.resolve(l) === b);
      const value = right[i];
      if (
        i >= 0 &&
        left.length === right.length &&
        value !== undefined &&
        (isFresh(value) || unparen(value)?.type === 'nil') &&
        !b.uses.some((u) => value.contains(u))
      ) {
        return true;
      }
    }
    if (b.uses.some((u) => s.contains(u)) || terminates(s)) {
      return false;
    }
  }
  return false;
}

/** A value made on the spot: a composite literal, make, new, or the address of one. */
export function isFresh(value: GoNode): boolean {
  const v = unparen(value);
  if (v?.type === 'composite_literal') {
    return true;
  }
  if (v?.type === 'unary_expression' && v.hasToken('&')) {
    return unparen(v.child('operand'))?.type === 'composite_literal';
  }
  const c = callee(v);
  return (
    v?.type === 'call_expression' &&
    c?.qualifier === undefined &&
    (c?.name === 'make' || c?.name === 'new')
  );
}
