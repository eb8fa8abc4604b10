import { callArguments, callee, isFunction, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { underlying } from './go-types.ts';
import type { Scopes } from './scope.ts';
import { enclosingFunction, terminates } from './statements-after.ts';
import type { Typer } from './type-of.ts';

/**
 * Where go statements start in source text: a go statement begins a line or follows `{`,
 * `;` or a case's `:` with no `/` before it on the line, so the word in a comment ("use go
 * test -bench") does not count.
 */
export function goStatementOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\bgo[ \t]+[\w(]/g)) {
    const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    if (!before.includes('/') && /^(?:.*[{;:])?[ \t]*$/.test(before)) {
      out.push(m.index);
    }
  }
  return out;
}

/** Whether source text may start a goroutine: a go statement, or `g.Go(func…)`. */
export function mayStartGoroutines(text: string): boolean {
  return /\.Go\(\s*func\b/.test(text) || goStatementOffsets(text).length > 0;
}

/**
 * Goroutines started in one declaration, and what may run beside them, for MH001 and
 * MH002. Syntax only: a goroutine is `go func(…){…}(…)` or `g.Go(func…)` of an errgroup or
 * a WaitGroup; what runs beside it is the rest of the function that started it, up to the
 * first point that waits for something (a `Wait()` call, a channel receive, a `select`, a
 * range over a channel), other goroutines started in that stretch, and further instances
 * of itself when its go statement is in a loop.
 */

/**
 * A goroutine whose body is at hand: `go func(…){…}(…)`, or `g.Go(func() error {…})` of an
 * errgroup.Group or a sync.WaitGroup (Go 1.25's WaitGroup.Go).
 */
export interface Goroutine {
  /** The statement that starts it: the go_statement, or the expression statement of `g.Go`. */
  readonly stmt: GoNode;
  /** The call: for a go statement, its literal and the arguments it evaluates on the spot. */
  readonly call: GoNode;
  readonly literal: GoNode;
  /** How it is started: a go statement (its arguments bind the literal's parameters) or `Go`. */
  readonly via: 'go' | 'group';
  /** The function (declaration or literal) whose body holds the statement. */
  readonly spawner: GoNode;
  /**
   * For a goroutine that runs a package function (`go writeTo(s, failed)`), `literal` is that
   * function's declaration and these are its scopes (the spawner's do not cover it).
   */
  readonly scopes?: Scopes;
}

/** Every goroutine a declaration starts with a function literal, in source order. */
export function goroutinesIn(decl: GoNode, typer: Typer, scopes: Scopes): Goroutine[] {
  const out: Goroutine[] = [];
  decl.walk((n) => {
    const spawner =
      n.type === 'go_statement' || n.type === 'expression_statement'
        ? enclosingFunction(n)
        : undefined;
    const call = n.namedChildren[0];
    if (spawner === undefined || call?.type !== 'call_expression') {
      return true;
    }
    if (n.type === 'go_statement') {
      const literal = unparen(call.child('function'));
      if (literal?.type === 'func_literal') {
        out.push({ stmt: n, call, literal, via: 'go', spawner });
      }
      return true;
    }
    const c = callee(call);
    const literal = unparen(callArguments(call)[0]);
    if (
      c?.name === 'Go' &&
      c.qualifier !== undefined &&
      literal?.type === 'func_literal' &&
      isGroup(c.qualifier, typer, scopes)
    ) {
      out.push({ stmt: n, call, literal, via: 'group', spawner });
    }
    return true;
  });
  return out;
}

/**
 * Whether `x` is an errgroup.Group or a sync.WaitGroup (or a pointer to one): by its
 * declared type, or a variable from `errgroup.WithContext(…)`.
 */
function isGroup(x: GoNode, typer: Typer, scopes: Scopes): boolean {
  let t = underlying(typer.typeOf(x));
  if (t.kind === 'pointer') {
    t = underlying(t.elem);
  }
  if (t.kind === 'qualified') {
    return (
      (t.pkg === 'errgroup' && t.name === 'Group') || (t.pkg === 'sync' && t.name === 'WaitGroup')
    );
  }
  const e = unparen(x);
  const b = e?.type === 'identifier' ? scopes.resolve(e) : undefined;
  const init =
    b?.decl.type === 'short_var_declaration' ? b.decl.child('right')?.namedChildren[0] : undefined;
  const c = callee(init);
  return c?.name === 'WithContext' && c.qualifier?.text === 'errgroup';
}

/** Part of the spawner that may run beside a goroutine: `stmt`, up to offset `before`. */
export interface Region {
  readonly stmt: GoNode;
  readonly before: number;
}

/** What may run while a goroutine runs, as far as its spawner shows. */
export interface Overlap {
  /** Statements of the spawner after the go statement, up to the first wait. */
  readonly regions: readonly Region[];
  /** The innermost loop that starts the goroutine again while earlier instances may run. */
  readonly loop: GoNode | undefined;
}

const BREAKABLE = new Set([
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
]);

/**
 * The spawner's code that may run while `g` runs: the statements after the go statement in
 * its block and the enclosing blocks, in order, up to the first statement that waits (the
 * part of that statement before the wait included). Leaving a loop body whose rest does not
 * wait, the whole body may run again beside the goroutine (and start it again), up to a
 * `Wait()`: a receive or select before the go statement in the body (a semaphore, a ticker)
 * does not wait for earlier instances. A return, goto, panic or t.Fatal ends the search;
 * break leaves the loop or switch without a new iteration.
 */
export function overlapOf(g: Pick<Goroutine, 'stmt' | 'spawner'>, typer: Typer): Overlap {
  const regions: Region[] = [];
  let loop: GoNode | undefined;
  let jump: 'break' | 'continue' | undefined;
  let cur = g.stmt;
  for (let p = cur.parent; p !== undefined && cur !== g.spawner; cur = p, p = p.parent) {
    if (p.type === 'statement_list' && jump === undefined) {
      const siblings = p.namedChildren;
      for (const s of siblings.slice(siblings.indexOf(cur) + 1)) {
        const cut = firstWait(s, typer, false);
        regions.push({ stmt: s, before: cut ?? s.end });
        if (cut !== undefined || endsFunction(s)) {
          return { regions, loop };
        }
        if (s.type === 'break_statement' || s.type === 'continue_statement') {
          jump = s.type === 'break_statement' ? 'break' : 'continue';
          break;
        }
      }
    }
    if (p.type === 'for_statement' && cur.field === 'body' && jump !== 'break') {
      loop ??= p;
      const cut = firstWait(cur, typer, true);
      regions.push({ stmt: cur, before: cut ?? cur.end });
      if (cut !== undefined) {
        return { regions, loop };
      }
    }
    if (BREAKABLE.has(p.type) && (jump === 'break' || p.type === 'for_statement')) {
      jump = undefined;
    }
  }
  return { regions, loop };
}

/** Calls after which the rest of the function does not run. */
const NO_RETURN = new Set([
  'panic',
  'Fatal',
  'Fatalf',
  'Fatalln',
  'FailNow',
  'Skip',
  'Skipf',
  'SkipNow',
  'Exit',
  'Goexit',
]);

/** `return`, `goto`, `panic(…)`, `t.Fatal(…)`, `os.Exit(…)`: nothing after it runs. */
export function endsFunction(s: GoNode): boolean {
  const call = s.type === 'expression_statement' ? s.namedChildren[0] : undefined;
  return terminates(s) || NO_RETURN.has(callee(call)?.name ?? '');
}

/**
 * The offset of the first point in `stmt` that waits for another goroutine: a `Wait()` call
 * (sync.WaitGroup, errgroup, exec.Cmd…), and unless `waitOnly`, a receive, a select or a
 * range over something that may be a channel. Function literals and defer statements run
 * at other times and are not looked into.
 */
function firstWait(stmt: GoNode, typer: Typer, waitOnly: boolean): number | undefined {
  let at: number | undefined;
  stmt.walk((n) => {
    if (at !== undefined || isFunction(n) || n.type === 'defer_statement') {
      return false;
    }
    if (isWaitCall(n) || (!waitOnly && waitsOnChannel(n, typer))) {
      at = n.start;
      return false;
    }
    return true;
  });
  return at;
}

function isWaitCall(n: GoNode): boolean {
  const c = callee(n);
  return c?.name === 'Wait' && c.qualifier !== undefined;
}

function waitsOnChannel(n: GoNode, typer: Typer): boolean {
  switch (n.type) {
    case 'unary_expression':
      return n.hasToken('<-');
    case 'select_statement':
      return true;
    case 'range_clause':
      return mayBeChannel(typer, n.child('right'));
    default:
      return false;
  }
}

/** Whether a ranged expression may be a channel: its type is a channel or unknown. */
function mayBeChannel(typer: Typer, expr: GoNode | undefined): boolean {
  const k = underlying(typer.typeOf(expr)).kind;
  return k === 'chan' || k === 'unknown' || k === 'named' || k === 'qualified';
}

/** A channel or WaitGroup operation that orders code in one goroutine after code in another. */
export interface SyncEvent {
  readonly at: number;
  /** The channel or WaitGroup, as written (`done`, `s.wg`). */
  readonly on: string;
  /** `wait`: a receive, a range over a channel, `Wait()`; `signal`: a send, `close`, `Done()`. */
  readonly kind: 'wait' | 'signal';
  /** Inside a defer statement: it happens when the function returns. */
  readonly deferred: boolean;
}

/**
 * The channel and WaitGroup operations of a function body, not looking into function
 * literals other than deferred ones (nor into goroutines started there).
 */
export function syncEvents(fn: GoNode, typer: Typer): SyncEvent[] {
  const out: SyncEvent[] = [];
  const visit = (node: GoNode, deferred: boolean): void => {
    node.walk((n) => {
      // A deferred literal runs at return (`defer func() { close(done) }()`): look inside.
      if (n !== node && isFunction(n) && !deferred) {
        return false;
      }
      if (n.type === 'defer_statement' && !deferred) {
        visit(n, true);
        return false;
      }
      for (const e of eventsAt(n, typer)) {
        out.push({ at: n.start, on: e.on.replace(/\s+/g, ''), kind: e.kind, deferred });
      }
      return n.type !== 'go_statement';
    });
  };
  const body = fn.child('body');
  if (body !== undefined) {
    visit(body, false);
  }
  return out;
}

/** What a cancel function signals and `<-ctx.Done()` waits for. */
const CONTEXT = 'context.Context';

/** The events of one node: a receive from `X.Done()` also waits for a cancel call. */
function eventsAt(n: GoNode, typer: Typer): { on: string; kind: SyncEvent['kind'] }[] {
  const e = syncEvent(n, typer);
  if (e === undefined) {
    return [];
  }
  return e.kind === 'wait' && /\.Done\(\s*\)$/.test(e.on)
    ? [e, { on: CONTEXT, kind: 'wait' }]
    : [e];
}

function syncEvent(n: GoNode, typer: Typer): { on: string; kind: SyncEvent['kind'] } | undefined {
  switch (n.type) {
    case 'unary_expression': {
      const ch = n.child('operand');
      return n.hasToken('<-') && ch ? { on: ch.text, kind: 'wait' } : undefined;
    }
    case 'range_clause': {
      const ch = n.child('right');
      return ch && mayBeChannel(typer, ch) ? { on: ch.text, kind: 'wait' } : undefined;
    }
    case 'send_statement': {
      const ch = n.child('channel');
      return ch ? { on: ch.text, kind: 'signal' } : undefined;
    }
    case 'call_expression':
      return callEvent(n);
    default:
      return undefined;
  }
}

function callEvent(call: GoNode): { on: string; kind: SyncEvent['kind'] } | undefined {
  const c = callee(call);
  if (c?.name === 'close' && c.qualifier === undefined) {
    const ch = callArguments(call)[0];
    return ch ? { on: ch.text, kind: 'signal' } : undefined;
  }
  if (c !== undefined && /^cancel/i.test(c.name)) {
    // cancel(), s.cancel(), cancelFunc(): a context's cancel function closes its Done channel.
    return { on: CONTEXT, kind: 'signal' };
  }
  if (c?.qualifier === undefined) {
    return undefined;
  }
  if (c.name === 'Wait') {
    return { on: c.qualifier.text, kind: 'wait' };
  }
  // wg.Done() signals; the ctx.Done() of `<-ctx.Done()` only names the channel received from.
  const received = call.parent?.type === 'unary_expression';
  return c.name === 'Done' && !received ? { on: c.qualifier.text, kind: 'signal' } : undefined;
}

/**
 * Whether the go statement runs only after receiving a token (as a select case's statement,
 * or right after `<-ch`) that the goroutine's body sends back on the same channel in a
 * deferred call: a semaphore of one, so one instance runs at a time (tailscale's relay
 * manager and its run loop).
 */
export function tokenGated(stmt: GoNode, body: GoNode | undefined): boolean {
  const list = stmt.parent;
  const clause = list?.type === 'statement_list' ? list.parent : undefined;
  let received: GoNode | undefined;
  if (clause?.type === 'communication_case') {
    received = receiveOperand(clause.child('communication'));
  } else if (list?.type === 'statement_list') {
    const siblings = list.namedChildren;
    received = receiveOperand(siblings[siblings.indexOf(stmt) - 1]);
  }
  const name = received === undefined ? undefined : lastName(received);
  if (name === undefined || body === undefined) {
    return false;
  }
  let gives = false;
  body.walk((n) => {
    if (n.type === 'send_statement' && n.ancestor('defer_statement') !== undefined) {
      const ch = n.child('channel');
      gives ||= ch !== undefined && lastName(ch) === name;
    }
    return !gives;
  });
  return gives;
}

/** The channel `<-ch` (a statement, a case, `v := <-ch`) receives from. */
function receiveOperand(n: GoNode | undefined): GoNode | undefined {
  let e = n;
  if (e?.type === 'expression_statement') {
    e = unparen(e.namedChildren[0]);
  } else if (e?.type === 'receive_statement') {
    e = unparen(e.child('right'));
  }
  return e?.type === 'unary_expression' && e.hasToken('<-') ? e.child('operand') : undefined;
}

/** The last name of a channel expression: `stopped` of `r.stopped` or of `stopped`. */
function lastName(e: GoNode): string | undefined {
  const u = unparen(e);
  if (u?.type === 'selector_expression') {
    return u.child('field')?.text;
  }
  return u?.type === 'identifier' ? u.text : undefined;
}
