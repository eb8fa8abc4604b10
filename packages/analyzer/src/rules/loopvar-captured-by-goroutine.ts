import { callArguments, callee, unparen } from '@mapscope/go-syntax';
import type { EffectiveGoVersion, GoNode } from '@mapscope/go-syntax';
import { asMap, underlying, UNKNOWN } from '../go-types.ts';
import type { GoType } from '../go-types.ts';
import { calledFunction } from '../call-effects.ts';
import { perIteration } from '../loop-semantics.ts';
import type { Candidates, DeclContext, Rule } from '../rule.ts';
import { parameterNames } from '../scope.ts';
import type { Binding } from '../scope.ts';
import { enclosingFunction, statementsAfter } from '../statements-after.ts';
import { versionPhrase } from '../version-phrase.ts';

/**
 * MH005 loopvar-captured-by-goroutine: a func literal that runs after its loop iteration
 * (started with `go`, deferred, passed to errgroup's `g.Go`, or a testing.T's parallel
 * subtest) refers to a variable its enclosing `for`/`range` clause declared with `:=`, in a
 * file before go1.22, where that is one variable for the whole loop (go.dev/issue/60078).
 *
 * Precision follows vet's loopclosure (Go: x/tools go/analysis/passes/loopclosure): a go,
 * defer or g.Go statement counts only when it is the last statement of the loop body,
 * "last" applied through if, switch, select, nested loops and blocks, because a later
 * `Wait` or `return` could make the capture harmless; a t.Run whose literal calls
 * t.Parallel counts anywhere, for references after the t.Parallel call. Beyond vet, a
 * capture used as a map key or written into a map counts at any position, unless a later
 * statement of the iteration waits (`Wait()`, a receive, select) or leaves the loop.
 */
