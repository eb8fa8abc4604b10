import type { GoNode } from '@mapscope/go-syntax';
import type { FlowGraph, FlowStep } from '../control-flow.ts';
import { underlying } from '../go-types.ts';
import { failsTest } from '../test-failure.ts';
import { runsOnceInMain } from './time-tick-leak.ts';
import type { Goroutine } from '../goroutines.ts';
import type { ChannelUses, LocalChannel } from '../local-channel.ts';
import type { DeclContext } from '../rule.ts';
import { doneSignals, neverTaken, receiveDependentBranches } from './goroutine-leak-stops.ts';
import type { ChannelInfo } from './goroutine-leak-stops.ts';
import { instances, isBlockingSend, maxSends } from './goroutine-sends.ts';
import { answersAllReceived } from './worker-pool.ts';

/**
 * MH013, blocked sender: a goroutine started with `go func…` sends on a channel its
 * spawner made (and keeps to itself), with no buffer slot to spare, and the spawner has a
 * path from the go statement to a return (or to making a new channel in the same
 * variable) that never receives from it: an early `return`, the `ctx.Done()` or
 * `time.After` case of a select that also receives, a `default` case. The send then
 * blocks forever. Also the loop variant: goroutines started one per iteration (or one
 * goroutine sending in a loop) and a receiving loop that is left by a return or break
 * before it ends (for a goroutine sending in a loop, only a `range` over the channel,
 * which ends when the channel is drained and closed).
 * Not flagged: sends in a select with another case or a default (the goroutine can give
 * up), a buffer as large as every send the goroutines make, channels that escape (passed,
 * stored, returned, captured by another literal), channels the spawner also sends on or
 * closes, or that another goroutine receives from.
 */
