import type { GoNode } from '@mapscope/go-syntax';
import type { FlowGraph, FlowStep } from '../control-flow.ts';
import type { Goroutine } from '../goroutines.ts';
import type { ChannelUses, LocalChannel } from '../local-channel.ts';
import type { DeclContext } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { isAssignTarget } from '../uses.ts';

/**
 * The steps of a spawner's flow graph that a path leaving a sender goroutine unreceived
 * cannot go through, for MH013, beyond the receives from the channel itself:
 * - select cases on a channel nothing sends on or closes (never taken);
 * - receives from a channel the sender signals only once it has no send left to make (a
 *   `done <- true` after its last send, an `errc <- err` followed by return, a deferred
 *   close): past them the sender is not blocked;
 * - branches inside a receiving loop that test a variable declared outside the loop and
 *   written after a receive (`done++` … `if done == 3 { return }`): whether such a path
 *   exists depends on how many values were received, which syntax cannot follow.
 */

/** A local channel of the declaration and its uses. */
export interface ChannelInfo {
  readonly ch: LocalChannel;
  readonly uses: ChannelUses;
}

/** A channel no code can send on or close: kept local, and neither its function nor a goroutine does. */
export function isSilent(uses: ChannelUses): boolean {
  const ops = [...uses.goroutines.values()];
  return (
    !uses.escapes &&
    uses.sends.length === 0 &&
    uses.closes.length === 0 &&
    ops.every((o) => o.sends.length === 0 && o.closes.length === 0)
  );
}

/** The select cases receiving from a channel that nothing sends on or closes. */
export function neverTaken(graph: FlowGraph, others: readonly ChannelInfo[]): FlowStep[] {
  return others
    .filter((o) => isSilent(o.uses))
    .flatMap((o) => o.uses.receives)
    .flatMap((r) => graph.stepsAt(r))
    .filter((s) => s.kind === 'case');
}

/**
 * The receives of the spawner from channels that goroutine `g` alone signals, on every
 * path, only after its last send on the channel under test (`sends`): once one returns,
 * `g` has no send left that could block.
 */
export function doneSignals(
  graph: FlowGraph,
  g: Goroutine,
  sends: readonly GoNode[],
  others: readonly ChannelInfo[],
): FlowStep[] {
  const out: FlowStep[] = [];
  for (const { uses } of others) {
    const mine = uses.goroutines.get(g);
    const signals = [...(mine?.sends ?? []), ...(mine?.closes ?? [])];
    const alone = [...uses.goroutines].every(
      ([h, o]) => h === g || (o.sends.length === 0 && o.closes.length === 0),
    );
    if (
      uses.escapes ||
      uses.sends.length > 0 ||
      uses.closes.length > 0 ||
      signals.length === 0 ||
      !alone ||
      !signals.every((s) => signalsDone(g, s, sends))
    ) {
      continue;
    }
    out.push(...uses.receives.flatMap((r) => graph.stepsAt(r)));
  }
  return out;
}

/**
 * Whether a send or close in `g` happens only when `g` has no send in `sends` left to
 * make: deferred, last thing the goroutine does (followed only by a return, through the
 * end of enclosing ifs, switches and blocks but not loops), or after every one of them
 * and outside any loop that holds one.
 */
function signalsDone(g: Goroutine, signal: GoNode, sends: readonly GoNode[]): boolean {
  if (signal.parent?.type === 'defer_statement') {
    return true;
  }
  const stmt = signal.parent?.type === 'expression_statement' ? signal.parent : signal;
  if (endsGoroutine(g, stmt)) {
    return true;
  }
  const loops: GoNode[] = [];
  for (let p = stmt.parent; p !== undefined && p !== g.literal; p = p.parent) {
    if (p.type === 'for_statement') {
      loops.push(p);
    }
  }
  return sends.every((s) => s.start < stmt.start && !loops.some((l) => l.contains(s)));
}

/** Whether nothing of `g` runs after `stmt` but a return. */
function endsGoroutine(g: Goroutine, stmt: GoNode): boolean {
  const body = g.literal.child('body');
  let cur = stmt;
  for (let p = cur.parent; p !== undefined; cur = p, p = p.parent) {
    if (p.type === 'statement_list') {
      const siblings = p.namedChildren;
      const next = siblings[siblings.indexOf(cur) + 1];
      if (next?.type === 'return_statement') {
        return true;
      }
      if (next !== undefined) {
        return false;
      }
    } else if (p === body) {
      return true;
    } else if (p.type === 'for_statement' || p.type === 'func_literal') {
      return false;
    }
  }
  return false;
}

/**
 * The branches inside loops that receive from the channel (and those loops' own tests)
 * whose condition reads a variable declared outside the loop that the loop writes after one
 * of those receives.
 */
export function receiveDependentBranches(
  ctx: DeclContext,
  graph: FlowGraph,
  receives: readonly FlowStep[],
): FlowStep[] {
  const out: FlowStep[] = [];
  const loops = new Set<GoNode>();
  for (const r of receives) {
    const loop = r.node?.ancestor('for_statement', 'func_literal');
    if (loop?.type === 'for_statement') {
      loops.add(loop);
    }
  }
  for (const loop of loops) {
    const inside = (s: FlowStep): boolean => s.node !== undefined && loop.contains(s.node);
    const seeds = receives.filter(inside);
    const written = new Set<Binding>();
    for (const s of graph.reachable(seeds, inside)) {
      for (const p of s.parts) {
        p.walk((n) => {
          const b = n.type === 'identifier' && isWritten(n) ? ctx.scopes.resolve(n) : undefined;
          // Only variables that outlive an iteration carry a count from one to the next.
          if (b !== undefined && !loop.contains(b.ident)) {
            written.add(b);
          }
          return n.type !== 'func_literal';
        });
      }
    }
    for (const s of graph.steps) {
      // An if inside the loop, or the loop's own test (`for !done { select { case <-ch:
      // done = true; default: } }` is left only once it has received).
      const test = (s.kind === 'branch' && inside(s)) || (s.kind === 'loop' && s.node === loop);
      if (test && s.parts.some((p) => reads(ctx, p, written))) {
        out.push(s);
      }
    }
  }
  return out;
}

function isWritten(ident: GoNode): boolean {
  const p = ident.parent;
  return (
    isAssignTarget(ident) ||
    p?.type === 'inc_statement' ||
    p?.type === 'dec_statement' ||
    (p?.type === 'unary_expression' && p.hasToken('&'))
  );
}

function reads(ctx: DeclContext, part: GoNode, written: ReadonlySet<Binding>): boolean {
  let found = false;
  part.walk((n) => {
    const b = n.type === 'identifier' ? ctx.scopes.resolve(n) : undefined;
    found ||= b !== undefined && written.has(b);
    return !found && n.type !== 'func_literal';
  });
  return found;
}
