import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { underlying } from './go-types.ts';
import type { Goroutine } from './goroutines.ts';
import type { DeclContext } from './rule.ts';
import { parameterNames } from './scope.ts';
import type { Binding } from './scope.ts';
import { enclosingFunction } from './statements-after.ts';

/**
 * Channels a function makes for itself (`ch := make(chan T)`, `var ch = make(chan T, 1)`)
 * and every place they are used, for MH013: whether the function and the goroutines it
 * starts are the only code that can reach them.
 */

/** A channel variable initialized by `make` in the function that declares it. */
export interface LocalChannel {
  readonly binding: Binding;
  /** The `make(…)` call. */
  readonly make: GoNode;
  /** The channel type as written (`chan string`, or a named channel type). */
  readonly type: GoNode;
  /** The buffer size: 0 for `make(chan T)` and `make(chan T, 0)`; undefined unless a literal. */
  readonly capacity: number | undefined;
  /** The statement that declares it. */
  readonly declaration: GoNode;
}

/** What one goroutine the function starts does with the channel. */
export interface GoroutineChannelOps {
  readonly sends: GoNode[];
  readonly receives: GoNode[];
  /** `range` clauses over it. */
  readonly ranges: GoNode[];
  readonly closes: GoNode[];
}

/** Where a local channel is used. */
export interface ChannelUses {
  /**
   * Some use lets other code reach the channel or changes it: passed to a call other than
   * close, len or cap, stored, returned, assigned, or captured by a func literal other than
   * a goroutine the function starts with `go`.
   */
  readonly escapes: boolean;
  /** Sends on ch in the function itself. */
  readonly sends: GoNode[];
  /** `<-ch` and `range` clauses over ch in the function itself (not in literals). */
  readonly receives: GoNode[];
  /** `close(ch)` in the function itself, deferred or not. */
  readonly closes: GoNode[];
  /** The goroutines (go func literals started by the function) that use it. */
  readonly goroutines: Map<Goroutine, GoroutineChannelOps>;
}

/** Every channel variable a declaration's functions make with `make` and a `chan` type. */
export function localChannels(ctx: DeclContext): LocalChannel[] {
  const out: LocalChannel[] = [];
  ctx.decl.walk((n) => {
    const fn = n.type === 'call_expression' ? unparen(n.child('function')) : undefined;
    if (fn?.type !== 'identifier' || fn.text !== 'make' || ctx.scopes.resolve(fn) !== undefined) {
      return true;
    }
    const ch = declaredBy(ctx, n);
    if (ch !== undefined) {
      out.push(ch);
    }
    return true;
  });
  return out;
}

function declaredBy(ctx: DeclContext, make: GoNode): LocalChannel | undefined {
  const [type, size, ...rest] = callArguments(make);
  if (type === undefined || rest.length > 0) {
    return undefined;
  }
  if (underlying(ctx.typer.typeFromSyntax(type)).kind !== 'chan') {
    return undefined;
  }
  const list = make.parent;
  const stmt = list?.parent;
  if (list?.field !== 'right' && list?.field !== 'value') {
    return undefined;
  }
  const names = stmt?.fieldChildren(stmt.type === 'var_spec' ? 'name' : 'left') ?? [];
  const idents = stmt?.type === 'var_spec' ? names : (names[0]?.namedChildren ?? []);
  const ident = idents[list.namedChildren.indexOf(make)];
  const binding = ident === undefined ? undefined : ctx.scopes.resolve(ident);
  if (binding?.value !== make || binding.ident !== ident) {
    return undefined;
  }
  const declaration =
    stmt?.type === 'var_spec'
      ? stmt.ancestor('var_declaration')
      : stmt?.type === 'short_var_declaration'
        ? stmt
        : undefined;
  if (declaration === undefined) {
    return undefined;
  }
  return { binding, make, type, capacity: capacityOf(size), declaration };
}

function capacityOf(size: GoNode | undefined): number | undefined {
  const s = unparen(size);
  if (s === undefined) {
    return 0;
  }
  return s.type === 'int_literal' && /^\d+$/.test(s.text) ? Number(s.text) : undefined;
}

/**
 * The uses of a local channel: in the function that made it, and in the goroutines that
 * function starts (a `go func(…){…}(…)` whose literal refers to it or is handed it as an
 * argument), their deferred literals included.
 */
export function channelUses(
  ctx: DeclContext,
  ch: LocalChannel,
  goroutines: readonly Goroutine[],
): ChannelUses {
  const fn = ch.binding.func;
  const mine = goroutines.filter((g) => g.via === 'go' && g.spawner === fn);
  const uses: ChannelUses = {
    escapes: false,
    sends: [],
    receives: [],
    closes: [],
    goroutines: new Map(),
  };
  let escapes = false;
  const opsOf = (g: Goroutine): GoroutineChannelOps => {
    let ops = uses.goroutines.get(g);
    if (ops === undefined) {
      ops = { sends: [], receives: [], ranges: [], closes: [] };
      uses.goroutines.set(g, ops);
    }
    return ops;
  };
  const inGoroutine = (g: Goroutine, b: Binding): void => {
    for (const u of b.uses) {
      if (enclosingFunction(u) !== g.literal || !goroutineUse(ctx, u, opsOf(g))) {
        escapes = true;
      }
    }
  };
  for (const u of ch.binding.uses) {
    const where = enclosingFunction(u);
    const g = mine.find(
      (x) => x.literal === where || deferredIn(where, x.literal) || helperIn(ctx, where, x.literal),
    );
    if (g !== undefined) {
      escapes ||= !goroutineUse(ctx, u, opsOf(g));
      continue;
    }
    if (where !== fn) {
      escapes = true;
      continue;
    }
    const passed = mine.find((x) => argumentIndex(x.call, u) !== undefined);
    const param = passed === undefined ? undefined : parameterFor(ctx, passed, u);
    if (passed !== undefined && param !== undefined) {
      inGoroutine(passed, param);
    } else if (!parentUse(ctx, u, uses)) {
      escapes = true;
    }
  }
  return { ...uses, escapes };
}