export function checkBlockedSenders(
  ctx: DeclContext,
  ch: LocalChannel,
  uses: ChannelUses,
  flow: { readonly graph: FlowGraph; readonly others: readonly ChannelInfo[] },
): void {
  const graph = flow.graph;
  const capacity = ch.capacity;
  if (uses.escapes || uses.closes.length > 0 || uses.sends.length > 0 || capacity === undefined) {
    return;
  }
  // In package main, main (or a function only main calls, outside loops) returning ends the
  // process: a goroutine it leaves blocked goes with it.
  if (ctx.file.packageName === 'main' && runsOnceInMain(ctx, ctx.decl)) {
    return;
  }
  const senders: Sender[] = [];
  const test = ctx.file.path.endsWith('_test.go');
  const reportsFailure = test && carriesErrors(ctx, ch);
  // Every receive of it fails the test (`case err := <-errs: t.Fatal(err)`): whatever is sent
  // on it reports a failure, conditional or not.
  const onlyFailures = reportsFailure && everyReceiveFails(ctx, uses.receives);
  for (const [g, ops] of uses.goroutines) {
    if (ops.receives.length > 0 || ops.ranges.length > 0) {
      return;
    }
    if (answersAllReceived({ ch, uses }, g, flow.others)) {
      continue;
    }
    // In a test, a conditional send of an error reports a failure: it blocks only in a run
    // that fails anyway (goleak checks passing tests).
    const blocking = ops.sends.filter(
      (send) =>
        isBlockingSend(send) && !onlyFailures && !(reportsFailure && conditional(send, g.literal)),
    );
    const count = blocking.length === 0 ? 0 : maxSends(g.literal.child('body'), new Set(blocking));
    if (count > 0) {
      senders.push({ g, blocking, sends: count, perLoop: startedInLoop(g, ch) });
    }
  }
  // A buffer only fails what certainly overflows it: goroutines started in a loop count
  // once per iteration only when the loop has a constant trip count.
  const total = senders.reduce((n, s) => n + s.sends * (instances(s.g, ch) ?? 1), 0);
  const known = senders.every((s) => instances(s.g, ch) !== undefined);
  if (total <= capacity) {
    return;
  }
  const receiving = uses.receives.flatMap((r) => graph.stepsAt(r));
  const stops = new Set([
    ...receiving,
    ...neverTaken(graph, flow.others),
    ...receiveDependentBranches(ctx, graph, receiving),
  ]);
  // A test's path that fails it (t.Fatal, t.Error) is not one a passing test takes; nor is
  // one through a test harness outside _test.go files (lnd's lntest: `require.Fail(h, …)`).
  for (const step of graph.steps) {
    if (step.parts.some((part) => failsTest(part, ctx.scopes, ctx.typer))) {
      stops.add(step);
    }
  }
  const declared = graph.stepOf(ch.declaration);
  const settled = (s: FlowStep): boolean => s === graph.exit || s === declared;
  let reported = false;
  for (const sender of senders) {
    const { g, perLoop, sends } = sender;
    const start = graph.stepOf(g.stmt);
    if (start === undefined) {
      continue;
    }
    // One goroutine per pass: a signal receive frees one of them, so it counts only where it
    // takes turns with this channel's in one loop (`select { case <-fail: …; case <-done: }`
    // once per worker, each sending on one or the other).
    const signals = doneSignals(graph, g, sender.blocking, flow.others);
    const done = perLoop
      ? signals.filter((s) => s.node !== undefined && receivedInOneLoop(s.node, uses.receives))
      : signals;
    const blocked = (s: FlowStep): boolean => stops.has(s) || done.includes(s);
    const path = graph.findPath(start.succs, settled, blocked);
    if (path !== undefined) {
      // Only values still unreceived count against a buffer: this goroutine's, those of
      // goroutines started on the path, and those of goroutines that reach this one's go
      // statement with no receive in between.
      const pending = senders
        .filter(
          (h) =>
            h === sender ||
            path.some((st) => st.node === h.g.stmt) ||
            reachesUnreceived(graph, h.g, start, blocked),
        )
        .reduce((n, h) => n + h.sends * (instances(h.g, ch) ?? 1), 0);
      if (pending > capacity) {
        // Told by a path that neither times out nor is cancelled when there is one: a leak on
        // the ordinary way through is the one a reader believes.
        const ordinary = graph.findPath(start.succs, settled, (s) => blocked(s) || givesUp(s));
        const how = describePath(ctx, ch.binding.func, graph, ordinary ?? path, declared, uses);
        reportUnreceived(ctx, ch, g, { sends, perLoop, total: pending, known }, how);
        reported = true;
      }
      continue;
    }
    const shape = perLoop ? 'per-iteration' : sends === Infinity ? 'sends-in-loop' : undefined;
    const early =
      capacity === 0 && shape !== undefined
        ? earlyExit(graph, g, uses, start, shape, { settled, blocked })
        : undefined;
    if (early !== undefined) {
      reportEarlyExit(ctx, ch, g, early);
      reported = true;
    }
  }
  if (!reported && known && Number.isFinite(total)) {
    checkOversent(ctx, ch, uses, senders, graph);
  }
}

/**
 * More sends than the spawner can ever receive: every receive it makes is outside loops, so
 * it receives at most once per receive in its text, and the goroutines can send more than that
 * and the buffer together hold (`go writeTo(primary, failed); go writeTo(mirror, failed);
 * return <-failed`: when both fail, the second writer blocks forever).
 */
