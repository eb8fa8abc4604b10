import type { GoNode } from '@mapscope/go-syntax';

/** How an identifier is used: read, assigned, address taken, method called, field used. */
export type UseKind = 'read' | 'assign' | 'address' | 'method' | 'field-read' | 'field-assign';

/** Classifies one use of a variable. */
export function classifyUse(ident: GoNode): UseKind {
  const parent = ident.parent;
  if (parent === undefined) {
    return 'read';
  }
  if (parent.type === 'unary_expression' && parent.hasToken('&')) {
    return 'address';
  }
  if (parent.type === 'selector_expression' && ident.field === 'operand') {
    if (parent.field === 'function' && parent.parent?.type === 'call_expression') {
      return 'method';
    }
    const whole = outermostSelector(parent);
    if (whole.parent?.type === 'unary_expression' && whole.parent.hasToken('&')) {
      return 'address';
    }
    return isAssignTarget(whole) ? 'field-assign' : 'field-read';
  }
  return isAssignTarget(ident) ? 'assign' : 'read';
}

function outermostSelector(n: GoNode): GoNode {
  let cur = n;
  while (cur.parent?.type === 'selector_expression' && cur.field === 'operand') {
    cur = cur.parent;
  }
  return cur;
}

/** Whether `node` is assigned to: left of `=`, `op=`, `:=` (re-assignment), `++`, range `=`. */
export function isAssignTarget(node: GoNode): boolean {
  const p = node.parent;
  if (p === undefined) {
    return false;
  }
  if (p.type === 'inc_statement' || p.type === 'dec_statement') {
    return true;
  }
  if (p.type !== 'expression_list' || p.field !== 'left') {
    return false;
  }
  const stmt = p.parent;
  return (
    stmt?.type === 'assignment_statement' ||
    stmt?.type === 'short_var_declaration' ||
    stmt?.type === 'range_clause' ||
    stmt?.type === 'receive_statement'
  );
}
