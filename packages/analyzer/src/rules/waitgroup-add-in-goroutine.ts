import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { calledFunction, signalledChannel } from '../call-effects.ts';
import { place } from '../diagnostic.ts';
import { receiverName, receiverTypeName } from '../package-index.ts';
import type { Candidates, DeclContext, Rule } from '../rule.ts';
import { Scopes, parameterNames } from '../scope.ts';
import { Typer } from '../type-of.ts';
import {
  blockStatements,
  goFuncLiteral,
  goMethodHint,
  sameExpr,
  shown,
  startsGoroutines,
  waitGroupStatement,
  walkOwnBody,
} from './wait-group.ts';
import type { WaitGroupCall } from './wait-group.ts';

/**
 * MH011 waitgroup-add-in-goroutine: `wg.Add(n)` as the first statement of the body of
 * `go func(){…}()`, with `wg` a `sync.WaitGroup` (or a pointer to one). The go statement
 * only schedules the goroutine, so the parent can reach `wg.Wait()` before the Add runs;
 * Wait then sees the counter at zero and returns while the goroutine still runs (Go:
 * sync/waitgroup.go Wait returns at once when the counter is 0). The same shape as vet's
 * `waitgroup` analyzer (Go 1.25) and staticcheck SA2000.
 * The same for `go x.m()` / `go f(…)` of a package function whose body begins with the Add
 * on a WaitGroup reached through its receiver or a parameter (reported at the go statement).
 * Not flagged: Add before the go statement; a goroutine that itself starts goroutines (the
 * Add is then for those: go-tools#360); a goroutine that signals on a channel after the
 * Add which the parent receives before its Wait; a negative Add (`Add(-1)` is a Done);
 * `wg.Go`; a type that merely has an Add method.
 */
export const waitgroupAddInGoroutine: Rule = {
  id: 'MH011',
  // (The Add may be in the function a go statement starts, in another file.)
  mayConcern: (source) => /\bgo\b/.test(source) || source.includes('.Add('),
  // (The Add may be in the function a go statement starts, so a go statement is enough; or
  // in a literal handed to a function that starts it.)
  wants: (c: Candidates) => c.has('gostmt') || (c.has('funcarg') && c.has('wgcall')),
  check(ctx: DeclContext): void {
    ctx.decl.walk((n) => {
      if (n.type === 'go_statement') {
        checkGo(ctx, n);
      } else if (n.type === 'call_expression') {
        checkWrapped(ctx, n);
      }
      return true;
    });
  },
};

/**
 * `safeGo(func() { wg.Add(1); … })`, `g.Go(func() { wg.Add(1); … })`: a literal handed to a
 * package function that starts its parameter as a goroutine (`go f()`, or `go func() { …;
 * f() }()`), or to a `Go` method: the same race as the literal of a go statement.
 */
function checkWrapped(ctx: DeclContext, call: GoNode): void {
  const args = callArguments(call);
  const c = callee(call);
  let started: number | undefined;
  if (c?.name === 'Go' && c.qualifier !== undefined) {
    started = 0;
  } else if (args.some((a) => unparen(a)?.type === 'func_literal')) {
    const fn = calledFunction(call, ctx.scopes, ctx.typer, ctx.index);
    started = fn === undefined ? undefined : startedParameter(fn.node);
  }
  const literal = started === undefined ? undefined : unparen(args[started]);
  if (literal?.type !== 'func_literal') {
    return;
  }
  const add = leadingAdd(ctx, call, literal.child('body'));
  if (add === undefined) {
    return;
  }
  const wg = shown(add.receiver);
  const name =
    c?.qualifier === undefined ? (c?.name ?? 'the call') : `${shown(c.qualifier)}.${c.name}`;
  ctx.report(
    'MH011',
    add.call,
    `${wg}.Add called inside the goroutine it counts, which ${name} starts: the call only ` +
      `schedules the goroutine, so the parent's ${wg}.Wait() can run before this Add, find ` +
      `the counter at zero and return while the goroutine is still running (no error is ` +
      `raised: Wait just does not wait); call ${wg}.Add before ${name}`,
  );
}

/** The parameter (by position) a function starts as a goroutine: `go f()`, `go func(){ f() }()`. */
function startedParameter(fn: GoNode): number | undefined {
  const params = parameterNames(fn);
  let found: number | undefined;
  fn.child('body')?.walk((n) => {
    if (n.type !== 'go_statement' || found !== undefined) {
      return found === undefined;
    }
    const call = unparen(n.namedChildren[0]);
    const target = call?.type === 'call_expression' ? unparen(call.child('function')) : undefined;
    const calls: GoNode[] = [];
    if (target?.type === 'identifier') {
      calls.push(target);
    } else if (target?.type === 'func_literal') {
      target.walk((m) => {
        const f = m.type === 'call_expression' ? unparen(m.child('function')) : undefined;
        if (f?.type === 'identifier') {
          calls.push(f);
        }
        return true;
      });
    }
    for (const id of calls) {
      const i = params.findIndex((p) => p.text === id.text);
      if (i >= 0) {
        found = i;
      }
    }
    return false;
  });
  return found;
}

