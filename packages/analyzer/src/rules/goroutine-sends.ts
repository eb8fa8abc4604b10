import { callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import type { Goroutine } from '../goroutines.ts';
import type { LocalChannel } from '../local-channel.ts';

/**
 * How many values a goroutine sends on a channel, for MH013: which sends can block, the
 * most one run of the goroutine's body makes, and how many instances its go statement
 * starts on the same channel.
 */

/** A send that blocks until received: not a case of a select that has other cases. */
export function isBlockingSend(send: GoNode): boolean {
  const clause = send.parent;
  if (clause?.type !== 'communication_case' || send.field !== 'communication') {
    return true;
  }
  return (clause.parent?.namedChildren.filter((c) => c.type.endsWith('_case')).length ?? 0) < 2;
}

/**
 * The most sends from `sends` that one run of a goroutine's body can make: sequences add
 * up until a return, branches take their largest, a loop that can send and go round again
 * may send without bound (one left by break after its send counts once). Statements only:
 * a send cannot hide in an expression, except in a func literal, which is another function.
 */
export function maxSends(body: GoNode | undefined, sends: ReadonlySet<GoNode>): number {
  // `if !sent { sent = true; ch <- v }`: however often the loop goes round, once.
  const onceIfs = new Set<GoNode>();
  // `defer func() { if r := recover(); r != nil { ch <- err } }()` sends only when the body
  // panicked instead of reaching its own sends (go-micro's rpc client: one result either way).
  const recovering: GoNode[] = [];
  body?.walk((n) => {
    if (onceGuard(n, body)) {
      onceIfs.add(n);
    }
    const lit = recoveringLiteral(n);
    if (lit !== undefined) {
      recovering.push(lit);
    }
    return n.type !== 'func_literal';
  });
  const most = (k: SendCounts): number => Math.max(k.through, k.out, k.broken, k.next, 0);
  const normal = most(sendCounts(body, sends, onceIfs));
  const recovered = Math.max(0, ...recovering.map((l) => most(sendCounts(l.child('body'), sends))));
  let once = 0;
  for (const i of onceIfs) {
    once += most(sendCounts(i.child('consequence'), sends, onceIfs));
  }
  return Math.max(normal, recovered) + once;
}

/**
 * An if whose condition requires a flag to be false (`!addrGot`, alone or in an `&&` chain)
 * and whose block sets it (`addrGot = true`), with nothing in `body` setting it false again:
 * the block runs at most once (frp's ssh forward-address goroutine).
 */
function onceGuard(n: GoNode, body: GoNode): boolean {
  if (n.type !== 'if_statement') {
    return false;
  }
  const flags: string[] = [];
  const conjuncts = (e: GoNode | undefined): void => {
    const c = unparen(e);
    if (c?.type === 'binary_expression' && c.child('operator')?.type === '&&') {
      conjuncts(c.child('left'));
      conjuncts(c.child('right'));
    } else if (c?.type === 'unary_expression' && c.hasToken('!')) {
      const x = unparen(c.child('operand'));
      if (x?.type === 'identifier') {
        flags.push(x.text);
      }
    }
  };
  conjuncts(n.child('condition'));
  const list = n.child('consequence')?.namedChildren.find((c) => c.type === 'statement_list');
  const sets =
    (value: string) =>
    (s: GoNode): boolean =>
      s.type === 'assignment_statement' &&
      flags.includes(s.child('left')?.text ?? '') &&
      s.child('right')?.text === value;
  if (!list?.namedChildren.some(sets('true'))) {
    return false;
  }
  let reset = false;
  body.walk((m) => {
    reset ||= sets('false')(m);
    return !reset;
  });
  return !reset;
}

/** The literal of `defer func() { if r := recover(); r != nil { … } }()`. */
function recoveringLiteral(n: GoNode): GoNode | undefined {
  const call = n.type === 'defer_statement' ? n.namedChildren[0] : undefined;
  const lit = call?.type === 'call_expression' ? call.child('function') : undefined;
  const list =
    lit?.type === 'func_literal'
      ? lit.child('body')?.namedChildren.find((c) => c.type === 'statement_list')
      : undefined;
  const stmts = list?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
  const only = stmts.length === 1 ? stmts[0] : undefined;
  if (only?.type !== 'if_statement' || lit === undefined) {
    return undefined;
  }
  const found = { recovers: false };
  for (const part of [only.child('initializer'), only.child('condition')]) {
    part?.walk((m) => {
      found.recovers ||= m.type === 'call_expression' && callee(m)?.name === 'recover';
      return !found.recovers;
    });
  }
  return found.recovers ? lit : undefined;
}

/**
 * How many goroutines one go statement starts that send on the same channel: 1, or the
 * product of the constant trip counts (`for i := 0; i < 3; i++`) of the loops around it
 * that do not make the channel anew; undefined when such a loop has no constant count.
 */
export function instances(g: Goroutine, ch: LocalChannel): number | undefined {
  let n = 1;
  for (let p = g.stmt.parent; p !== undefined && p !== g.spawner; p = p.parent) {
    if (p.type === 'for_statement' && !p.contains(ch.declaration)) {
      const trips = tripCount(p);
      if (trips === undefined) {
        return undefined;
      }
      n *= trips;
    }
  }
  return n;
}

/** Whether a block assigns the variable named `name` (`i = …`, `i++`, `i += …`). */
function assignsIn(block: GoNode | undefined, name: string): boolean {
  const found = { yes: false };
  block?.walk((n) => {
    const targets =
      n.type === 'assignment_statement'
        ? (n.child('left')?.namedChildren ?? [])
        : n.type === 'inc_statement' || n.type === 'dec_statement'
          ? n.namedChildren
          : [];
    found.yes ||= targets.some((t) => t.type === 'identifier' && t.text === name);
    return !found.yes;
  });
  return found.yes;
}

/** `for i := 0; i < 3; i++`: 3 (not when the body changes i). */
function tripCount(loop: GoNode): number | undefined {
  const clause = loop.namedChildren.find((c) => c.type === 'for_clause');
  const init = clause?.child('initializer');
  const cond = clause?.child('condition');
  const update = clause?.child('update');
  const i = init?.type === 'short_var_declaration' ? init.child('left')?.text : undefined;
  const from = init?.child('right')?.text;
  const to = cond?.type === 'binary_expression' ? cond.child('right') : undefined;
  if (
    i === undefined ||
    from !== '0' ||
    cond?.child('left')?.text !== i ||
    cond.child('operator')?.type !== '<' ||
    to?.type !== 'int_literal' ||
    update?.type !== 'inc_statement' ||
    update.namedChildren[0]?.text !== i ||
    assignsIn(loop.child('body'), i)
  ) {
    return undefined;
  }
  return Number(to.text);
}

/**
 * The most sends on the paths through a statement that go on after it (`through`), that
 * leave the goroutine in it (`out`: return, panic), that break out of the enclosing loop
 * (`broken`) or go to its next iteration (`next`); NONE where there is no such path.
 */
interface SendCounts {
  readonly through: number;
  readonly out: number;
  readonly broken: number;
  readonly next: number;
}

const NONE = -Infinity;
const NO_NODES: ReadonlySet<GoNode> = new Set();
const NOTHING: SendCounts = { through: 0, out: NONE, broken: NONE, next: NONE };

function sendCounts(
  node: GoNode | undefined,
  sends: ReadonlySet<GoNode>,
  once: ReadonlySet<GoNode> = NO_NODES,
): SendCounts {
  if (node === undefined) {
    return NOTHING;
  }
  switch (node.type) {
    case 'send_statement':
      return { ...NOTHING, through: sends.has(node) ? 1 : 0 };
    case 'return_statement':
      return { ...NOTHING, through: NONE, out: 0 };
    case 'break_statement':
      return { ...NOTHING, through: NONE, broken: 0 };
    case 'continue_statement':
      return { ...NOTHING, through: NONE, next: 0 };
    case 'expression_statement':
      return isPanic(node) ? { ...NOTHING, through: NONE, out: 0 } : NOTHING;
    case 'defer_statement': {
      // `defer func() { …; ch <- v }()`: its sends run as the goroutine ends, counted here;
      // a recovering one's only instead of the body's (maxSends).
      if (recoveringLiteral(node) !== undefined) {
        return NOTHING;
      }
      const call = node.namedChildren[0];
      const lit = call?.type === 'call_expression' ? call.child('function') : undefined;
      return lit?.type === 'func_literal' ? sendCounts(lit.child('body'), sends, once) : NOTHING;
    }
    case 'for_statement': {
      const body = sendCounts(node.child('body'), sends, once);
      const trips = tripCount(node);
      return trips === undefined ? loopCounts(body) : countedLoopCounts(body, trips);
    }
    case 'if_statement':
      if (once.has(node)) {
        // Its block counts once, in maxSends; here only the way past it.
        return branchCounts([NOTHING, sendCounts(node.child('alternative'), sends, once)], false);
      }
      return branchCounts(
        [
          sendCounts(node.child('consequence'), sends, once),
          sendCounts(node.child('alternative'), sends, once),
        ],
        false,
      );
    case 'expression_switch_statement':
    case 'type_switch_statement':
    case 'select_statement': {
      const cases = node.namedChildren.filter((c) => c.type.endsWith('_case'));
      const exhaustive =
        node.type === 'select_statement' || cases.some((c) => c.type === 'default_case');
      // A break in a switch or select leaves it, not the loop.
      const counts = cases.map((c) => {
        const k = sendCounts(c, sends, once);
        return { ...k, through: Math.max(k.through, k.broken), broken: NONE };
      });
      return branchCounts(counts, !exhaustive);
    }
    case 'block':
    case 'statement_list':
    case 'labeled_statement':
    case 'expression_case':
    case 'type_case':
    case 'default_case':
    case 'communication_case':
      return node.namedChildren.reduce<SendCounts>(
        (acc, c) => sequence(acc, sendCounts(c, sends, once)),
        NOTHING,
      );
    default:
      return NOTHING;
  }
}

/** `a` then `b`. */
function sequence(a: SendCounts, b: SendCounts): SendCounts {
  return {
    through: add(a.through, b.through),
    out: Math.max(a.out, add(a.through, b.out)),
    broken: Math.max(a.broken, add(a.through, b.broken)),
    next: Math.max(a.next, add(a.through, b.next)),
  };
}

/** One of `branches`, or none of them when `mayFallThrough`. */
function branchCounts(branches: readonly SendCounts[], mayFallThrough: boolean): SendCounts {
  const best = (f: (c: SendCounts) => number): number => Math.max(NONE, ...branches.map(f));
  return {
    through: Math.max(
      mayFallThrough ? 0 : NONE,
      best((c) => c.through),
    ),
    out: best((c) => c.out),
    broken: best((c) => c.broken),
    next: best((c) => c.next),
  };
}

/** A loop around a body: any send on a path that goes round again may repeat. */
function loopCounts(body: SendCounts): SendCounts {
  if (body.through > 0 || body.next > 0) {
    return { through: Infinity, out: Infinity, broken: NONE, next: NONE };
  }
  return { through: Math.max(0, body.broken), out: body.out, broken: NONE, next: NONE };
}

/**
 * A loop that runs a constant number of times (`for i := 0; i < 100; i++`): at most that many
 * passes' sends, whether it runs out or a pass breaks or returns (nats-streaming-server's
 * dialer sends at most 100 times into a buffer of 101).
 */
function countedLoopCounts(body: SendCounts, trips: number): SendCounts {
  const pass = Math.max(body.through, body.next, 0);
  const before = (trips - 1) * pass;
  return {
    through: Math.max(trips * pass, add(before, body.broken)),
    out: add(before, body.out),
    broken: NONE,
    next: NONE,
  };
}

/** a + b, where either being NONE (no such path) gives NONE. */
function add(a: number, b: number): number {
  return a === NONE || b === NONE ? NONE : a + b;
}

function isPanic(stmt: GoNode): boolean {
  const c = callee(stmt.namedChildren[0]);
  return c?.name === 'panic' && c.qualifier === undefined;
}
