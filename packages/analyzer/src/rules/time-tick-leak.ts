import { compareGoVersions, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { FlowGraph } from '../control-flow.ts';
import { importSpecs } from '../imports.ts';
import type { DeclContext } from '../rule.ts';
import { enclosingFunction } from '../statements-after.ts';
import { classifyUse } from '../uses.ts';
import { versionPhrase } from '../version-phrase.ts';

/**
 * MH013, time.Tick: before Go 1.23 the Ticker behind `time.Tick(d)` can never be stopped
 * and is never garbage collected (it stays in the runtime's timer heap), so a function that
 * calls it and returns leaks a ticker per call, and a loop that calls it leaks one per
 * iteration. From Go 1.23 (a main module whose go.mod says go 1.23 or later) unreferenced
 * tickers are collected. As staticcheck's SA1015: not flagged in tests, in package main's
 * main and init, in functions that never return (a range over the ticker's channel ends
 * only through its body: the channel is never closed), at package level (it runs once), or when
 * the file's Go version is 1.23 or later; an unknown version is reported, saying so. Beyond
 * SA1015, a call inside a loop body is flagged even where the function never returns.
 */
export function checkTimeTick(ctx: DeclContext, call: GoNode): void {
  const v = ctx.version.version;
  if (!isTimeTick(ctx, call) || (v !== undefined && compareGoVersions(v, 'go1.23') >= 0)) {
    return;
  }
  const fn = enclosingFunction(call);
  if (fn === undefined || ctx.file.path.endsWith('_test.go')) {
    return;
  }
  const version = versionPhrase(ctx.version);
  const loop = repeatingLoop(call, fn);
  if (loop !== undefined) {
    ctx.report(
      'MH013',
      call,
      `time.Tick in a loop leaks a ticker per iteration before Go 1.23 (${version}): each ` +
        `call starts a new Ticker that nothing can stop and the garbage collector never frees, ` +
        `so memory and timer work grow with every iteration; make one t := ` +
        `time.NewTicker(d) before the loop and defer t.Stop()`,
    );
    return;
  }
  const top = ctx.decl;
  if (ctx.file.packageName === 'main' && runsOnceInMain(ctx, top)) {
    return;
  }
  if (!FlowGraph.of(fn).canReturn(rangesOver(ctx, call))) {
    return;
  }
  const who = fn.child('name')?.text ?? 'the func literal';
  ctx.report(
    'MH013',
    call,
    `time.Tick leaks its ticker before Go 1.23 (${version}): nothing can stop the Ticker ` +
      `behind the channel, so after ${who} returns it keeps firing and is never garbage ` +
      `collected, one more with every call; use t := time.NewTicker(d) and defer t.Stop(), ` +
      `or move the module to go 1.23 or later, where unreferenced tickers are collected`,
  );
}

/**
 * In package main: main or init itself, or a function only they call, outside any loop: it
 * runs once, and the process ends when main returns (nsq_to_file's `discoverer.run()`, the
 * last statement of main; tailscale's containerboot `run`).
 */
export function runsOnceInMain(ctx: DeclContext, decl: GoNode): boolean {
  const name = decl.type === 'function_declaration' ? decl.child('name')?.text : undefined;
  if (name === 'main' || name === 'init') {
    return true;
  }
  // Asked once per leak candidate; the answer walks the whole package.
  let once = mainOnly.get(decl);
  if (once === undefined) {
    once = onlyFromMain(ctx, decl);
    mainOnly.set(decl, once);
  }
  return once;
}

const mainOnly = new WeakMap<GoNode, boolean>();

function onlyFromMain(ctx: DeclContext, decl: GoNode): boolean {
  const name = decl.child('name')?.text;
  if (
    name === undefined ||
    (decl.type !== 'function_declaration' && decl.type !== 'method_declaration')
  ) {
    return false;
  }
  // A function is named by a plain identifier, a method by a selector's field: the other
  // kind of mention with the same name is something else (a local, a field, another method).
  const method = decl.type === 'method_declaration';
  const mentions = (n: GoNode): boolean =>
    n.text === name &&
    (method
      ? n.type === 'field_identifier' && n.parent?.type === 'selector_expression'
      : n.type === 'identifier' && n.parent?.type !== 'selector_expression');
  let calls = 0;
  let elsewhere = false;
  for (const file of ctx.index.files) {
    for (const top of file.topLevelNodes) {
      top.walk((n) => {
        const f = n.type === 'call_expression' ? unparen(n.child('function')) : undefined;
        const named = f?.type === 'selector_expression' ? f.child('field') : f;
        if (named !== undefined && mentions(named)) {
          const from = top.type === 'function_declaration' ? top.child('name')?.text : undefined;
          const fn = enclosingFunction(n);
          calls++;
          elsewhere ||=
            (from !== 'main' && from !== 'init') ||
            fn !== top ||
            repeatingLoop(n, top) !== undefined;
        }
        // A mention that is not a call (a method value, a func passed on) may run it anywhere.
        if (mentions(n)) {
          const callee = n.parent?.type === 'selector_expression' ? n.parent : n;
          const call = callee.parent;
          elsewhere ||=
            n !== decl.child('name') &&
            (call?.type !== 'call_expression' || call.child('function') !== callee);
        }
        return !elsewhere;
      });
    }
  }
  return calls > 0 && !elsewhere;
}

/** `time.Tick(…)` with `time` the file's import of package time, not a local name. */
function isTimeTick(ctx: DeclContext, call: GoNode): boolean {
  const fn = unparen(call.child('function'));
  const pkg = fn?.type === 'selector_expression' ? fn.child('operand') : undefined;
  if (fn?.child('field')?.text !== 'Tick' || pkg?.type !== 'identifier') {
    return false;
  }
  if (ctx.scopes.resolve(pkg) !== undefined) {
    return false;
  }
  return importSpecs(ctx.file).some((s) => s.path === 'time' && (s.name ?? 'time') === pkg.text);
}

/**
 * The loops that range over the ticker's channel, directly (`for range time.Tick(d)`) or
 * through a variable initialized with it and never assigned again: they end only through
 * their bodies, the channel is never closed.
 */
function rangesOver(ctx: DeclContext, call: GoNode): GoNode[] {
  if (call.parent?.type === 'range_clause') {
    return call.parent.parent === undefined ? [] : [call.parent.parent];
  }
  const list = call.parent;
  const stmt = list?.parent;
  const names =
    stmt?.type === 'var_spec'
      ? stmt.fieldChildren('name')
      : (stmt?.child('left')?.namedChildren ?? []);
  const ident = list?.field === 'right' || list?.field === 'value' ? names[0] : undefined;
  const b = ident === undefined ? undefined : ctx.scopes.resolve(ident);
  if (b?.value !== call || b.uses.some((u) => classifyUse(u) !== 'read')) {
    return [];
  }
  return b.uses.flatMap((u) =>
    u.parent?.type === 'range_clause' && u.field === 'right' && u.parent.parent !== undefined
      ? [u.parent.parent]
      : [],
  );
}

/**
 * The innermost loop of `fn` that evaluates the call again on each iteration: the call is
 * in its body, condition or post statement (a range clause's expression and a for clause's
 * init statement run once).
 */
function repeatingLoop(call: GoNode, fn: GoNode): GoNode | undefined {
  let cur = call;
  for (let p = cur.parent; p !== undefined && p !== fn; cur = p, p = p.parent) {
    const once =
      cur.type === 'range_clause' ||
      (cur.type === 'for_clause' && cur.child('initializer')?.contains(call) === true);
    if (p.type === 'for_statement' && !once) {
      return p;
    }
  }
  return undefined;
}