function checkGo(ctx: DeclContext, goStmt: GoNode): void {
  const literal = goFuncLiteral(goStmt);
  if (literal === undefined) {
    checkGoCall(ctx, goStmt);
    return;
  }
  const add = leadingAdd(ctx, goStmt, literal.child('body'));
  if (add === undefined) {
    return;
  }
  const wg = shown(add.receiver);
  ctx.report(
    'MH011',
    add.call,
    `${wg}.Add called inside the goroutine it counts: the go statement only schedules the ` +
      `goroutine, so the parent's ${wg}.Wait() can run before this Add, find the counter at ` +
      `zero and return while the goroutine is still running (no error is raised: Wait just ` +
      `does not wait); call ${wg}.Add before the go statement${goMethodHint(ctx.version, wg)}`,
  );
}

/**
 * The `X.Add(n)` (n not negative) a goroutine's body begins with, when the goroutine starts
 * no goroutines of its own and signals nothing the parent waits on before its Wait.
 */
function leadingAdd(
  ctx: DeclContext,
  goStmt: GoNode,
  body: GoNode | undefined,
): WaitGroupCall | undefined {
  const add = waitGroupStatement(ctx, blockStatements(body)[0]);
  if (
    body === undefined ||
    add?.method !== 'Add' ||
    isNegative(add.call) ||
    startsGoroutines(body) ||
    handshake(goStmt, body, add.receiver)
  ) {
    return undefined;
  }
  return add;
}

/**
 * `go r.forward()` (or `go worker(&wg)`) where the package function it starts begins with
 * `X.Add(n)` on a WaitGroup it reaches through its receiver or a parameter: the same race,
 * one call away. Reported at the go statement, naming the Add.
 */
function checkGoCall(ctx: DeclContext, goStmt: GoNode): void {
  const call = goStmt.namedChildren[0];
  const fn =
    call === undefined ? undefined : calledFunction(call, ctx.scopes, ctx.typer, ctx.index);
  if (fn === undefined) {
    return;
  }
  const scopes = new Scopes(fn.node);
  const inner: DeclContext = {
    ...ctx,
    file: fn.file,
    decl: fn.node,
    scopes,
    typer: new Typer(scopes, ctx.index),
  };
  const add = leadingAdd(inner, goStmt, fn.node.child('body'));
  let root = add?.receiver;
  while (root?.type === 'selector_expression') {
    root = unparen(root.child('operand'));
  }
  const b = root?.type === 'identifier' ? scopes.resolve(root) : undefined;
  if (add === undefined || (b?.kind !== 'receiver' && b?.kind !== 'param')) {
    return;
  }
  if (root !== undefined && calledHandshake(goStmt, fn.node, root, add, inner)) {
    return;
  }
  const wg = shown(add.receiver);
  const at = place(fn.file, add.call.start);
  ctx.report(
    'MH011',
    goStmt,
    `${wg}.Add is called at ${at} inside ${fn.name}, which this go statement starts: the go ` +
      `statement only schedules it, so ${wg}.Wait() can run before that Add, find the ` +
      `counter at zero and return while ${fn.name} is still running (no error is raised: ` +
      `Wait just does not wait); call ${wg}.Add before the go statement and leave ${fn.name} ` +
      `only the Done${goMethodHint(ctx.version, wg)}`,
  );
}

/**
 * Whether the goroutine signals on a channel after its Add and before any Done, and the
 * parent receives from that channel before its Wait: the receive orders the Add before the
 * Wait (runtime/race's TestNoRaceWaitGroupConcurrentAdd).
 */
function handshake(goStmt: GoNode, body: GoNode, wg: GoNode): boolean {
  const done = firstCall(body, wg, 'Done')?.start ?? body.end;
  const signals = new Set<string>();
  walkOwnBody(body, (n) => {
    if (n.start < done) {
      const channel = signalledChannel(n);
      if (channel !== undefined) {
        signals.add(compact(channel));
      }
    }
  });
  const parent = goStmt.ancestor('function_declaration', 'method_declaration', 'func_literal');
  const wait = parent === undefined ? undefined : firstCall(parent, wg, 'Wait', goStmt.end);
  if (signals.size === 0 || parent === undefined || wait === undefined) {
    return false;
  }
  let received = false;
  walkOwnBody(parent, (n) => {
    if (n.start > goStmt.end && n.start < wait.start) {
      const channel = receivedFrom(n);
      received ||= channel !== undefined && signals.has(compact(channel));
    }
  });
  return received;
}

/**
 * `go worker.loop()` whose loop begins with `w.wg.Add(1)` and then waits on a channel, while
 * the starter sends to or receives from a channel before `worker.wg.Wait()`: that exchange
 * can only complete once the goroutine has run past its Add (libp2p's dial worker tests hand
 * the loop its request channel through the constructor, so the two sides name it
 * differently; any exchange of the starter's counts).
 */