function checkOversent(
  ctx: DeclContext,
  ch: LocalChannel,
  uses: ChannelUses,
  senders: readonly Sender[],
  graph: FlowGraph,
): void {
  const fn = ch.binding.func;
  const looped = uses.receives.some((r) => r.type === 'range_clause' || inLoopWithin(r, fn));
  const capacity = ch.capacity ?? 0;
  const first = senders[0];
  if (looped || uses.receives.length === 0 || first === undefined) {
    return;
  }
  const receives = uses.receives.length;
  const total = sendsOnOnePath(senders, ch, graph);
  if (total <= capacity + receives) {
    return;
  }
  const line = (n: GoNode): number => ctx.file.position(n.start).line;
  const at = uses.receives.map((r) => `line ${String(line(r))}`).join(', ');
  const goLines = [...new Set(senders.map((s) => line(s.g.stmt)))];
  const started =
    goLines.length === 1 ? `line ${String(goLines[0])}` : `lines ${goLines.join(', ')}`;
  const buffer = capacity === 0 ? 'unbuffered' : `buffered (${String(capacity)})`;
  ctx.report(
    'MH013',
    first.g.stmt,
    `goroutine leak: the goroutines started at ${started} can send ${String(total)} ` +
      `times on ${buffer} channel ${ch.binding.name}, but ${functionName(fn)} receives from ` +
      `it at most ${String(receives)} time${receives === 1 ? '' : 's'} (${at}): the sends ` +
      `left over block forever, ${LEAK_EFFECT}; make(${ch.type.text}, ${String(total)}) ` +
      `gives every send a buffer slot`,
  );
}

/**
 * The most sends the goroutines started along one path of the spawner can make: goroutines in
 * the two branches of an if never both start.
 */
function sendsOnOnePath(senders: readonly Sender[], ch: LocalChannel, graph: FlowGraph): number {
  const best: number[] = [];
  senders.forEach((s, j) => {
    const own = s.sends * (instances(s.g, ch) ?? 1);
    let before = 0;
    senders.slice(0, j).forEach((r, i) => {
      const from = graph.stepOf(r.g.stmt);
      const to = graph.stepOf(s.g.stmt);
      const reaches =
        from !== undefined &&
        to !== undefined &&
        graph.findPath(
          from.succs,
          (x) => x === to,
          () => false,
        ) !== undefined;
      if (reaches) {
        before = Math.max(before, best[i] ?? 0);
      }
    });
    best.push(before + own);
  });
  return Math.max(0, ...best);
}

/** Whether the innermost loop around `node` (in its function) also receives one of `receives`. */
function receivedInOneLoop(node: GoNode, receives: readonly GoNode[]): boolean {
  for (let p = node.parent; p !== undefined && p.type !== 'func_literal'; p = p.parent) {
    if (p.type === 'for_statement') {
      return receives.some((r) => p.contains(r));
    }
  }
  return false;
}

/** `node` is inside a loop of function `fn` (not counting loops of nested literals). */
function inLoopWithin(node: GoNode, fn: GoNode): boolean {
  for (let p = node.parent; p !== undefined && p !== fn; p = p.parent) {
    if (p.type === 'for_statement') {
      return true;
    }
    if (p.type === 'func_literal') {
      return false;
    }
  }
  return false;
}

/** Whether `h`'s go statement leads to the step `to` without a receive on the way. */
function reachesUnreceived(
  graph: FlowGraph,
  h: Goroutine,
  to: FlowStep,
  blocked: (s: FlowStep) => boolean,
): boolean {
  const from = graph.stepOf(h.stmt);
  return from !== undefined && graph.findPath(from.succs, (s) => s === to, blocked) !== undefined;
}

/** A goroutine that sends on the channel, and how. */
interface Sender {
  readonly g: Goroutine;
  /** Its sends that can block. */
  readonly blocking: readonly GoNode[];
  /** The most it makes in one run. */
  readonly sends: number;
  /** Started once per iteration of a loop that does not make the channel anew. */
  readonly perLoop: boolean;
}

/** What the messages say a goroutine blocked forever costs. */
export const LEAK_EFFECT: string =
  'leaking the goroutine and everything it references (no crash unless every goroutine is ' +
  'blocked: "fatal error: all goroutines are asleep - deadlock!")';

/**
 * Whether the go statement is in a loop of its spawner that does not also make the
 * channel anew: one goroutine per iteration sends on the same channel.
 */
