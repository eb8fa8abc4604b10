import { isFunction } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';

/**
 * The statements that may run after `stmt` in the same call of its function, up to the
 * end of block `until` (an enclosing block, or the function's body): the rest of each
 * enclosing statement list, and the whole body of each loop left on the way up (it may run
 * again). A `return`, `goto` or `panic(…)` ends the search: it is included, what follows
 * it is not. Other branches of an if or switch are not reached from inside one of them.
 * Over-approximates around `break` and `continue`, which it does not follow.
 */
export function statementsAfter(stmt: GoNode, until: GoNode): GoNode[] {
  const out: GoNode[] = [];
  let cur = stmt;
  for (let p = cur.parent; p !== undefined && cur !== until; cur = p, p = p.parent) {
    if (isFunction(p)) {
      break;
    }
    if (p.type === 'statement_list') {
      const siblings = p.namedChildren;
      for (const s of siblings.slice(siblings.indexOf(cur) + 1)) {
        out.push(s);
        if (terminates(s)) {
          return out;
        }
      }
    } else if (p.type === 'for_statement' && cur.field === 'body') {
      out.push(cur);
    }
  }
  return out;
}

/**
 * Whether `later` may run after statement `stmt` in the same call, up to the end of `until`
 * (as `statementsAfter` reaches it): not when `stmt` itself ends the function, nor past a
 * statement `leaves` says ends the stretch (a `continue` of the loop whose pass it is).
 */
export function mayRunAfter(
  stmt: GoNode,
  later: GoNode,
  until: GoNode,
  leaves: (s: GoNode) => boolean = () => false,
): boolean {
  if (terminates(stmt)) {
    return false;
  }
  for (const s of statementsAfter(stmt, until)) {
    if (s.contains(later)) {
      return true;
    }
    if (leaves(s)) {
      return false;
    }
  }
  return false;
}

/** `return`, `goto`, or a statement calling the builtin panic: nothing after it runs. */
export function terminates(s: GoNode): boolean {
  if (s.type === 'return_statement' || s.type === 'goto_statement') {
    return true;
  }
  const call = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
  const fn = call?.type === 'call_expression' ? call.child('function') : undefined;
  return fn?.type === 'identifier' && fn.text === 'panic';
}

/** The function (declaration or literal) whose body holds `node`. */
export function enclosingFunction(node: GoNode): GoNode | undefined {
  return node.ancestor('function_declaration', 'method_declaration', 'func_literal');
}

/** The statement a plain `break` at `node` leaves: the innermost for, switch or select. */
export function nearestBreakable(node: GoNode): GoNode | undefined {
  return node.ancestor(
    'for_statement',
    'expression_switch_statement',
    'type_switch_statement',
    'select_statement',
  );
}
