import { callArguments, callee, isFunction, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { place } from './diagnostic.ts';
import { asMap, underlying } from './go-types.ts';
import { lockKind } from './lock-section.ts';
import { mapAccessAt } from './map-access.ts';
import type { MapAccessKind } from './map-access.ts';
import type { PackageFunc, PackageIndex } from './package-index.ts';
import { Scopes, parameterNames } from './scope.ts';
import type { Binding } from './scope.ts';
import { Typer } from './type-of.ts';
import { isAssignTarget } from './uses.ts';

/**
 * What a function of the package does, with no lock held, to the maps its caller hands it:
 * the same package's call graph for MH001 and MH002 (`go worker(m)`, `go s.loop()`, a
 * goroutine calling `record(m, k)`). A function's own accesses count, and those of the
 * package functions it calls with what it was given, a few calls deep.
 */

/**
 * One unguarded access a function makes to a map it was given, or a write made under a read
 * lock only (`readLocked`: other holders of the read lock can write beside it).
 */
export interface MapEffect {
  /** The parameter (0-based, variadic ones excluded) whose map it is; -1 for the receiver. */
  readonly param: number;
  /** The fields after the parameter: '' for the parameter itself, '.m' for `p.m`. */
  readonly fields: string;
  readonly kind: MapAccessKind;
  /** Where it happens, for messages: `worker (pool.go:12)`. */
  readonly where: string;
  /** A write made with only a read lock held (`mu.RLock()`). */
  readonly readLocked: boolean;
  /**
   * Channels it was given that the function received from before the access, in its body
   * itself (`<-s.stop` then the clean-up): the access waited for a send or close on them.
   */
  readonly waits: readonly Given[];
}

/** A value a function is handed: a parameter (-1: the receiver) and the fields after it. */
export interface Given {
  readonly param: number;
  readonly fields: string;
}

/** How deep calls are followed from the function a goroutine runs. */
const DEPTH = 3;

const cache = new WeakMap<PackageIndex, Map<GoNode, readonly MapEffect[]>>();

/** The package function or method a call names, when the package declares it with a body. */
export function calledFunction(
  call: GoNode,
  scopes: Scopes,
  typer: Typer,
  index: PackageIndex,
): PackageFunc | undefined {
  const c = callee(call);
  if (c === undefined) {
    return undefined;
  }
  if (c.qualifier === undefined) {
    const fn = unparen(call.child('function'));
    return fn !== undefined && scopes.resolve(fn) === undefined ? index.func(c.name) : undefined;
  }
  let t = underlying(typer.typeOf(c.qualifier));
  t = t.kind === 'pointer' ? t.elem : typer.typeOf(c.qualifier);
  return t.kind === 'named' ? index.method(t.name, c.name) : undefined;
}

/** The unguarded map accesses `fn` makes through its parameters and receiver. */
export function mapEffects(index: PackageIndex, fn: PackageFunc): readonly MapEffect[] {
  return effects(index, fn, DEPTH, new Set());
}

function effects(
  index: PackageIndex,
  fn: PackageFunc,
  depth: number,
  visiting: Set<GoNode>,
): readonly MapEffect[] {
  let known = cache.get(index);
  if (known === undefined) {
    known = new Map();
    cache.set(index, known);
  }
  const cached = known.get(fn.node);
  if (cached !== undefined) {
    return cached;
  }
  if (visiting.has(fn.node) || depth === 0) {
    return [];
  }
  visiting.add(fn.node);
  const found = new EffectFinder(index, fn, depth, visiting).find();
  visiting.delete(fn.node);
  // A result cut short by the depth or a cycle is not kept for callers higher up.
  if (depth === DEPTH && visiting.size === 0) {
    known.set(fn.node, found);
  }
  return found;
}

class EffectFinder {
  readonly #index: PackageIndex;
  readonly #fn: PackageFunc;
  readonly #depth: number;
  readonly #visiting: Set<GoNode>;
  readonly #scopes: Scopes;
  readonly #typer: Typer;
  readonly #params: GoNode[];

  constructor(index: PackageIndex, fn: PackageFunc, depth: number, visiting: Set<GoNode>) {
    this.#index = index;
    this.#fn = fn;
    this.#depth = depth;
    this.#visiting = visiting;
    this.#scopes = new Scopes(fn.node);
    this.#typer = new Typer(this.#scopes, index);
    this.#params = parameterNames(fn.node);
  }

  find(): MapEffect[] {
    const out: MapEffect[] = [];
    const body = this.#fn.node.child('body');
    let waits: readonly Given[] = [];
    body?.walk((n) => {
      // Literals run at other times (goroutines, callbacks); their accesses are not the call's.
      if (isFunction(n) || n.type === 'go_statement' || n.type === 'defer_statement') {
        return false;
      }
      if (n.parent?.type === 'statement_list' && n.parent.parent === body) {
        const ch = receivedBy(n);
        const given = ch === undefined ? undefined : this.#given(ch);
        if (given !== undefined) {
          waits = [...waits, given];
        }
      }
      const lock = (): 'read' | 'write' | undefined => lockKind(n, this.#fn.node, this.#scopes);
      const access = mapAccessAt(this.#scopes, n);
      const map = unparen(access?.map);
      if (access !== undefined && map !== undefined) {
        const at = this.#given(map);
        if (at !== undefined && asMap(this.#typer.typeOf(map)) !== undefined) {
          const held = lock();
          if (held === undefined || (held === 'read' && access.kind === 'write')) {
            const readLocked = held === 'read';
            out.push({ ...at, kind: access.kind, where: this.#where(n), readLocked, waits });
          }
        }
      }
      if (n.type === 'call_expression') {
        out.push(...this.#through(n, lock, waits));
      }
      return true;
    });
    return out;
  }

  /** The effects of a package function called here with what this one was given. */
  #through(
    call: GoNode,
    lock: () => 'read' | 'write' | undefined,
    waits: readonly Given[],
  ): MapEffect[] {
    const fn = calledFunction(call, this.#scopes, this.#typer, this.#index);
    if (fn === undefined) {
      return [];
    }
    const inner = effects(this.#index, fn, this.#depth - 1, this.#visiting);
    const held = inner.length === 0 ? 'write' : lock();
    if (held === 'write') {
      return [];
    }
    const out: MapEffect[] = [];
    for (const e of inner) {
      const arg = argumentFor(call, e.param);
      const at = arg === undefined ? undefined : this.#given(arg);
      // Under a read lock here, only the callee's writes still race (with each other).
      if (at !== undefined && (held === undefined || e.kind === 'write')) {
        out.push({
          param: at.param,
          fields: at.fields + e.fields,
          kind: e.kind,
          where: e.where,
          readLocked: e.readLocked || held === 'read',
          waits: [...waits, ...this.#translated(call, e.waits)],
        });
      }
    }
    return out;
  }

  /** A callee's channels as this function's: those it handed over from what it was given. */
  #translated(call: GoNode, given: readonly Given[]): Given[] {
    const out: Given[] = [];
    for (const g of given) {
      const arg = argumentFor(call, g.param);
      const at = arg === undefined ? undefined : this.#given(arg);
      if (at !== undefined) {
        out.push({ param: at.param, fields: at.fields + g.fields });
      }
    }
    return out;
  }

  /**
   * The channels it was given that the function closes or sends on (not in literals or
   * goroutines it starts; its deferred calls included), and those of the package functions
   * it hands them to.
   */
  signals(): Given[] {
    const out: Given[] = [];
    this.#fn.node.child('body')?.walk((n) => {
      if (isFunction(n) || n.type === 'go_statement') {
        return false;
      }
      const ch = signalledChannel(n);
      const given = ch === undefined ? undefined : this.#given(ch);
      if (given !== undefined) {
        out.push(given);
      }
      const fn =
        n.type === 'call_expression' && this.#depth > 1
          ? calledFunction(n, this.#scopes, this.#typer, this.#index)
          : undefined;
      if (fn !== undefined && fn.node !== this.#fn.node) {
        const inner = new EffectFinder(this.#index, fn, this.#depth - 1, this.#visiting);
        out.push(...this.#translated(n, inner.signals()));
      }
      return true;
    });
    return out;
  }

  /** `p`, `p.f.g` with p a parameter or the receiver that the function never reassigns. */
  #given(expr: GoNode): { param: number; fields: string } | undefined {
    const path = rootAndFields(expr);
    const b = path === undefined ? undefined : this.#scopes.resolve(path.root);
    if (b?.func !== this.#fn.node || path === undefined || reassigned(b)) {
      return undefined;
    }
    if (b.kind === 'receiver') {
      return { param: -1, fields: path.fields };
    }
    const i = b.kind === 'param' ? this.#params.indexOf(b.ident) : -1;
    return i < 0 ? undefined : { param: i, fields: path.fields };
  }

  #where(n: GoNode): string {
    return `${this.#fn.name} (${place(this.#fn.file, n.start)})`;
  }
}

const signalCache = new WeakMap<GoNode, readonly Given[]>();

/** The channels `fn` closes or sends on, of those it is given (and hands on, a few calls deep). */
export function channelSignals(index: PackageIndex, fn: PackageFunc): readonly Given[] {
  let found = signalCache.get(fn.node);
  if (found === undefined) {
    found = new EffectFinder(index, fn, DEPTH, new Set()).signals();
    signalCache.set(fn.node, found);
  }
  return found;
}

/**
 * The channel a statement receives from before what follows it: `<-ch`, `v := <-ch`,
 * `v = <-ch`, a select case's `v := <-ch`.
 */
export function receivedBy(stmt: GoNode): GoNode | undefined {
  let e: GoNode | undefined;
  if (stmt.type === 'expression_statement') {
    e = unparen(stmt.namedChildren[0]);
  } else if (stmt.type === 'receive_statement') {
    e = unparen(stmt.child('right'));
  } else if (stmt.type === 'short_var_declaration' || stmt.type === 'assignment_statement') {
    const right = stmt.child('right')?.namedChildren ?? [];
    e = right.length === 1 ? unparen(right[0]) : undefined;
  }
  return e?.type === 'unary_expression' && e.hasToken('<-') ? e.child('operand') : undefined;
}

/** The channel `close(ch)` or `ch <- v` signals. */
export function signalledChannel(n: GoNode): GoNode | undefined {
  if (n.type === 'send_statement') {
    return n.child('channel');
  }
  const c = n.type === 'call_expression' ? callee(n) : undefined;
  return c?.name === 'close' && c.qualifier === undefined ? callArguments(n)[0] : undefined;
}

/** The argument a call passes for a parameter (-1: the receiver, `x` of `x.f(…)`). */
export function argumentFor(call: GoNode, param: number): GoNode | undefined {
  if (param >= 0) {
    return callArguments(call)[param];
  }
  const fn = unparen(call.child('function'));
  return fn?.type === 'selector_expression' ? fn.child('operand') : undefined;
}

/** `x`, `x.f.g` as its root identifier and the field path after it. */
function rootAndFields(expr: GoNode): { root: GoNode; fields: string } | undefined {
  const e = unparen(expr);
  if (e?.type === 'identifier') {
    return { root: e, fields: '' };
  }
  if (e?.type !== 'selector_expression') {
    return undefined;
  }
  const inner = rootAndFields(e.child('operand') ?? e);
  const field = e.child('field')?.text;
  return inner === undefined || field === undefined
    ? undefined
    : { root: inner.root, fields: `${inner.fields}.${field}` };
}

function reassigned(b: Binding): boolean {
  return b.uses.some(isAssignTarget);
}