function startedInLoop(g: Goroutine, ch: LocalChannel): boolean {
  for (let n = g.stmt.parent; n !== undefined && n !== g.spawner; n = n.parent) {
    if (n.type === 'for_statement' && !n.contains(ch.declaration)) {
      return true;
    }
  }
  return false;
}

/** A return or break that leaves a receiving loop early, and the loop. */
interface EarlyExit {
  readonly exit: FlowStep;
  readonly loop: GoNode;
  /** Each instance sends once (one goroutine per iteration) or one goroutine sends in a loop. */
  readonly shape: 'per-iteration' | 'sends-in-loop';
}

/**
 * Goroutines started one per iteration, or one goroutine sending in a loop, and a loop of
 * the spawner that receives from the channel but does not start them, left by a return,
 * break or goto from which the function returns without receiving again. For a goroutine
 * sending in a loop, only a range over the channel counts as the receiving loop.
 */
function earlyExit(
  graph: FlowGraph,
  g: Goroutine,
  uses: ChannelUses,
  start: FlowStep,
  shape: EarlyExit['shape'],
  search: { settled: (s: FlowStep) => boolean; blocked: (s: FlowStep) => boolean },
): EarlyExit | undefined {
  const { settled, blocked } = search;
  const loops = new Set<GoNode>();
  for (const r of uses.receives) {
    const loop = r.type === 'range_clause' ? r.parent : r.ancestor('for_statement');
    if (
      loop?.type === 'for_statement' &&
      g.spawner.contains(loop) &&
      !loop.contains(g.stmt) &&
      isBounded(loop) &&
      (shape === 'per-iteration' || r.type === 'range_clause')
    ) {
      loops.add(loop);
    }
  }
  for (const loop of loops) {
    for (const [exit, next] of graph.loopExits(loop)) {
      if (
        !blocked(exit) &&
        graph.findPath(
          [start],
          (s) => s === exit,
          () => false,
        ) !== undefined &&
        graph.findPath([next], settled, blocked) !== undefined
      ) {
        return { exit, loop, shape };
      }
    }
  }
  return undefined;
}

/** A loop with a condition or a range clause: it can end without a break. */
function isBounded(loop: GoNode): boolean {
  const clause = loop.namedChildren.find((c) => c.type === 'for_clause');
  if (clause !== undefined) {
    return clause.child('condition') !== undefined;
  }
  return loop.namedChildren.some((c) => c.field !== 'body');
}

/** How the messages name the path that leaves the channel unreceived. */
function describePath(
  ctx: DeclContext,
  fn: GoNode,
  graph: FlowGraph,
  path: readonly FlowStep[],
  declared: FlowStep | undefined,
  uses: ChannelUses,
): { how: string; renewed: boolean } {
  const line = (n: GoNode): number => ctx.file.position(n.start).line;
  // The last select on the path that could have received: the one that gave up.
  const alternative = [...path]
    .reverse()
    .find((s) => s.kind === 'case' && s.node !== undefined && selectReceives(graph, s.node, uses));
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  let end: string;
  const renewed = last === declared && declared?.node !== undefined;
  if (renewed) {
    end = `the next iteration, which makes a new channel at line ${line(declared.node)}`;
  } else if (before?.node?.type === 'return_statement') {
    end = `the return at line ${line(before.node)}`;
  } else {
    end = `the end of ${functionName(fn)}`;
  }
  const via = alternative?.node === undefined ? undefined : caseName(alternative.node, line);
  if (via === undefined) {
    return { how: end, renewed };
  }
  const sameLine =
    alternative?.node !== undefined &&
    before?.node !== undefined &&
    !renewed &&
    before.node.type === 'return_statement' &&
    line(before.node) === line(alternative.node);
  return { how: sameLine ? via : `${via}, then ${end}`, renewed };
}

/** Whether another case of the select holding `clause` receives from the channel. */
function selectReceives(graph: FlowGraph, clause: GoNode, uses: ChannelUses): boolean {
  const select = clause.parent;
  return uses.receives.some((r) =>
    graph
      .stepsAt(r)
      .some((s) => s.kind === 'case' && s.node !== clause && s.node?.parent === select),
  );
}