function calledHandshake(
  goStmt: GoNode,
  fn: GoNode,
  root: GoNode,
  add: WaitGroupCall,
  ctx: DeclContext,
): boolean {
  const call = unparen(goStmt.namedChildren[0]);
  const target = call?.type === 'call_expression' ? unparen(call.child('function')) : undefined;
  // The expression the go statement gives for the receiver or parameter the Add goes through.
  let given: GoNode | undefined;
  if (fn.type === 'method_declaration' && receiverName(fn) === root.text) {
    given = target?.type === 'selector_expression' ? unparen(target.child('operand')) : undefined;
  } else {
    const i = parameterNames(fn).findIndex((p) => p.text === root.text);
    given = i < 0 || call === undefined ? undefined : unparen(callArguments(call)[i]);
  }
  const body = fn.child('body');
  const parent = goStmt.ancestor('function_declaration', 'method_declaration', 'func_literal');
  if (given === undefined || body === undefined || parent === undefined) {
    return false;
  }
  const own = compact(add.receiver);
  if (!own.startsWith(root.text)) {
    return false;
  }
  const wg = compact(given).replace(/^&/, '') + own.slice(root.text.length);
  let wait: GoNode | undefined;
  parent.walk((n) => {
    const c = callee(n);
    if (
      wait === undefined &&
      n.start > goStmt.end &&
      c?.name === 'Wait' &&
      c.qualifier !== undefined
    ) {
      wait = compact(c.qualifier) === wg ? n : undefined;
    }
    return wait === undefined;
  });
  const exchanges = (root: GoNode, from: number, to: number): boolean => {
    let found = false;
    walkOwnBody(root, (n) => {
      found ||=
        n.start > from &&
        n.start < to &&
        (n.type === 'send_statement' || receivedFrom(n) !== undefined);
    });
    return found;
  };
  if (!exchanges(body, add.call.end, body.end)) {
    return false;
  }
  if (wait === undefined) {
    // The Wait is another method's (`Unsubscribe` sends on `s.unsub`, which the loop receives
    // past its Add, then waits): every Wait on that field exchanges with the loop first.
    const field = own.slice(root.text.length);
    return (
      fn.type === 'method_declaration' &&
      field.startsWith('.') &&
      fieldWaitsExchange(fn, field, exchanges, ctx)
    );
  }
  // `defer worker.wg.Wait()` waits as the function returns.
  const before = wait.parent?.type === 'defer_statement' ? parent.end : wait.start;
  return exchanges(parent, goStmt.end, before);
}

/**
 * Whether the methods of `fn`'s receiver type wait on `recv<field>` (`s.wg.Wait()`), each
 * after a channel exchange in its own body.
 */
function fieldWaitsExchange(
  fn: GoNode,
  field: string,
  exchanges: (root: GoNode, from: number, to: number) => boolean,
  ctx: DeclContext,
): boolean {
  const type = receiverTypeName(ctx.file, fn);
  let waits = 0;
  let bare = false;
  for (const file of ctx.index.files) {
    for (const decl of file.topLevelNodes) {
      const recv = receiverName(decl);
      if (
        type === undefined ||
        decl.type !== 'method_declaration' ||
        recv === undefined ||
        receiverTypeName(file, decl) !== type
      ) {
        continue;
      }
      decl.walk((n) => {
        const c = callee(n);
        if (
          c?.name === 'Wait' &&
          c.qualifier !== undefined &&
          compact(c.qualifier) === recv + field
        ) {
          waits++;
          bare ||= !exchanges(decl, decl.start, n.start);
        }
        return true;
      });
    }
  }
  return waits > 0 && !bare;
}

/** The channel a receive (`<-ch`) or `range ch` reads. */
function receivedFrom(n: GoNode): GoNode | undefined {
  if (n.type === 'unary_expression' && n.hasToken('<-')) {
    return n.child('operand');
  }
  return n.type === 'range_clause' ? n.child('right') : undefined;
}

/** The first call `wg.method(…)` under `root` starting after `after`. */
function firstCall(root: GoNode, wg: GoNode, method: string, after = -1): GoNode | undefined {
  let found: GoNode | undefined;
  root.walk((n) => {
    const c = callee(n);
    const q = unparen(c?.qualifier);
    if (found === undefined && n.start > after && c?.name === method && q !== undefined) {
      found = sameExpr(q, wg) ? n : undefined;
    }
    return found === undefined;
  });
  return found;
}

function compact(n: GoNode): string {
  return unparen(n)?.text.replace(/\s+/g, '') ?? '';
}

/** `Add(-1)`, `Add(-n)`: a decrement, which is a Done and not a registration. */
function isNegative(call: GoNode): boolean {
  const arg = call.child('arguments')?.namedChildren[0];
  return arg?.type === 'unary_expression' && arg.hasToken('-');
}
