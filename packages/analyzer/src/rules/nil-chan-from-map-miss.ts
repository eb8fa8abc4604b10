import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { asMap, underlying } from '../go-types.ts';
import { lookupBehind, missRuledOut } from '../map-miss.ts';
import type { Candidates, DeclContext, PackageFacts, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';

type ChanOp = 'send' | 'receive' | 'close' | 'range';

/**
 * MH006 nil-chan-from-map-miss: a channel taken from a map with a plain lookup (`m[k]`, or
 * `ch := m[k]`) and then sent to, received from, ranged over or closed, with no comma-ok
 * and no nil check first. A missing key yields the zero value, a nil channel: send and
 * receive block forever (Go: runtime/chan.go chansend/chanrecv park with waitReasonChanSendNilChan
 * / ChanReceiveNilChan), close panics "close of nil channel" (closechan).
 * Not flagged: a case of a select with other cases (a nil channel just disables it, a
 * known idiom), and whatever {@link missRuledOut} (map-miss.ts) finds rules a miss out: a
 * comma-ok lookup, a nil comparison or an assignment of the same `m[k]` earlier in the
 * function, a map literal read with one of its constant keys, a key ranging over the map,
 * a membership test, a map filled in a loop before the lookup.
 */
export const nilChanFromMapMiss: Rule = {
  id: 'MH006',
  // A channel type (for the package fact), a send or receive, close, or a range.
  mayConcern: (source) => /\bchan\b|<-|\bclose\b|\brange\b/.test(source),
  wants: (c: Candidates, _v: unknown, pkg: PackageFacts) => c.has('chanop') && pkg.hasMapOfChan,
  check(ctx: DeclContext): void {
    ctx.decl.walk((n) => {
      const op = channelOperation(ctx, n);
      if (op !== undefined) {
        checkOperation(ctx, n, op.channel, op.kind);
      }
      return true;
    });
  },
};

function channelOperation(
  ctx: DeclContext,
  n: GoNode,
): { channel: GoNode; kind: ChanOp } | undefined {
  switch (n.type) {
    case 'send_statement': {
      const channel = n.child('channel');
      return channel === undefined ? undefined : { channel, kind: 'send' };
    }
    case 'unary_expression': {
      const channel = n.child('operand');
      return n.hasToken('<-') && channel !== undefined ? { channel, kind: 'receive' } : undefined;
    }
    case 'call_expression': {
      const fn = unparen(n.child('function'));
      const channel = callArguments(n)[0];
      const isClose =
        callee(n)?.name === 'close' &&
        fn?.type === 'identifier' &&
        ctx.scopes.resolve(fn) === undefined;
      return isClose && channel !== undefined ? { channel, kind: 'close' } : undefined;
    }
    case 'range_clause': {
      const channel = n.child('right');
      return channel === undefined ? undefined : { channel, kind: 'range' };
    }
    default:
      return undefined;
  }
}

function checkOperation(ctx: DeclContext, op: GoNode, channel: GoNode, kind: ChanOp): void {
  const ch = unparen(channel);
  if (ch === undefined || disabledInSelect(op)) {
    return;
  }
  let lookup: GoNode | undefined;
  let via: Binding | undefined;
  if (ch.type === 'index_expression') {
    lookup = ch;
  } else if (ch.type === 'identifier') {
    via = ctx.scopes.resolve(ch);
    lookup = via === undefined ? undefined : lookupBehind(via);
  }
  if (lookup === undefined || !isChanMapLookup(ctx, lookup)) {
    return;
  }
  if (missRuledOut(ctx, lookup, op, via)) {
    return;
  }
  ctx.report('MH006', op, message(kind, lookup.text, via?.name));
}

function isChanMapLookup(ctx: DeclContext, lookup: GoNode): boolean {
  const m = asMap(ctx.typer.typeOf(lookup.child('operand')));
  return m !== undefined && underlying(m.elem).kind === 'chan';
}

/** A send or receive that is the communication of a select case, with other cases beside it. */
function disabledInSelect(op: GoNode): boolean {
  let comm: GoNode = op;
  if (comm.parent?.type === 'receive_statement' || comm.parent?.type === 'expression_statement') {
    comm = comm.parent;
  }
  const clause = comm.parent;
  if (clause?.type !== 'communication_case' || comm.field !== 'communication') {
    return false;
  }
  const cases = clause.parent?.namedChildren.filter(
    (c) => c.type === 'communication_case' || c.type === 'default_case',
  );
  return (cases?.length ?? 0) > 1;
}

function message(kind: ChanOp, lookup: string, variable: string | undefined): string {
  const source =
    variable === undefined ? `the channel ${lookup}` : `channel ${variable} (from ${lookup})`;
  const effect =
    kind === 'close'
      ? 'close panics with "close of nil channel"'
      : `a ${kind === 'send' ? 'send on' : 'receive from'} a nil channel blocks forever: ` +
        'a leaked goroutine, or "fatal error: all goroutines are asleep - deadlock!"';
  const verb = { send: 'send on', receive: 'receive from', range: 'range over', close: 'close of' }[
    kind
  ];
  return (
    `${verb} ${source} that may be missing from the map: a missing key gives a nil channel, and ${effect}; ` +
    `look it up with ch, ok := ${lookup} and handle !ok first`
  );
}
