import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { asMap, underlying } from '../go-types.ts';
import type { Candidates, DeclContext, PackageFacts, Rule } from '../rule.ts';
import type { Binding } from '../scope.ts';
import { classifyUse, isAssignTarget } from '../uses.ts';

type ChanOp = 'send' | 'receive' | 'close' | 'range';

/**
 * MH006 nil-chan-from-map-miss: a channel taken from a map with a plain lookup (`m[k]`, or
 * `ch := m[k]`) and then sent to, received from, ranged over or closed, with no comma-ok
 * and no nil check first. A missing key yields the zero value, a nil channel: send and
 * receive block forever (Go: runtime/chan.go chansend/chanrecv park with waitReasonChanSendNilChan
 * / ChanReceiveNilChan), close panics "close of nil channel" (closechan).
 * Not flagged: a comma-ok lookup, a nil comparison or an assignment of the same `m[k]`
 * earlier in the function, a case of a select with other cases (a nil channel just
 * disables it, a known idiom), and a local map literal read with one of its constant keys.
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
  if (
    guarded(ctx, lookup, op) ||
    (via !== undefined && nilChecked(via, op)) ||
    literalHit(ctx, lookup)
  ) {
    return;
  }
  ctx.report('MH006', op, message(kind, lookup.text, via?.name));
}

/** The `m[k]` a variable was initialized from, when nothing else ever assigns it. */
function lookupBehind(b: Binding): GoNode | undefined {
  const value = unparen(b.value);
  if (value?.type !== 'index_expression' || b.kind !== 'var') {
    return undefined;
  }
  const changed = b.uses.some((u) => {
    const use = classifyUse(u);
    return use === 'assign' || use === 'address';
  });
  return changed ? undefined : value;
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

/**
 * Whether the same `m[k]` was looked at before the operation: compared with nil, assigned,
 * or read with comma-ok. Source order within the declaration stands in for dominance.
 */
function guarded(ctx: DeclContext, lookup: GoNode, op: GoNode): boolean {
  const text = normalize(lookup.text);
  let found = false;
  ctx.decl.walk((n) => {
    if (found || n.start >= op.start) {
      return false;
    }
    if (n.type === 'index_expression' && n !== lookup && normalize(n.text) === text) {
      found = isAssignTarget(n) || comparedWithNil(n) || commaOk(n);
    }
    return !found;
  });
  return found;
}

/** A nil comparison of the channel variable between its lookup and the operation. */
function nilChecked(b: Binding, op: GoNode): boolean {
  return b.uses.some((u) => u.start > b.ident.start && u.start < op.start && comparedWithNil(u));
}

function comparedWithNil(n: GoNode): boolean {
  let e = n;
  while (e.parent?.type === 'parenthesized_expression') {
    e = e.parent;
  }
  const cmp = e.parent;
  if (cmp?.type !== 'binary_expression') {
    return false;
  }
  const op = cmp.child('operator')?.type;
  const other = e.field === 'left' ? cmp.child('right') : cmp.child('left');
  return (op === '==' || op === '!=') && unparen(other)?.type === 'nil';
}

function commaOk(n: GoNode): boolean {
  const list = n.parent;
  const stmt = list?.parent;
  if (list?.field !== 'right' || list.namedChildren.length !== 1) {
    return false;
  }
  const left = stmt?.child('left')?.namedChildren ?? [];
  return (
    (stmt?.type === 'short_var_declaration' ||
      stmt?.type === 'assignment_statement' ||
      stmt?.type === 'var_spec') &&
    left.length === 2
  );
}

/**
 * A local map built from a literal with constant keys, never written afterwards, read with
 * one of those keys: the lookup cannot miss.
 */
function literalHit(ctx: DeclContext, lookup: GoNode): boolean {
  const operand = unparen(lookup.child('operand'));
  const key = unparen(lookup.child('index'));
  const b = operand?.type === 'identifier' ? ctx.scopes.resolve(operand) : undefined;
  const literal = unparen(b?.value);
  if (
    b === undefined ||
    literal?.type !== 'composite_literal' ||
    key === undefined ||
    !isConstant(key)
  ) {
    return false;
  }
  const written = b.uses.some((u) => {
    const p = u.parent;
    const isDelete = p?.type === 'argument_list' && callee(p.parent)?.name === 'delete';
    const isIndexWrite =
      p?.type === 'index_expression' && u.field === 'operand' && isAssignTarget(p);
    return isDelete || isIndexWrite || isAssignTarget(u);
  });
  const keys = (literal.child('body')?.namedChildren ?? [])
    .filter((e) => e.type === 'keyed_element')
    .map((e) => normalize(e.child('key')?.text ?? ''));
  return !written && keys.includes(normalize(key.text));
}

function isConstant(n: GoNode): boolean {
  return /^(interpreted_string_literal|raw_string_literal|int_literal|rune_literal|true|false)$/.test(
    n.type,
  );
}

function normalize(text: string): string {
  return text.replace(/\s+/g, '');
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
