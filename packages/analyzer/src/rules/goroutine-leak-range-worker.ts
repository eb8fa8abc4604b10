import { FlowGraph } from '../control-flow.ts';
import type { ChannelUses, LocalChannel } from '../local-channel.ts';
import type { DeclContext } from '../rule.ts';
import { LEAK_EFFECT } from './goroutine-leak-sender.ts';

/**
 * MH013, range worker: a goroutine started with `go func…` ranges over a channel its
 * spawner made (and keeps to itself) that nothing ever closes, and the spawner can return
 * after starting it. A range over a channel ends only when the channel is closed, so once
 * the last value is received the worker waits forever; after the spawner returns nothing
 * can even reach the channel.
 * Not flagged: a channel closed anywhere (`defer close(ch)`, in the producer goroutine),
 * a channel that escapes, a range loop the worker can leave by return, break or goto (a
 * sentinel value), a spawner that never returns (a server loop) or that is package main's
 * main, and channels fed by a goroutine that never returns (both sides live forever).
 */
export function checkUnclosedRange(
  ctx: DeclContext,
  ch: LocalChannel,
  uses: ChannelUses,
  graph: FlowGraph,
): void {
  const fn = ch.binding.func;
  const ops = [...uses.goroutines.values()];
  if (uses.escapes || uses.closes.length > 0 || ops.some((o) => o.closes.length > 0)) {
    return;
  }
  if (fn.child('name')?.text === 'main' && ctx.file.packageName === 'main') {
    return;
  }
  const endless = [...uses.goroutines].some(
    ([g, o]) => o.sends.length > 0 && !FlowGraph.of(g.literal).canReturn(),
  );
  if (endless) {
    return;
  }
  for (const [g, o] of uses.goroutines) {
    const start = graph.stepOf(g.stmt);
    if (o.ranges.length === 0 || start === undefined) {
      continue;
    }
    if (
      graph.findPath(
        [start],
        (s) => s === graph.exit,
        () => false,
      ) === undefined
    ) {
      continue;
    }
    const worker = FlowGraph.of(g.literal);
    for (const r of o.ranges) {
      const loop = r.parent;
      if (loop?.type !== 'for_statement' || worker.loopExits(loop).length > 0) {
        continue;
      }
      const name = ch.binding.name;
      ctx.report(
        'MH013',
        loop,
        `goroutine leak: the goroutine started at line ${ctx.file.position(g.stmt.start).line} ` +
          `ranges over channel ${name}, which is never closed: a range over a channel ends ` +
          `only when it is closed, so after the last value the goroutine blocks forever in ` +
          `chan receive, ${LEAK_EFFECT}; close(${name}) once the last value is sent (defer ` +
          `close(${name}) in the function that sends)`,
      );
    }
  }
}