/** A select case that gives up waiting: `<-ctx.Done()`, `<-time.After(…)`, a timer's `<-t.C`. */
function givesUp(step: FlowStep): boolean {
  const operand =
    step.kind === 'case' && step.node?.type === 'communication_case'
      ? receivedOperand(step.node)
      : undefined;
  return (
    operand !== undefined &&
    (operand.endsWith('.Done()') || operand.startsWith('time.After(') || operand.endsWith('.C'))
  );
}

/** What a select case receives from, as written without spaces (`ctx.Done()`). */
function receivedOperand(clause: GoNode): string | undefined {
  const comm = clause.child('communication');
  const received = comm?.type === 'receive_statement' ? comm.child('right') : comm;
  return received?.type === 'unary_expression'
    ? received.child('operand')?.text.replace(/\s+/g, '')
    : undefined;
}

/** `the ctx.Done() case at line 9`, `the time.After case at line 9`, `the default case…`. */
function caseName(clause: GoNode, line: (n: GoNode) => number): string {
  const at = ` at line ${line(clause)}`;
  if (clause.type === 'default_case') {
    return `the default case${at}`;
  }
  const operand = receivedOperand(clause);
  if (operand?.endsWith('.Done()') === true) {
    return `the ${operand} case${at}`;
  }
  if (operand?.startsWith('time.After(') === true) {
    return `the time.After case${at}`;
  }
  const comm = clause.child('communication');
  return `the case ${(comm?.text ?? '').replace(/\s+/g, ' ')}${at}`;
}

/** `fetch`, or `the func literal` for a literal. */
function functionName(fn: GoNode): string {
  return fn.child('name')?.text ?? 'the func literal';
}

/**
 * How big a buffer would hold every send: the total when it is known (`1`, `3`), else
 * `len(xs)` or `n` for goroutines started by `for … range xs`, `for range n` or
 * `for …; i < n; …` loops.
 */
function bufferSize(ctx: DeclContext, g: Goroutine, counts: SendTotals): string {
  if (counts.known) {
    return String(counts.total);
  }
  const loop = g.stmt.ancestor('for_statement');
  const range = loop?.namedChildren.find((c) => c.type === 'range_clause')?.child('right');
  const cond = loop?.namedChildren.find((c) => c.type === 'for_clause')?.child('condition');
  const bound =
    cond?.type === 'binary_expression' && cond.child('operator')?.type === '<'
      ? cond.child('right')
      : undefined;
  const each = counts.sends === 1 ? '' : `${String(counts.sends)}*`;
  if (!counts.perLoop || !Number.isFinite(counts.sends)) {
    return 'n';
  }
  if (range !== undefined) {
    // `for range n` (go1.22) runs n times; `for range xs`, len(xs).
    const u = underlying(ctx.typer.typeOf(range));
    return u.kind === 'basic' && u.name.includes('int')
      ? `${each}${range.text}`
      : `${each}len(${range.text})`;
  }
  return bound === undefined ? 'n' : `${each}${bound.text}`;
}

/** A sender's sends, and all senders' together. */
interface SendTotals {
  readonly sends: number;
  readonly perLoop: boolean;
  readonly total: number;
  /** Whether `total` counts every goroutine (no loop of unknown trip count starts them). */
  readonly known: boolean;
}

