import type { GoNode } from '@mapscope/go-syntax';
import { FlowGraph } from '../control-flow.ts';
import { unparen } from '@mapscope/go-syntax';
import { calledFunction } from '../call-effects.ts';
import { goroutinesIn } from '../goroutines.ts';
import type { Goroutine } from '../goroutines.ts';
import { Scopes } from '../scope.ts';
import { enclosingFunction } from '../statements-after.ts';
import { channelUses, localChannels } from '../local-channel.ts';
import type { Candidates, DeclContext, Rule } from '../rule.ts';
import { checkUnclosedRange } from './goroutine-leak-range-worker.ts';
import { checkBlockedSenders } from './goroutine-leak-sender.ts';
import { checkTickerRange } from './ticker-range-leak.ts';
import { checkTimeTick } from './time-tick-leak.ts';

/**
 * MH013 goroutine-leak-unbuffered: goroutines and tickers that can never finish. Three
 * checks, each on what the declaration shows (see their files):
 * - a goroutine sends on a channel its spawner made and the spawner has a path that
 *   returns without receiving (goroutine-leak-sender.ts);
 * - a goroutine ranges over such a channel that is never closed
 *   (goroutine-leak-range-worker.ts);
 * - time.Tick where its ticker outlives its use, before Go 1.23 (time-tick-leak.ts);
 * - a goroutine ranging over a Ticker's C that the package stops: Stop does not close C
 *   (ticker-range-leak.ts).
 * Channels are followed within one declaration and the package functions it starts as
 * goroutines (`go writeTo(s, failed)`, whose parameter receives the channel): a channel
 * handed to another call, stored or returned is left alone.
 */
export const goroutineLeakUnbuffered: Rule = {
  id: 'MH013',
  mayConcern: (source) => /\bgo\b/.test(source) || /\bTick\b/.test(source),
  wants: (c: Candidates) => (c.has('gostmt') && c.has('chanop')) || c.has('tick'),
  check(ctx: DeclContext): void {
    const gos: GoNode[] = [];
    ctx.decl.walk((n) => {
      if (n.type === 'call_expression') {
        checkTimeTick(ctx, n);
      } else if (n.type === 'go_statement') {
        gos.push(n);
        checkTickerRange(ctx, n);
      }
      return true;
    });
    if (gos.length > 0) {
      checkChannels(ctx);
    }
  },
};

/**
 * Goroutines that run a function or method of the package, `go writeTo(primary, failed)`:
 * the function's declaration stands for the literal, with its own scopes.
 */
function namedGoroutines(ctx: DeclContext): Goroutine[] {
  const out: Goroutine[] = [];
  ctx.decl.walk((n) => {
    const call = n.type === 'go_statement' ? unparen(n.namedChildren[0]) : undefined;
    const spawner = enclosingFunction(n);
    if (call?.type !== 'call_expression' || spawner === undefined) {
      return true;
    }
    const fn = calledFunction(call, ctx.scopes, ctx.typer, ctx.index);
    if (fn?.node.child('body') !== undefined && fn.node !== ctx.decl) {
      out.push({
        stmt: n,
        call,
        literal: fn.node,
        via: 'go',
        spawner,
        scopes: new Scopes(fn.node),
      });
    }
    return true;
  });
  return out;
}

function checkChannels(ctx: DeclContext): void {
  const channels = localChannels(ctx);
  if (channels.length === 0) {
    return;
  }
  const goroutines = [...goroutinesIn(ctx.decl, ctx.typer, ctx.scopes), ...namedGoroutines(ctx)];
  const graphs = new Map<GoNode, FlowGraph>();
  const all = channels.map((ch) => ({ ch, uses: channelUses(ctx, ch, goroutines) }));
  for (const { ch, uses } of all) {
    if (uses.escapes || uses.goroutines.size === 0) {
      continue;
    }
    const fn = ch.binding.func;
    let graph = graphs.get(fn);
    if (graph === undefined) {
      graph = FlowGraph.of(fn);
      graphs.set(fn, graph);
    }
    checkBlockedSenders(ctx, ch, uses, { graph, others: all.filter((o) => o.ch !== ch) });
    checkUnclosedRange(ctx, ch, uses, graph);
  }
}