export const loopvarCapturedByGoroutine: Rule = {
  id: 'MH005',
  // (A literal handed to a launcher may be started with go in another file: `func(` counts.)
  mayConcern: (source) =>
    /\bfor\b/.test(source) && /\bgo\b|\bdefer\b|\.(Go|Run)\(|\bfunc\s*\(/.test(source),
  wants: (c: Candidates, version: EffectiveGoVersion) =>
    c.has('loop') && (c.has('spawn') || c.has('funcarg')) && !perIteration(version),
  check(ctx: DeclContext): void {
    ctx.decl.walk((n) => {
      const spawn = spawnAt(ctx, n);
      if (spawn !== undefined) {
        checkSpawn(ctx, spawn);
      }
      return true;
    });
  },
};

type SpawnKind = 'go' | 'defer' | 'group' | 'subtest';

/** A func literal that may run after the current iteration, and the statement starting it. */
interface Spawn {
  readonly kind: SpawnKind;
  readonly stmt: GoNode;
  /** Where a reference is made after the iteration (for a subtest, after t.Parallel). */
  readonly region: readonly GoNode[];
  /** How the message names it. */
  readonly what: string;
}

function spawnAt(ctx: DeclContext, n: GoNode): Spawn | undefined {
  if (n.type === 'go_statement' || n.type === 'defer_statement') {
    const call = n.namedChildren[0];
    const lit = call?.type === 'call_expression' ? call.child('function') : undefined;
    const body = lit?.type === 'func_literal' ? lit.child('body') : undefined;
    if (body === undefined) {
      return undefined;
    }
    const go = n.type === 'go_statement';
    return {
      kind: go ? 'go' : 'defer',
      stmt: n,
      region: [body],
      what: go ? 'a func literal started with go' : 'a deferred func literal',
    };
  }
  if (n.type === 'expression_statement') {
    const call = unparen(n.namedChildren[0]);
    const called = callee(call);
    if (call?.type !== 'call_expression') {
      return undefined;
    }
    const args = callArguments(call);
    const lit = unparen(args[args.length - 1]);
    if (lit?.type !== 'func_literal') {
      return undefined;
    }
    const launcher = launcherOf(ctx, call, args.length - 1);
    if (launcher !== undefined) {
      return {
        kind: 'go',
        stmt: n,
        region: [lit],
        what: `a func literal passed to ${launcher}, which runs it with go`,
      };
    }
    if (called?.qualifier === undefined) {
      return undefined;
    }
    const recv = called.qualifier.text;
    if (called.name === 'Go' && args.length === 1 && isGroupGo(ctx, called.qualifier, lit)) {
      return { kind: 'group', stmt: n, region: [lit], what: `a func literal passed to ${recv}.Go` };
    }
    if (called.name === 'Run' && args.length === 2 && mayBeTestingT(ctx, called.qualifier)) {
      const region = afterParallel(ctx, lit);
      const what = `a parallel subtest (${recv}.Run with t.Parallel)`;
      return region.length > 0 ? { kind: 'subtest', stmt: n, region, what } : undefined;
    }
  }
  return undefined;
}

/**
 * The package function or method a call hands a func literal to as argument `i`, when its
 * body runs that parameter in a goroutine (`go f()`, or `go func() { …; f() }()`): a
 * launcher such as `safeGo(func() {…})`. Its name, for the message.
 */
function launcherOf(ctx: DeclContext, call: GoNode, i: number): string | undefined {
  const fn = calledFunction(call, ctx.scopes, ctx.typer, ctx.index);
  const param = fn === undefined ? undefined : parameterNames(fn.node)[i];
  if (fn === undefined || param === undefined) {
    return undefined;
  }
  const callsParam = (n: GoNode): boolean => {
    const f = n.type === 'call_expression' ? unparen(n.child('function')) : undefined;
    return f?.type === 'identifier' && f.text === param.text;
  };
  const body = fn.node.child('body');
  const runs =
    body !== undefined && anyNode(body, (n) => n.type === 'go_statement' && anyNode(n, callsParam));
  return runs ? fn.name : undefined;
}

/** Whether `pred` holds for `root` or a node under it. */
function anyNode(root: GoNode, pred: (n: GoNode) => boolean): boolean {
  const seen = { found: false };
  root.walk((n) => {
    seen.found ||= pred(n);
    return !seen.found;
  });
  return seen.found;
}

/**
 * `g.Go(func() error {…})`: golang.org/x/sync/errgroup's Group, by type when the
 * receiver's is known, else by the literal's `func() error` signature. A receiver typed
 * with a type parameter of the function is not known to be errgroup's (vet's loopclosure
 * matches errgroup's method only).
 */
function isGroupGo(ctx: DeclContext, recv: GoNode, lit: GoNode): boolean {
  let t = underlying(ctx.typer.typeOf(recv));
  if (t.kind === 'pointer') {
    t = underlying(t.elem);
  }
  if (t.kind === 'qualified') {
    return t.pkg === 'errgroup' && t.name === 'Group';
  }
  const noParams = (lit.child('parameters')?.namedChildren.length ?? 0) === 0;
  return (
    t.kind === 'unknown' &&
    noParams &&
    lit.child('result')?.text === 'error' &&
    !typedByTypeParameter(ctx, recv)
  );
}

/** Whether `recv` is a variable declared with a type parameter of its function (`g G`). */
function typedByTypeParameter(ctx: DeclContext, recv: GoNode): boolean {
  const b = recv.type === 'identifier' ? ctx.scopes.resolve(recv) : undefined;
  const name = b?.typeSyntax?.type === 'type_identifier' ? b.typeSyntax.text : undefined;
  const params = b?.func.child('type_parameters')?.namedChildren ?? [];
  return params.some((d) => d.fieldChildren('name').some((n) => n.text === name));
}

/**
 * Whether the receiver of `x.Run(…)` may be a testing.T: its type is testing.T, *testing.T
 * or unknown (vet's loopclosure matches (*testing.T).Run only).
 */
function mayBeTestingT(ctx: DeclContext, recv: GoNode): boolean {
  let t = ctx.typer.typeOf(recv);
  if (t.kind === 'pointer') {
    t = t.elem;
  }
  return t.kind === 'unknown' || (t.kind === 'qualified' && t.pkg === 'testing' && t.name === 'T');
}

/**
 * The statements of a `t.Run` literal `func(t *testing.T)` that follow its `t.Parallel()`
 * call, as vet's loopclosure takes them: top-level statements only, starting over after a
 * label (a jump could skip the call).
 */
function afterParallel(ctx: DeclContext, lit: GoNode): GoNode[] {
  const param = lit.child('parameters')?.namedChildren[0];
  const t = param?.fieldChildren('name')[0];
  if (t === undefined || param?.child('type')?.text.replace(/\s/g, '') !== '*testing.T') {
    return [];
  }
  const tBinding = ctx.scopes.resolve(t);
  let out: GoNode[] = [];
  let after = false;
  const stmts = lit.child('body')?.namedChildren[0]?.namedChildren ?? [];
  for (let s of stmts) {
    // `first: second: stmt` nests one labeled statement in the other.
    while (s.type === 'labeled_statement') {
      out = [];
      after = false;
      const inner = s.namedChildren[1];
      if (inner === undefined) {
        break;
      }
      s = inner;
    }
    if (after) {
      out.push(s);
      continue;
    }
    const call = s.type === 'expression_statement' ? unparen(s.namedChildren[0]) : undefined;
    const called = callee(call);
    const recv = called?.qualifier;
    after =
      called?.name === 'Parallel' &&
      recv?.type === 'identifier' &&
      tBinding !== undefined &&
      ctx.scopes.resolve(recv) === tBinding;
  }
  return out;
}

function checkSpawn(ctx: DeclContext, spawn: Spawn): void {
  const fn = enclosingFunction(spawn.stmt);
  const byVar = new Map<Binding, GoNode[]>();
  for (const root of spawn.region) {
    root.walk((n) => {
      const b = n.type === 'identifier' && !isFieldKey(ctx, n) ? ctx.scopes.resolve(n) : undefined;
      if (b !== undefined && b.func === fn && isIterationVar(b, spawn.stmt)) {
        const refs = byVar.get(b) ?? [];
        refs.push(n);
        byVar.set(b, refs);
      }
      return true;
    });
  }
  for (const [b, refs] of byVar) {
    const loop = b.loop;
    const body = loop?.child('body');
    if (loop === undefined || body === undefined) {
      continue;
    }
    const mapUse = refs.map((r) => ({ ref: r, use: mapUseOf(ctx, r) })).find((u) => u.use);
    if (spawn.kind === 'subtest' || isLastIn(spawn.stmt, body)) {
      report(ctx, spawn, b.name, mapUse?.ref ?? refs[0], mapUse?.use);
    } else if (mapUse !== undefined && !settledInIteration(spawn.stmt, body)) {
      report(ctx, spawn, b.name, mapUse.ref, mapUse.use);
    } else if (
      (spawn.kind === 'go' || spawn.kind === 'group') &&
      !settledInIteration(spawn.stmt, body) &&
      quietAfter(ctx, spawn.stmt, body)
    ) {
      report(ctx, spawn, b.name, refs[0], undefined);
    }
  }
}

/**
 * Whether `ident` is a key of a composite literal that is not known to be a map, slice or
 * array: a struct field name (`T{v: 1}`), which refers to no variable.
 */
function isFieldKey(ctx: DeclContext, ident: GoNode): boolean {
  const el = ident.parent;
  const body = el?.field === 'key' ? el.parent?.parent : undefined;
  if (el?.type !== 'literal_element' || body?.type !== 'literal_value') {
    return false;
  }
  const t = underlying(literalType(ctx, body));
  return t.kind !== 'map' && t.kind !== 'slice' && t.kind !== 'array';
}

/** The type of a literal value: its composite literal's, or, elided, the outer literal's element. */
function literalType(ctx: DeclContext, body: GoNode): GoType {
  const p = body.parent;
  if (p?.type === 'composite_literal') {
    return ctx.typer.typeOf(p);
  }
  const keyed = p?.parent?.type === 'keyed_element' ? p.parent : undefined;
  const outer = keyed === undefined ? p?.parent : keyed.parent;
  if (p?.type !== 'literal_element' || outer?.type !== 'literal_value') {
    return UNKNOWN;
  }
  const t = underlying(literalType(ctx, outer));
  let elem = UNKNOWN;
  if (t.kind === 'map') {
    elem = p.field === 'key' ? t.key : t.elem;
  } else if (t.kind === 'slice' || t.kind === 'array') {
    elem = t.elem;
  }
  const e = underlying(elem);
  return e.kind === 'pointer' ? e.elem : elem;
}

/**
 * A variable its loop advances: every range variable declared with `:=`, and a three-clause
 * loop's `:=` variables that the post statement assigns (vet's loopclosure takes the same).
 */
function isIterationVar(b: Binding, stmt: GoNode): boolean {
  const loop = b.loop;
  if (loop?.child('body')?.contains(stmt) !== true) {
    return false;
  }
  if (b.rangeOf !== undefined) {
    return true;
  }
  const post = loop.namedChildren.find((c) => c.type === 'for_clause')?.child('update');
  let assigned = false;
  post?.walk((n) => {
    if (n.type === 'identifier' && n.text === b.name) {
      const p = n.parent;
      assigned ||=
        p?.type === 'inc_statement' ||
        p?.type === 'dec_statement' ||
        (p?.type === 'expression_list' && p.field === 'left');
    }
    return !assigned;
  });
  return assigned;
}

/** What a map does with the reference: indexed by it, or given it as a value. */
type MapUse = { readonly role: 'key' | 'value'; readonly map: string } | undefined;

function mapUseOf(ctx: DeclContext, ref: GoNode): MapUse {
  let cur = ref;
  for (let p = cur.parent; p !== undefined; cur = p, p = p.parent) {
    if (p.type.endsWith('_statement') && p.type !== 'expression_statement') {
      return p.type === 'assignment_statement' && cur.field === 'right'
        ? valueWrittenToMap(ctx, p)
        : undefined;
    }
    if (p.type === 'block' || p.type === 'func_literal') {
      return undefined;
    }
    if (p.type === 'index_expression' && cur.field === 'index') {
      const operand = p.child('operand');
      if (asMap(ctx.typer.typeOf(operand)) !== undefined) {
        return { role: 'key', map: operand?.text ?? '' };
      }
    }
    if (p.type === 'argument_list' && isDelete(ctx, p.parent) && p.namedChildren[1] === cur) {
      return { role: 'key', map: p.namedChildren[0]?.text ?? '' };
    }
  }
  return undefined;
}

function valueWrittenToMap(ctx: DeclContext, assign: GoNode): MapUse {
  for (const target of assign.child('left')?.namedChildren ?? []) {
    const t = unparen(target);
    const operand = t?.type === 'index_expression' ? t.child('operand') : undefined;
    if (operand !== undefined && asMap(ctx.typer.typeOf(operand)) !== undefined) {
      return { role: 'value', map: operand.text };
    }
  }
  return undefined;
}

function isDelete(ctx: DeclContext, call: GoNode | undefined): boolean {
  const fn = call?.type === 'call_expression' ? unparen(call.child('function')) : undefined;
  return fn?.type === 'identifier' && fn.text === 'delete' && ctx.scopes.resolve(fn) === undefined;
}

/**
 * Whether `stmt` is the last statement of the loop body `body`, looking through if/else,
 * switch and select clauses, nested loops, blocks and labels (vet's forEachLastStmt).
 */
function isLastIn(stmt: GoNode, body: GoNode): boolean {
  for (let cur = stmt; cur !== body;) {
    const p = cur.parent;
    if (p === undefined || !lastStep(cur, p)) {
      return false;
    }
    cur = p;
  }
  return true;
}

function lastStep(cur: GoNode, p: GoNode): boolean {
  switch (p.type) {
    case 'statement_list':
      return p.namedChildren.at(-1) === cur;
    case 'if_statement':
      return cur.field === 'consequence' || cur.field === 'alternative';
    case 'for_statement':
      return cur.field === 'body';
    case 'block':
    case 'labeled_statement':
      return true;
    case 'expression_case':
    case 'default_case':
    case 'type_case':
    case 'communication_case':
      return cur.type === 'statement_list';
    case 'expression_switch_statement':
    case 'type_switch_statement':
    case 'select_statement':
      return cur.type.endsWith('_case');
    default:
      return false;
  }
}

/**
 * Whether the iteration, after `stmt`, waits for something (a `Wait()` call, a receive,
 * a select) or leaves the loop (return, break, goto, panic): the goroutine may then be
 * done, or the variable no longer advances, before it is read.
 */
function settledInIteration(stmt: GoNode, body: GoNode): boolean {
  return statementsAfter(stmt, body).some((s) => someOutsideLiterals(s, waitsOrLeaves));
}

/**
 * Whether what the iteration does after `stmt` calls nothing that could wait for the
 * goroutine: only builtins and functions of imported packages (`fmt.Printf`), never the
 * package's own functions, methods or function values.
 */
function quietAfter(ctx: DeclContext, stmt: GoNode, body: GoNode): boolean {
  return !statementsAfter(stmt, body).some((s) =>
    someOutsideLiterals(s, (n) => {
      if (n.type !== 'call_expression') {
        return false;
      }
      const f = unparen(n.child('function'));
      if (f?.type === 'identifier') {
        return ctx.scopes.resolve(f) !== undefined || ctx.index.func(f.text) !== undefined;
      }
      const q = f?.type === 'selector_expression' ? unparen(f.child('operand')) : undefined;
      const imported =
        q?.type === 'identifier' &&
        ctx.scopes.resolve(q) === undefined &&
        ctx.index.global(q.text) === undefined;
      return !imported || q.text === 'sync' || q.text === 'time';
    }),
  );
}

/** Whether `pred` holds for a node under `root`, not looking inside func literals. */
function someOutsideLiterals(root: GoNode, pred: (n: GoNode) => boolean): boolean {
  let found = false;
  root.walk((n) => {
    found ||= pred(n);
    return !found && n.type !== 'func_literal';
  });
  return found;
}

function waitsOrLeaves(n: GoNode): boolean {
  switch (n.type) {
    case 'return_statement':
    case 'break_statement':
    case 'goto_statement':
    case 'select_statement':
    case 'receive_statement':
      return true;
    case 'unary_expression':
      return n.hasToken('<-');
    case 'call_expression': {
      const name = callee(n)?.name;
      return name === 'Wait' || name === 'panic';
    }
    default:
      return false;
  }
}

const WHEN: Record<SpawnKind, string> = {
  go: 'the goroutine reads it when it runs, usually after the loop has moved on, so it sees a later value (often the last) and races with the loop updating it',
  group:
    'the goroutine reads it when it runs, usually after the loop has moved on, so it sees a later value (often the last) and races with the loop updating it',
  defer:
    'the deferred call runs when the function returns, after the loop, and sees its last value',
  subtest:
    'parallel subtests resume only after the test function returns, so every one sees its last value',
};

function report(
  ctx: DeclContext,
  spawn: Spawn,
  name: string,
  at: GoNode | undefined,
  use: MapUse,
): void {
  if (at === undefined) {
    return;
  }
  const how =
    use === undefined
      ? ''
      : use.role === 'key'
        ? ` and used as a key of map ${use.map}`
        : ` and written into map ${use.map}`;
  const mapEffect =
    use === undefined
      ? ''
      : use.role === 'key'
        ? `; map ${use.map} is then indexed with that later value, not each iteration's`
        : `; map ${use.map} then gets that later value, not each iteration's`;
  const copy =
    spawn.kind === 'subtest'
      ? `copy it before t.Parallel (${name} := ${name})`
      : `pass ${name} to the func literal as an argument or copy it first (${name} := ${name})`;
  ctx.report(
    'MH005',
    at,
    `loop variable ${name} captured by ${spawn.what}${how}: before Go 1.22 all iterations ` +
      `share one ${name}, and ${WHEN[spawn.kind]}${mapEffect} (${versionPhrase(ctx.version)}); ${copy}`,
  );
}
