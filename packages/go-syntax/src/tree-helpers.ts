import type { GoNode } from './go-node.ts';

const FUNCTION_TYPES = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/** Whether a node is a function: a declaration, a method, or a function literal. */
export function isFunction(node: GoNode): boolean {
  return FUNCTION_TYPES.has(node.type);
}

/** Every function at or under `node` (nested literals included), outermost first. */
export function functionsIn(node: GoNode): GoNode[] {
  const out: GoNode[] = [];
  node.walk((n) => {
    if (isFunction(n)) {
      out.push(n);
    }
    return true;
  });
  return out;
}

/** An expression without its redundant parentheses: `((m))` → `m`. */
export function unparen(node: GoNode | undefined): GoNode | undefined {
  let n = node;
  while (n?.type === 'parenthesized_expression') {
    n = n.namedChildren[0];
  }
  return n;
}

/** What a call calls: `f(…)` → name f; `pkg.F(…)` or `x.M(…)` → name F/M with its qualifier. */
export interface Callee {
  readonly name: string;
  /** The expression before the dot, for `pkg.F` and method calls. */
  readonly qualifier: GoNode | undefined;
}

/** The callee of a call_expression, when it is a name or a selector. */
export function callee(call: GoNode | undefined): Callee | undefined {
  if (call?.type !== 'call_expression') {
    return undefined;
  }
  const fn = unparen(call.child('function'));
  if (fn?.type === 'identifier') {
    return { name: fn.text, qualifier: undefined };
  }
  if (fn?.type === 'selector_expression') {
    return { name: fn.child('field')?.text ?? '', qualifier: fn.child('operand') };
  }
  return undefined;
}

/** A call's arguments, in order. */
export function callArguments(call: GoNode): readonly GoNode[] {
  return call.child('arguments')?.namedChildren ?? [];
}
