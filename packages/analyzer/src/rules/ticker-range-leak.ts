import { unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { place } from '../diagnostic.ts';
import { underlying } from '../go-types.ts';
import type { DeclContext } from '../rule.ts';
import { enclosingFunction, nearestBreakable } from '../statements-after.ts';

/**
 * MH013, a ticker loop that Stop never ends: a goroutine's `for range t.C` (or `for x :=
 * range t.C`) over a time.Ticker's channel, with no way out of the loop, while the package
 * calls Stop on that ticker somewhere. Go: time/tick.go, Ticker.Stop "does not close the
 * channel, to prevent a concurrent goroutine reading from the channel from seeing an
 * erroneous tick": after Stop the range blocks forever, and the goroutine leaks with
 * everything it holds. A loop that can return or break, or a ticker nobody stops, is left
 * alone (a loop meant to run for the whole program).
 */
export function checkTickerRange(ctx: DeclContext, goStmt: GoNode): void {
  goStmt.walk((n) => {
    if (n.type === 'for_statement') {
      check(ctx, n);
    }
    return true;
  });
}

function check(ctx: DeclContext, loop: GoNode): void {
  const clause = loop.namedChildren.find((c) => c.type === 'range_clause');
  const ch = unparen(clause?.child('right'));
  const ticker =
    ch?.type === 'selector_expression' && ch.child('field')?.text === 'C'
      ? ch.child('operand')
      : undefined;
  const field = ticker?.type === 'selector_expression' ? ticker.child('field')?.text : ticker?.text;
  if (ticker === undefined || field === undefined || !isTicker(ctx, ticker) || leaves(loop)) {
    return;
  }
  const local = ticker.type === 'identifier' ? ctx.scopes.resolve(ticker) : undefined;
  const stop = local === undefined ? stopCall(ctx, field, loop) : localStop(ctx, local.uses, loop);
  if (stop === undefined) {
    return;
  }
  ctx.report(
    'MH013',
    clause ?? loop,
    `goroutine leak: this loop ranges over ${ch?.text ?? 'the ticker channel'} and has no ` +
      `other way out, but Ticker.Stop (called at ${stop}) does not close the channel, so ` +
      `once the ticker is stopped the loop waits forever and the goroutine never ends; ` +
      `select on a done channel beside the ticks and close it where Stop is called`,
  );
}

function isTicker(ctx: DeclContext, expr: GoNode): boolean {
  const t = underlying(ctx.typer.typeOf(expr));
  const base = t.kind === 'pointer' ? t.elem : ctx.typer.typeOf(expr);
  return base.kind === 'qualified' && base.pkg === 'time' && base.name === 'Ticker';
}

/** Whether the loop body can leave the loop: a return, a break of it, a goto, a panic. */
function leaves(loop: GoNode): boolean {
  const found = { any: false };
  loop.child('body')?.walk((n) => {
    if (n.type === 'func_literal') {
      return false;
    }
    found.any ||=
      n.type === 'return_statement' ||
      n.type === 'goto_statement' ||
      (n.type === 'break_statement' && breaksLoop(n, loop));
    return !found.any;
  });
  return found.any;
}

function breaksLoop(brk: GoNode, loop: GoNode): boolean {
  if (brk.namedChildren.length > 0) {
    return true; // a labeled break: take it as leaving
  }
  return nearestBreakable(brk) === loop;
}

/**
 * Where a local ticker's own `Stop` is called (`defer t.Stop()` beside a `ticker` of another
 * function is not this one's), as `file.go:line`.
 */
function localStop(ctx: DeclContext, uses: readonly GoNode[], loop: GoNode): string | undefined {
  for (const u of uses) {
    const sel = u.parent;
    const call = sel?.parent;
    if (
      sel?.type === 'selector_expression' &&
      sel.child('field')?.text === 'Stop' &&
      call?.type === 'call_expression' &&
      !stopsAfter(call, loop)
    ) {
      return place(ctx.file, call.start);
    }
  }
  return undefined;
}

/** Where the package calls `….<field>.Stop()` (or `<field>.Stop()`), as `file.go:line`. */
function stopCall(ctx: DeclContext, field: string, loop: GoNode): string | undefined {
  const re = new RegExp(`(?:\\.|\\b)${field}\\.Stop\\(\\)`, 'g');
  const fn = enclosingFunction(loop);
  for (const file of ctx.index.files) {
    for (const m of file.source.matchAll(re)) {
      const own =
        file === ctx.file &&
        fn !== undefined &&
        m.index > fn.start &&
        m.index < fn.end &&
        !literalBetween(fn, m.index);
      if (!own) {
        return place(file, m.index);
      }
    }
  }
  return undefined;
}

/**
 * Whether a Stop call runs in the looping function itself (`defer ticker.Stop()` beside the
 * loop, or after it): it can run only once the loop has ended, so it cannot strand it.
 */
function stopsAfter(call: GoNode, loop: GoNode): boolean {
  const fn = enclosingFunction(loop);
  return fn !== undefined && enclosingFunction(call) === fn;
}

/** Whether `offset` inside `fn` lies in a function literal nested in it. */
function literalBetween(fn: GoNode, offset: number): boolean {
  let found = false;
  fn.child('body')?.walk((n) => {
    if (n.type === 'func_literal' && n.start <= offset && offset < n.end) {
      found = true;
    }
    return !found && n.start <= offset && offset < n.end;
  });
  return found;
}