/**
 * Whether `fn` is the literal of a `defer func() {…}()` directly in `goroutine`'s body: it
 * runs as the goroutine ends, so its channel operations are the goroutine's.
 */
function deferredIn(fn: GoNode | undefined, goroutine: GoNode): boolean {
  const call = fn?.type === 'func_literal' ? fn.parent : undefined;
  const stmt = call?.type === 'call_expression' ? call.parent : undefined;
  return stmt?.type === 'defer_statement' && enclosingFunction(stmt) === goroutine;
}

/**
 * Whether `fn` is a helper literal of the goroutine: `report := func(err error) { select {
 * case errc <- err: case <-ctx.Done(): } }` made in its body and only called there. It runs
 * on the goroutine, so its channel operations are the goroutine's (a guarded send there does
 * not hide an unguarded one beside it).
 */
function helperIn(ctx: DeclContext, fn: GoNode | undefined, goroutine: GoNode): boolean {
  const decl = fn?.type === 'func_literal' ? fn.parent?.parent : undefined;
  if (
    fn === undefined ||
    decl?.type !== 'short_var_declaration' ||
    enclosingFunction(decl) !== goroutine
  ) {
    return false;
  }
  const names = decl.child('left')?.namedChildren ?? [];
  const values = decl.child('right')?.namedChildren ?? [];
  const name = names[values.indexOf(fn)];
  const b = name === undefined ? undefined : ctx.scopes.resolve(name);
  return (
    b !== undefined &&
    b.uses.length > 0 &&
    b.uses.every(
      (u) =>
        u.parent?.type === 'call_expression' &&
        u.field === 'function' &&
        enclosingFunction(u) === goroutine,
    )
  );
}

/** A use in the function itself; false when it lets the channel escape. */
function parentUse(ctx: DeclContext, u: GoNode, uses: ChannelUses): boolean {
  const op = operation(ctx, u);
  switch (op?.kind) {
    case 'send':
      uses.sends.push(op.node);
      return true;
    case 'receive':
    case 'range':
      uses.receives.push(op.node);
      return true;
    case 'close':
      uses.closes.push(op.node);
      return true;
    case 'inspect':
      return true;
    default:
      return false;
  }
}

/** A use in a goroutine; false when it lets the channel escape. */
function goroutineUse(ctx: DeclContext, u: GoNode, ops: GoroutineChannelOps): boolean {
  const op = operation(ctx, u);
  switch (op?.kind) {
    case 'send':
      ops.sends.push(op.node);
      return true;
    case 'receive':
      ops.receives.push(op.node);
      return true;
    case 'range':
      ops.ranges.push(op.node);
      return true;
    case 'close':
      ops.closes.push(op.node);
      return true;
    case 'inspect':
      return true;
    default:
      return false;
  }
}

interface Operation {
  readonly kind: 'send' | 'receive' | 'range' | 'close' | 'inspect';
  readonly node: GoNode;
}

/** What the expression around a use of the channel does with it. */
function operation(ctx: DeclContext, u: GoNode): Operation | undefined {
  let e = u;
  while (e.parent?.type === 'parenthesized_expression') {
    e = e.parent;
  }
  const p = e.parent;
  if (p === undefined) {
    return undefined;
  }
  if (p.type === 'send_statement' && e.field === 'channel') {
    return { kind: 'send', node: p };
  }
  if (p.type === 'unary_expression' && p.hasToken('<-')) {
    return { kind: 'receive', node: p };
  }
  if (p.type === 'range_clause' && e.field === 'right') {
    return { kind: 'range', node: p };
  }
  if (p.type === 'binary_expression') {
    const op = p.child('operator')?.type;
    const other = e.field === 'left' ? p.child('right') : p.child('left');
    return (op === '==' || op === '!=') && unparen(other)?.type === 'nil'
      ? { kind: 'inspect', node: p }
      : undefined;
  }
  const call = p.type === 'argument_list' ? p.parent : undefined;
  const c = callee(call);
  const fn = unparen(call?.child('function'));
  if (call === undefined || c?.qualifier !== undefined || fn === undefined) {
    return undefined;
  }
  if (ctx.scopes.resolve(fn) !== undefined || callArguments(call).length !== 1) {
    return undefined;
  }
  if (c?.name === 'close') {
    return { kind: 'close', node: call };
  }
  return c?.name === 'len' || c?.name === 'cap' ? { kind: 'inspect', node: call } : undefined;
}

/** Which argument of `call` the use is, if it is one (through parentheses). */
function argumentIndex(call: GoNode, u: GoNode): number | undefined {
  const i = callArguments(call).findIndex((a) => unparen(a) === u);
  return i < 0 ? undefined : i;
}

/** The literal's parameter that receives the use as its argument (none for variadics). */
function parameterFor(ctx: DeclContext, g: Goroutine, u: GoNode): Binding | undefined {
  const i = argumentIndex(g.call, u);
  const decls = g.literal.child('parameters')?.namedChildren ?? [];
  const unnamed = decls.some(
    (d) => d.type !== 'parameter_declaration' || d.fieldChildren('name').length === 0,
  );
  if (i === undefined || unnamed) {
    return undefined;
  }
  const name = parameterNames(g.literal)[i];
  return name === undefined ? undefined : (g.scopes ?? ctx.scopes).resolve(name);
}