function reportUnreceived(
  ctx: DeclContext,
  ch: LocalChannel,
  g: Goroutine,
  counts: SendTotals,
  path: { how: string; renewed: boolean },
): void {
  const name = ch.binding.name;
  const capacity = ch.capacity ?? 0;
  let what = `sends on unbuffered channel ${name}`;
  if (capacity > 0) {
    const sends = Number.isFinite(counts.total)
      ? `all ${String(counts.total)} sends`
      : 'sends made in a loop';
    what = `sends on ${name}, whose buffer of ${capacity} cannot hold ${sends}`;
  }
  const fn = functionName(ch.binding.func);
  const left = path.renewed
    ? `${fn} can move on to a new ${name} without receiving from this one`
    : `${fn} can return without receiving from it`;
  ctx.report(
    'MH013',
    g.stmt,
    `goroutine leak: the goroutine started at line ${ctx.file.position(g.stmt.start).line} ` +
      `${what}, but ${left} (${path.how}): the send then blocks forever, ${LEAK_EFFECT}; ` +
      (Number.isFinite(counts.total)
        ? `make(${ch.type.text}, ${bufferSize(ctx, g, counts)}) gives every send a buffer slot, or ` +
          'the sender can select on ctx.Done() to give up'
        : 'no buffer holds sends made in a loop: let the sender select on ctx.Done() or on a ' +
          'done channel closed when the function returns'),
  );
}

function reportEarlyExit(ctx: DeclContext, ch: LocalChannel, g: Goroutine, e: EarlyExit): void {
  const name = ch.binding.name;
  const line = (n: GoNode): number => ctx.file.position(n.start).line;
  const goLine = line(g.stmt);
  const stmt = e.exit.node;
  const how =
    stmt === undefined
      ? 'a jump'
      : `the ${stmt.type.replace(/_statement$/, '')} at line ${line(stmt)}`;
  if (e.shape === 'per-iteration') {
    ctx.report(
      'MH013',
      g.stmt,
      `goroutine leak: the goroutines started at line ${goLine} (one per loop iteration) send on ` +
        `unbuffered channel ${name}, but ${how} leaves the receiving loop at line ${line(e.loop)} ` +
        `before all of them are received: the remaining sends block forever, ${LEAK_EFFECT}; ` +
        `make(${ch.type.text}, ${bufferSize(ctx, g, { sends: 1, perLoop: true, total: Infinity, known: false })}) ` +
        `gives every send a buffer slot, or ` +
        `the senders can select on ctx.Done() to give up`,
    );
    return;
  }
  ctx.report(
    'MH013',
    g.stmt,
    `goroutine leak: the goroutine started at line ${goLine} sends on unbuffered channel ${name} ` +
      `in a loop, but ${how} leaves the range over ${name} at line ${line(e.loop)} before the ` +
      `channel is drained: the goroutine's next send blocks forever, ${LEAK_EFFECT}; let the ` +
      `sender select on ctx.Done() or a done channel closed before leaving the loop`,
  );
}

/** A channel of errors (`chan error`). */
function carriesErrors(ctx: DeclContext, ch: LocalChannel): boolean {
  const t = underlying(ctx.typer.bindingType(ch.binding));
  return t.kind === 'chan' && t.elem.kind === 'basic' && t.elem.name === 'error';
}

/** Each receive is a select case whose statements fail the test. */
function everyReceiveFails(ctx: DeclContext, receives: readonly GoNode[]): boolean {
  return (
    receives.length > 0 &&
    receives.every((r) => {
      let c = r.parent;
      while (c !== undefined && c.type !== 'communication_case' && c.type !== 'statement_list') {
        c = c.parent;
      }
      if (c?.type !== 'communication_case') {
        return false;
      }
      const comm = c.child('communication');
      return c.namedChildren
        .filter((s) => s !== comm)
        .flatMap((s) => (s.type === 'statement_list' ? s.namedChildren : [s]))
        .some((s) => failsTest(s, ctx.scopes, ctx.typer));
    })
  );
}

/** The send is made only on some paths of its goroutine: inside an if (or a case) there. */
function conditional(send: GoNode, literal: GoNode): boolean {
  for (let p = send.parent; p !== undefined && p !== literal; p = p.parent) {
    if (p.type === 'if_statement' || p.type === 'expression_case' || p.type === 'type_case') {
      return true;
    }
  }
  return false;
}
