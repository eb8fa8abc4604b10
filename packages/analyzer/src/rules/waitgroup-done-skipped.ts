import { callee, isFunction } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import type { DeclContext } from '../rule.ts';
import { firstFailure } from '../test-failure.ts';
import { goFuncLiteral, goMethodHint, sameExpr, shown, walkOwnBody } from './wait-group.ts';
import type { WaitGroupCall } from './wait-group.ts';

/**
 * MH012, skipped Done: a plain (not deferred) `wg.Done()` among the top-level statements
 * of a goroutine's body, with a `return` before it on which no Done has run. That return
 * leaves the goroutine without decrementing the counter, so `wg.Wait()` never returns.
 * "The goroutine" is the function literal of a `go` statement, or a function whose own
 * `*sync.WaitGroup` parameter it calls Done on (a worker started with `go worker(&wg)`).
 * Not flagged: `defer wg.Done()`; a return after which nothing is owed; a return with any
 * Done call (on any WaitGroup, or a deferred one) before it in the body; returns inside
 * nested function literals.
 */
export function checkDoneSkipped(ctx: DeclContext, done: WaitGroupCall): void {
  const stmt = done.call.parent;
  const body = stmt?.parent?.parent;
  const fn = body?.parent;
  if (
    done.method !== 'Done' ||
    stmt?.type !== 'expression_statement' ||
    body?.type !== 'block' ||
    body.field !== 'body' ||
    fn === undefined ||
    !isFunction(fn)
  ) {
    return;
  }
  if (!owesDone(ctx, fn, done)) {
    checkOwnAddSkipped(ctx, body, done);
    return;
  }
  const skipping = firstSkippingReturn(body, done, (r) => afterFailure(ctx, r));
  if (skipping === undefined) {
    checkRecoveredPanic(ctx, body, done);
    return;
  }
  const wg = shown(done.receiver);
  const line = ctx.file.position(skipping.start).line;
  ctx.report(
    'MH012',
    done.call,
    `${wg}.Done() is not deferred and the return at line ${line} skips it: the goroutine ` +
      `ends without decrementing ${wg}, so ${wg}.Wait() blocks forever ("fatal error: all ` +
      `goroutines are asleep - deadlock!" when nothing else can run, a hung or leaked ` +
      `goroutine otherwise); write defer ${wg}.Done() at the top of the goroutine` +
      goMethodHint(ctx.version, wg),
  );
}

/**
 * `defer func() { recover() … }()` at the top of the goroutine, then work, then a plain
 * `wg.Done()`: a panic in that work is recovered, the goroutine ends normally, and the Done
 * never runs, so `wg.Wait()` blocks forever (without the recover the panic would have
 * crashed the program instead). Reported at the Done, naming the first call that may panic.
 */
function checkRecoveredPanic(ctx: DeclContext, body: GoNode, done: WaitGroupCall): void {
  const list = body.namedChildren.find((c) => c.type === 'statement_list');
  const stmts = list?.namedChildren ?? [];
  const recovering = stmts.find((st) => st.start < done.call.start && recovers(st));
  if (recovering === undefined) {
    return;
  }
  let risky: GoNode | undefined;
  walkOwnBody(body, (n) => {
    if (
      risky === undefined &&
      n.type === 'call_expression' &&
      n.start > recovering.end &&
      n.start < done.call.start &&
      !SAFE_BUILTINS.has(callee(n)?.name ?? '')
    ) {
      risky = n;
    }
  });
  if (risky === undefined) {
    return;
  }
  const wg = shown(done.receiver);
  const line = (n: GoNode): number => ctx.file.position(n.start).line;
  const call = risky.text.length > 40 ? `${risky.text.slice(0, 37)}...` : risky.text;
  ctx.report(
    'MH012',
    done.call,
    `${wg}.Done() is not deferred, and a panic in ${call} (line ${String(line(risky))}) is ` +
      `recovered by the deferred function at line ${String(line(recovering))}: the goroutine ` +
      `then ends normally without decrementing ${wg}, so ${wg}.Wait() blocks forever; write ` +
      `defer ${wg}.Done() at the top of the goroutine` +
      goMethodHint(ctx.version, wg),
  );
}

/** Calls that cannot panic on their own (a conversion or these built-ins). */
const SAFE_BUILTINS = new Set(['len', 'cap', 'append', 'make', 'new', 'min', 'max', 'recover']);

/** `defer func() { … recover() … }()`. */
function recovers(stmt: GoNode): boolean {
  if (stmt.type !== 'defer_statement') {
    return false;
  }
  let found = false;
  stmt.walk((n) => {
    found ||= n.type === 'call_expression' && callee(n)?.name === 'recover';
    return !found;
  });
  return found;
}

