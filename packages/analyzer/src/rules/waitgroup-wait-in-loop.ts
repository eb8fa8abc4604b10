import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import type { DeclContext } from '../rule.ts';
import { sameExpr, shown, startsGoroutines, waitGroupStatement } from './wait-group.ts';
import type { WaitGroupCall } from './wait-group.ts';

/**
 * MH012, Wait inside the spawning loop after an up-front Add (trailofbits
 * `waitgroup-wait-inside-loop`, narrowed to what is certain): `wg.Add(n)` right before a
 * loop that runs n times, starts one goroutine per iteration and calls `wg.Wait()`
 * unconditionally in its body. The first Wait needs n Done calls while one goroutine
 * exists, so once n ≥ 2 it never returns.
 * Not flagged: a Wait in a loop with an Add inside the loop (that only serializes the
 * goroutines, often on purpose: the parent works beside each one), a conditional Wait
 * (batching), a loop whose count does not match the Add, several goroutines per iteration,
 * and goroutines or Done calls of that WaitGroup between the Add and the loop.
 */
export function checkWaitInLoop(ctx: DeclContext, wait: WaitGroupCall): void {
  const stmt = wait.call.parent;
  const body = stmt?.parent?.parent;
  const loop = body?.parent;
  if (
    wait.method !== 'Wait' ||
    stmt?.type !== 'expression_statement' ||
    body?.field !== 'body' ||
    loop?.type !== 'for_statement' ||
    !oneGoroutinePerIteration(body)
  ) {
    return;
  }
  const wg = wait.receiver;
  if (callsOn(body, wg, (name, inGo) => name === 'Add' || (name === 'Done' && !inGo))) {
    return;
  }
  const add = upfrontAdd(ctx, loop, wg);
  const count = add === undefined ? undefined : callArguments(add.call)[0];
  if (count === undefined || !countsIterations(loop, count) || literalBelowTwo(count)) {
    return;
  }
  const w = shown(wg);
  const n = shown(count);
  const line = ctx.file.position(add?.call.start ?? 0).line;
  ctx.report(
    'MH012',
    wait.call,
    `${w}.Wait() inside the loop that starts the goroutines, after ${w}.Add(${n}) for all of ` +
      `them at line ${line}: the first iteration's Wait waits for ${n} Done calls while at most ` +
      `one goroutine has been started, so it never returns once the loop runs twice or more ` +
      `("fatal error: all goroutines are asleep - deadlock!" when nothing else can run); move ` +
      `${w}.Wait() after the loop`,
  );
}

/** Exactly one go statement in the loop body, outside inner loops and function literals. */
function oneGoroutinePerIteration(body: GoNode): boolean {
  const gos: GoNode[] = [];
  body.walk((n) => {
    if (n.type === 'go_statement') {
      gos.push(n);
    }
    return true;
  });
  const only = gos.length === 1 ? gos[0] : undefined;
  return only?.ancestor('for_statement', 'func_literal') === body.parent;
}

/** Whether some call `wg.M(…)` under `root` satisfies `test` (`inGo`: inside a go statement). */
function callsOn(
  root: GoNode,
  wg: GoNode,
  test: (method: string, inGo: boolean) => boolean,
): boolean {
  let found = false;
  root.walk((n) => {
    const c = callee(n);
    const q = unparen(c?.qualifier);
    if (c !== undefined && q !== undefined && sameExpr(q, wg)) {
      found ||= test(c.name, n.ancestor('go_statement') !== undefined);
    }
    return !found;
  });
  return found;
}

/**
 * The nearest `wg.Add(n)` statement before the loop in the same block, with nothing in
 * between that starts goroutines or touches `wg`.
 */
function upfrontAdd(ctx: DeclContext, loop: GoNode, wg: GoNode): WaitGroupCall | undefined {
  const at = loop.parent?.type === 'labeled_statement' ? loop.parent : loop;
  const siblings = at.parent?.type === 'statement_list' ? at.parent.namedChildren : [];
  for (let i = siblings.indexOf(at) - 1; i >= 0; i--) {
    const s = siblings[i];
    if (s === undefined) {
      break;
    }
    const add = waitGroupStatement(ctx, s);
    if (add?.method === 'Add' && sameExpr(add.receiver, wg)) {
      return add;
    }
    if (startsGoroutines(s) || callsOn(s, wg, () => true)) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Whether the loop runs `count` times: `range x` with `len(x)`, `range n` with `n`, or
 * `i := 0; i < count; i++`.
 */
function countsIterations(loop: GoNode, count: GoNode): boolean {
  const range = loop.namedChildren.find((c) => c.type === 'range_clause');
  const right = range?.child('right');
  if (right !== undefined) {
    return sameExpr(right, count) || isLenOf(count, right);
  }
  const clause = loop.namedChildren.find((c) => c.type === 'for_clause');
  const init = clause?.child('initializer');
  const cond = unparen(clause?.child('condition'));
  const update = clause?.child('update');
  const i = init?.type === 'short_var_declaration' ? init.child('left')?.namedChildren : undefined;
  const from = init?.child('right')?.namedChildren;
  return (
    i?.length === 1 &&
    from?.length === 1 &&
    from[0]?.text === '0' &&
    cond?.type === 'binary_expression' &&
    cond.child('operator')?.type === '<' &&
    cond.child('left')?.text === i[0]?.text &&
    sameExpr(cond.child('right') ?? cond, count) &&
    update?.type === 'inc_statement' &&
    update.namedChildren[0]?.text === i[0]?.text
  );
}

function isLenOf(call: GoNode, x: GoNode): boolean {
  const args = callArguments(call);
  return (
    callee(call)?.name === 'len' &&
    args.length === 1 &&
    args[0] !== undefined &&
    sameExpr(args[0], x)
  );
}

/** An integer literal count below 2: one goroutine is all the first Wait needs. */
function literalBelowTwo(count: GoNode): boolean {
  return count.type === 'int_literal' && Number(count.text) < 2;
}
