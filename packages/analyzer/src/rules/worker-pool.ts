import type { GoNode } from '@mapscope/go-syntax';
import { unparen } from '@mapscope/go-syntax';
import type { Goroutine } from '../goroutines.ts';
import { nearestBreakable } from '../statements-after.ts';
import { blockStatements } from './wait-group.ts';
import type { ChannelInfo } from './goroutine-leak-stops.ts';

/**
 * A worker pool whose answers are all received, for MH013: workers that take jobs from a local
 * channel fed once per element of a list (`for _, r := range reqs { jobs <- r }`) and answer
 * every job with exactly one send, on the channel under test or on one other, drained by a
 * loop that runs once per element of the same list and takes one answer a pass (loki's
 * DoRequests: `for range reqs { select { case r := <-respChan: …; case err := <-errChan: … } }`).
 * As many answers are sent as jobs were fed, and as many are received, so no worker blocks.
 * A return out of the draining loop, a job skipped without an answer, or a feed that can stop
 * early breaks the count, and the pool is left to the other checks.
 */
export function answersAllReceived(
  ch: ChannelInfo,
  g: Goroutine,
  others: readonly ChannelInfo[],
): boolean {
  const mine = ch.uses.goroutines.get(g);
  const sends = mine?.sends ?? [];
  const loop = sends[0] === undefined ? undefined : loopAround(sends[0], g.literal);
  const jobs = loop === undefined ? undefined : rangedChannel(loop, others);
  if (
    loop === undefined ||
    jobs === undefined ||
    sends.some((s) => loopAround(s, g.literal) !== loop)
  ) {
    return false;
  }
  // The channels a job is answered on: this one, and those the worker also sends on in the loop.
  const answers = [
    ch,
    ...others.filter(
      (o) =>
        o !== jobs &&
        o.uses.goroutines.get(g)?.sends.some((s) => loopAround(s, g.literal) === loop) === true,
    ),
  ];
  const answerSends = answers.flatMap((a) => a.uses.goroutines.get(g)?.sends ?? []);
  const list = feedList(jobs);
  return (
    answers.length <= 2 &&
    answers.every((a) => !a.uses.escapes && a.uses.sends.length === 0) &&
    answersOnce(loop, answerSends) &&
    list !== undefined &&
    drainedOncePerElement(answers, list)
  );
}

/** The loop holding `node` inside the goroutine's literal, if it is the only one. */
function loopAround(node: GoNode, literal: GoNode): GoNode | undefined {
  let found: GoNode | undefined;
  for (let p = node.parent; p !== undefined && p !== literal; p = p.parent) {
    if (p.type === 'func_literal') {
      return undefined;
    }
    if (p.type === 'for_statement') {
      if (found !== undefined) {
        return undefined;
      }
      found = p;
    }
  }
  return found;
}

/** The local channel `loop` ranges over (`for req := range jobs`). */
function rangedChannel(loop: GoNode, others: readonly ChannelInfo[]): ChannelInfo | undefined {
  const clause = loop.namedChildren.find((c) => c.type === 'range_clause');
  return others.find((o) =>
    [...o.uses.goroutines.values()].some((ops) => ops.ranges.includes(clause ?? loop)),
  );
}

/**
 * Whether each pass of the worker's loop sends exactly one answer: one send as a statement of
 * the loop's body, or one in each branch of an if/else that is; nothing leaves the pass early.
 */
function answersOnce(loop: GoNode, sends: readonly GoNode[]): boolean {
  const body = loop.child('body');
  const top = blockStatements(body);
  if (body === undefined || leavesEarly(body)) {
    return false;
  }
  if (sends.length === 1) {
    return sends[0] !== undefined && top.includes(sends[0]);
  }
  const [a, b] = sends;
  if (sends.length !== 2 || a === undefined || b === undefined) {
    return false;
  }
  return top.some((s) => {
    const yes = blockStatements(s.type === 'if_statement' ? s.child('consequence') : undefined);
    const no = s.child('alternative');
    const noList = no?.type === 'block' ? blockStatements(no) : [];
    return (
      s.type === 'if_statement' &&
      ((yes.includes(a) && noList.includes(b)) || (yes.includes(b) && noList.includes(a)))
    );
  });
}

/**
 * The list whose elements feed the jobs channel, once each: its only send is a statement of a
 * `for _, x := range list` loop's body, with nothing leaving a pass early.
 */
function feedList(jobs: ChannelInfo): string | undefined {
  const sends = [...jobs.uses.sends, ...[...jobs.uses.goroutines.values()].flatMap((o) => o.sends)];
  const send = sends[0];
  const loop = send?.parent?.parent?.parent;
  const clause = loop?.namedChildren.find((c) => c.type === 'range_clause');
  const list = unparen(clause?.child('right'));
  if (
    send === undefined ||
    sends.length !== 1 ||
    loop?.type !== 'for_statement' ||
    list === undefined ||
    !blockStatements(loop.child('body')).includes(send) ||
    leavesEarly(loop.child('body'))
  ) {
    return undefined;
  }
  return list.text;
}

/**
 * Whether every receive of the answer channels is a case of one select, a statement of a loop
 * that runs once per element of `list` (`for range list`, `for i := 0; i < len(list); i++`)
 * and that nothing leaves early, with no other case and no default.
 */
function drainedOncePerElement(answers: readonly ChannelInfo[], list: string): boolean {
  const receives = answers.flatMap((a) => a.uses.receives);
  const select = receives[0]?.ancestor('select_statement');
  const loop = select?.parent?.parent?.parent;
  if (
    select === undefined ||
    loop?.type !== 'for_statement' ||
    !blockStatements(loop.child('body')).includes(select) ||
    leavesEarly(loop.child('body')) ||
    !runsOncePer(loop, list)
  ) {
    return false;
  }
  const cases = select.namedChildren.filter((c) => c.type !== 'comment');
  return (
    answers.every((a) => a.uses.receives.length === 1) &&
    cases.length === answers.length &&
    cases.every((c) => c.type === 'communication_case' && receives.some((r) => c.contains(r)))
  );
}

/** `for range list`, `for _, x := range list`, or `for i := 0; i < len(list); i++`. */
function runsOncePer(loop: GoNode, list: string): boolean {
  const clause = loop.namedChildren.find((c) => c.type === 'range_clause');
  if (clause !== undefined) {
    return unparen(clause.child('right'))?.text === list;
  }
  const cond = loop.namedChildren.find((c) => c.type === 'for_clause')?.child('condition');
  return cond?.type === 'binary_expression' && cond.child('operator')?.type === '<'
    ? unparen(cond.child('right'))?.text === `len(${list})`
    : false;
}

/**
 * Whether a pass of the loop whose body this is can end without reaching its end: a return,
 * goto, continue, a break of the loop itself (not of a select or switch inside it), or a
 * call that ends the goroutine.
 */
function leavesEarly(body: GoNode | undefined): boolean {
  const loop = body?.parent;
  let found = false;
  body?.walk((n) => {
    if (found || n.type === 'func_literal') {
      return false;
    }
    found =
      n.type === 'return_statement' ||
      n.type === 'goto_statement' ||
      n.type === 'continue_statement' ||
      (n.type === 'break_statement' &&
        (n.namedChildren.length > 0 || nearestBreakable(n) === loop)) ||
      (n.type === 'call_expression' &&
        /^(?:panic|os\.Exit|log\.Fatal\w*|runtime\.Goexit)$/.test(n.child('function')?.text ?? ''));
    return !found;
  });
  return found;
}