/**
 * A function that itself calls `wg.Add(n)` and, later, a plain `wg.Done()` (a count for work
 * done on the spot): a return between the two leaves the count up, so whoever waits on `wg`
 * waits forever. Reported at that return.
 */
function checkOwnAddSkipped(ctx: DeclContext, body: GoNode, done: WaitGroupCall): void {
  const seen: { add?: GoNode; settled: boolean; skipping?: GoNode } = { settled: false };
  walkOwnBody(body, (n) => {
    if (n.type !== 'call_expression' || n.start >= done.call.start || n === done.call) {
      return;
    }
    const c = callee(n);
    const q = c?.qualifier;
    if (q !== undefined && sameExpr(q, done.receiver)) {
      if (c?.name === 'Add' && seen.add === undefined) {
        seen.add = n;
      } else if (seen.add !== undefined) {
        seen.settled = true; // another Done, or the WaitGroup handed on: not this simple shape
      }
    }
  });
  const addAt = seen.add;
  if (addAt === undefined || seen.settled || isDeferred(done.call) || localTo(ctx, done, body)) {
    return;
  }
  walkOwnBody(body, (n) => {
    if (
      seen.skipping === undefined &&
      n.type === 'return_statement' &&
      n.start > addAt.start &&
      n.start < done.call.start
    ) {
      seen.skipping = n;
    }
  });
  const skipping = seen.skipping;
  if (skipping === undefined) {
    return;
  }
  const wg = shown(done.receiver);
  const line = (n: GoNode): number => ctx.file.position(n.start).line;
  ctx.report(
    'MH012',
    skipping,
    `this return skips ${wg}.Done() (line ${String(line(done.call))}) after ${wg}.Add at line ` +
      `${String(line(addAt))}: the count stays up, so ${wg}.Wait() blocks forever ("fatal ` +
      `error: all goroutines are asleep - deadlock!" when nothing else can run, a hang ` +
      `otherwise); defer ${wg}.Done() right after the Add`,
  );
}

/**
 * A WaitGroup declared in the function itself: whoever waits on it is a closure made here
 * (a lazily built value's readers, encoding/json's typeEncoder); when the function returns
 * early that closure is dropped, and nobody waits.
 */
function localTo(ctx: DeclContext, done: WaitGroupCall, body: GoNode): boolean {
  const b = done.receiver.type === 'identifier' ? ctx.scopes.resolve(done.receiver) : undefined;
  return b?.kind === 'var' && body.contains(b.ident);
}

function isDeferred(call: GoNode): boolean {
  return call.parent?.type === 'defer_statement';
}

/** Whether `fn` is the goroutine the Done is for: a `go func(){…}()`, or a worker's parameter. */
function owesDone(ctx: DeclContext, fn: GoNode, done: WaitGroupCall): boolean {
  const goStmt = fn.type === 'func_literal' ? fn.ancestor('go_statement') : undefined;
  if (goStmt !== undefined && goFuncLiteral(goStmt) === fn) {
    return true;
  }
  const b = done.receiver.type === 'identifier' ? ctx.scopes.resolve(done.receiver) : undefined;
  return b?.kind === 'param' && b.func === fn && done.pointer;
}

/**
 * The first return before the Done with nothing before it in the body that could settle the
 * count another way: a Done call on any WaitGroup (deferred ones included), or any other
 * mention of this WaitGroup (handed to a helper, Added to).
 */
function firstSkippingReturn(
  body: GoNode,
  done: WaitGroupCall,
  failed: (ret: GoNode) => boolean,
): GoNode | undefined {
  let firstDone = done.call.start;
  body.walk((n) => {
    const settles =
      callee(n)?.name === 'Done' ||
      (n.type === done.receiver.type && n !== done.receiver && sameExpr(n, done.receiver));
    if (n.start < firstDone && settles) {
      firstDone = n.start;
    }
    return n.start < firstDone;
  });
  let found: GoNode | undefined;
  walkOwnBody(body, (n) => {
    if (found === undefined && n.type === 'return_statement' && n.start < firstDone && !failed(n)) {
      found = n;
    }
  });
  return found;
}

/**
 * A return right after a call that fails the test in its block (`t.Errorf(…); return`): the
 * Wait it leaves hanging belongs to a run that has failed already.
 */
function afterFailure(ctx: DeclContext, ret: GoNode): boolean {
  const list = ret.parent;
  return list?.type === 'statement_list' && firstFailure(list, ctx.scopes, ctx.typer) < ret.start;
}
