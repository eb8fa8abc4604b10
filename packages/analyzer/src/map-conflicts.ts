import { isFunction, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { goroutinesIn, overlapOf, syncEvents, tokenGated } from './goroutines.ts';
import { enclosingFunction, mayRunAfter, nearestBreakable } from './statements-after.ts';
import type { Goroutine, Overlap, SyncEvent } from './goroutines.ts';
import { calledFunction, channelSignals } from './call-effects.ts';
import { lockKind } from './lock-section.ts';
import { given, mapAccessesIn } from './map-access.ts';
import type { MapAccess } from './map-access.ts';
import type { PackageFunc } from './package-index.ts';
import type { DeclContext } from './rule.ts';
import type { Binding, Scopes } from './scope.ts';
import { isAssignTarget } from './uses.ts';
import { handedOver, isFresh } from './handed-over.ts';
import { loopPicking } from './loop-semantics.ts';

/**
 * Pairs of unguarded accesses to one map that may run at the same time, at least one a
 * write: what MH001 and MH002 report. Go's runtime detects such a pair (when it happens)
 * with the hashWriting flag and throws a fatal error that recover cannot catch.
 */

/** Where the other side of a conflict runs, relative to the reported access. */
export type ConflictRelation =
  /** Another instance of the same goroutine (its go statement is in a loop). */
  | 'instances'
  /** Another goroutine started in the same function. */
  | 'goroutine'
  /** The function that started the goroutine, after the go statement. */
  | 'spawner'
  /** The goroutine this access's function started before it. */
  | 'spawned';

/**
 * A goroutine started with `go f(…)` or `go x.m(…)` of a function of the package: its
 * accesses are those the function makes to the maps it is handed (call-effects.ts).
 */
export interface CalledGoroutine {
  readonly stmt: GoNode;
  readonly call: GoNode;
  readonly via: 'go';
  readonly spawner: GoNode;
  readonly runs: PackageFunc;
}

/** A goroutine whose accesses the analysis can see. */
export type Spawned = Goroutine | CalledGoroutine;

/** Two accesses that may run at once; `at` is where the finding goes. */
export interface MapConflict {
  readonly at: MapAccess;
  readonly other: MapAccess;
  readonly relation: ConflictRelation;
  /** The goroutine whose go statement the pair was found from (`at` or `other` runs in it). */
  readonly goroutine: Spawned;
  /** For `instances`: the loop that starts the goroutine again. */
  readonly loop: GoNode | undefined;
  /** Both sides hold only a read lock (RLock), which does not keep them apart. */
  readonly readLocked: boolean;
}

const cache = new WeakMap<GoNode, readonly MapConflict[]>();

/** The conflicts of a declaration, worked out once for both rules. */
export function mapConflicts(ctx: DeclContext): readonly MapConflict[] {
  let found = cache.get(ctx.decl);
  if (found === undefined) {
    found = new ConflictFinder(ctx).find();
    cache.set(ctx.decl, found);
  }
  return found;
}

/** An access, who runs it, and (worked out when a pair needs them) what guards or orders it. */
class Placed {
  readonly access: MapAccess;
  /** The goroutine whose body holds it, or undefined for code outside any goroutine. */
  readonly goroutine: Spawned | undefined;
  /** The function whose code it is: the goroutine's literal, or the enclosing function. */
  readonly #fn: GoNode;
  readonly #events: () => readonly SyncEvent[];
  readonly #scopes: Scopes;
  #guard: 'none' | 'read' | 'write' | undefined;
  #order: { waits: Set<string>; signals: Set<string> } | undefined;

  constructor(
    access: MapAccess,
    goroutine: Spawned | undefined,
    fn: GoNode,
    events: () => readonly SyncEvent[],
    scopes: Scopes,
  ) {
    this.access = access;
    this.goroutine = goroutine;
    this.#fn = fn;
    this.#events = events;
    this.#scopes = scopes;
  }

  /**
   * The lock it runs with: `read` when only a read lock (RLock) is held, which other holders
   * of it pass too. A called goroutine's accesses come from its function's summary, which
   * keeps those made with no lock held and the writes made under a read lock.
   */
  get guard(): 'none' | 'read' | 'write' {
    if (this.#guard === undefined) {
      const here =
        this.goroutine !== undefined && 'runs' in this.goroutine
          ? undefined
          : lockKind(this.access.node, this.#fn, this.#scopes);
      this.#guard =
        here === 'write'
          ? 'write'
          : here === 'read' || this.access.readLocked === true
            ? 'read'
            : 'none';
    }
    return this.#guard;
  }

  /**
   * Channels and WaitGroups it waits on before (in a goroutine only: the spawner's scan
   * already stops at its first wait) and signals after (`done`, `wg`).
   */
  get order(): { readonly waits: ReadonlySet<string>; readonly signals: ReadonlySet<string> } {
    if (this.#order === undefined) {
      const n = this.access.node;
      const waits = new Set<string>();
      const signals = new Set<string>();
      for (const e of this.#events()) {
        if (e.kind === 'signal' && (e.deferred || e.at > n.end)) {
          signals.add(e.on);
        } else if (e.kind === 'wait' && !e.deferred && e.at < n.start && this.goroutine) {
          waits.add(e.on);
        }
      }
      this.#order = { waits, signals };
    }
    return this.#order;
  }
}

class ConflictFinder {
  readonly #ctx: DeclContext;
  readonly #literals: readonly Goroutine[];
  readonly #goroutines: readonly Spawned[];
  readonly #byLiteral = new Map<GoNode, Goroutine>();
  readonly #byCall = new Map<GoNode, CalledGoroutine>();
  readonly #events = new Map<GoNode, SyncEvent[]>();

  constructor(ctx: DeclContext) {
    this.#ctx = ctx;
    this.#literals = goroutinesIn(ctx.decl, ctx.typer, ctx.scopes);
    for (const g of this.#literals) {
      this.#byLiteral.set(g.literal, g);
    }
    for (const g of calledGoroutinesIn(ctx)) {
      this.#byCall.set(g.call, g);
    }
    this.#goroutines = [...this.#literals, ...this.#byCall.values()].sort(
      (a, b) => a.stmt.start - b.stmt.start,
    );
  }

  find(): MapConflict[] {
    if (this.#goroutines.length === 0) {
      return [];
    }
    const accesses = mapAccessesIn(this.#ctx, this.#literals);
    if (!accesses.some((a) => a.kind === 'write')) {
      return [];
    }
    const placed = accesses.map((a) => this.#place(a));
    const out: MapConflict[] = [];
    for (const g of this.#goroutines) {
      const own = placed.filter(
        (p) => p.goroutine === g && ('runs' in g || sharedWith(p.access, g.literal)),
      );
      if (own.length > 0) {
        this.#pairsOf(g, own, placed, out);
      }
    }
    return out;
  }

  #pairsOf(g: Spawned, own: readonly Placed[], all: readonly Placed[], out: MapConflict[]): void {
    const overlap = overlapOf(g, this.#ctx.typer);
    const loop = overlap.loop;
    const add = (a: Placed, b: Placed, relation: 'instances' | 'goroutine' | 'spawner'): void => {
      if (!conflicting(a, b)) {
        return;
      }
      // The finding goes to the range (MH002), else to the goroutine's write (MH001).
      const first =
        a.access.kind === 'range' || (b.access.kind !== 'range' && a.access.kind === 'write');
      const [at, other] = first ? [a, b] : [b, a];
      out.push({
        at: at.access,
        other: other.access,
        relation: relation === 'spawner' && !first ? 'spawned' : relation,
        goroutine: g,
        loop,
        readLocked: a.guard === 'read',
      });
    };
    // A goroutine that takes a token its body gives back runs one instance at a time.
    const body = 'runs' in g ? g.runs.node.child('body') : g.literal.child('body');
    if (loop !== undefined && !tokenGated(g.stmt, body)) {
      const again = own.filter((p) => sameEachIteration(p.access, loop));
      for (const a of again) {
        for (const b of again) {
          add(a, b, 'instances');
        }
      }
    }
    const others = this.#goroutinesIn(g, overlap);
    const beside = all.filter(
      (p) =>
        (p.goroutine !== undefined && others.has(p.goroutine)) ||
        (p.goroutine === undefined && this.#inSpawnerAfter(p, g, overlap)),
    );
    for (const a of own) {
      for (const b of beside) {
        const other =
          b.goroutine !== undefined && others.has(b.goroutine) ? b.goroutine : undefined;
        // A map handed over (`go apply(queued)`, then `queued = make(…)`): what the spawner
        // and the goroutines it starts later touch is the new one.
        const root = a.access.root;
        if (
          root !== undefined &&
          handedOver(root, g.stmt, this.#ctx.scopes) &&
          (other === undefined || other.stmt.start > g.stmt.start)
        ) {
          continue;
        }
        // The spawner's code before the go statement in the loop's body runs beside it only
        // in later passes; through a variable each pass declares for its own element
        // (`child := sg.Children[i]`, then `go ProcessGraph(ctx, child, …)`: dgraph) it
        // reaches another object than the goroutine's.
        const broot = b.access.root;
        if (
          other === undefined &&
          loop !== undefined &&
          broot !== undefined &&
          b.access.node.start < g.stmt.start &&
          loop.contains(b.access.node) &&
          ownPerPass(broot, loop, this.#ctx.scopes)
        ) {
          continue;
        }
        // Two go statements of one loop handed each pass's own map (`for _, ql := range
        // lists { if gone { go shut(ql); continue }; if stale { go shut(ql) } }`) share it
        // only when one pass starts both.
        if (
          other !== undefined &&
          loop?.contains(other.stmt) === true &&
          !sameEachIteration(a.access, loop) &&
          !sameEachIteration(b.access, loop) &&
          !onePass(g.stmt, other.stmt, loop) &&
          !onePass(other.stmt, g.stmt, loop)
        ) {
          continue;
        }
        add(a, b, other === undefined ? 'spawner' : 'goroutine');
      }
    }
  }

  /** Goroutines started in the stretch of the spawner that runs beside `g`. */
  #goroutinesIn(g: Spawned, overlap: Overlap): Set<Spawned> {
    const out = new Set<Spawned>();
    for (const other of this.#goroutines) {
      if (
        other !== g &&
        other.spawner === g.spawner &&
        overlap.regions.some((r) => r.stmt.contains(other.stmt) && other.stmt.start < r.before)
      ) {
        out.add(other);
      }
    }
    return out;
  }

  /** Whether `p` is code of g's spawner itself that may run beside g. */
  #inSpawnerAfter(p: Placed, g: Spawned, overlap: Overlap): boolean {
    const n = p.access.node;
    return (
      enclosingFunction(n) === g.spawner &&
      n.ancestor('defer_statement') === undefined &&
      overlap.regions.some((r) => r.stmt.contains(n) && n.start < r.before)
    );
  }

  #place(access: MapAccess): Placed {
    const called = access.through === undefined ? undefined : this.#byCall.get(access.through.call);
    if (called !== undefined) {
      // Its waits are the channels the callee received from before the access (`<-s.stop`),
      // under the caller's names; its signals are the callee's business.
      const waits = (access.through?.waits ?? []).map((on): SyncEvent => ({
        at: -1,
        on,
        kind: 'wait',
        deferred: false,
      }));
      return new Placed(access, called, called.runs.node, () => waits, this.#ctx.scopes);
    }
    const goroutine = this.#goroutineOf(access.node);
    const fn = goroutine?.literal ?? enclosingFunction(access.node) ?? this.#ctx.decl;
    return new Placed(access, goroutine, fn, () => this.#eventsOf(fn), this.#ctx.scopes);
  }

  /** The goroutine whose literal most closely holds `node`. */
  #goroutineOf(node: GoNode): Goroutine | undefined {
    for (let p = node.parent; p !== undefined; p = p.parent) {
      const g = p.type === 'func_literal' ? this.#byLiteral.get(p) : undefined;
      if (g !== undefined) {
        return g;
      }
    }
    return undefined;
  }

  #eventsOf(fn: GoNode): SyncEvent[] {
    let events = this.#events.get(fn);
    if (events === undefined) {
      events = [...syncEvents(fn, this.#ctx.typer), ...this.#callSignals(fn)];
      this.#events.set(fn, events);
    }
    return events;
  }

  /**
   * The channels `fn` closes or sends on through the package functions it calls
   * (`defer s.Stop()`), as it writes them; deferred ones happen as it returns.
   */
  #callSignals(fn: GoNode): SyncEvent[] {
    const out: SyncEvent[] = [];
    const ctx = this.#ctx;
    fn.child('body')?.walk((n) => {
      // A literal runs some other time (a deferred one as fn returns), a goroutine beside it.
      if (
        (isFunction(n) && n.parent?.parent?.type !== 'defer_statement') ||
        n.type === 'go_statement'
      ) {
        return false;
      }
      const callee =
        n.type === 'call_expression'
          ? calledFunction(n, ctx.scopes, ctx.typer, ctx.index)
          : undefined;
      if (callee !== undefined) {
        const deferred = n.ancestor('defer_statement') !== undefined;
        for (const on of given(n, channelSignals(ctx.index, callee))) {
          out.push({ at: n.start, on, kind: 'signal', deferred });
        }
      }
      return true;
    });
    return out;
  }
}

/** `go f(…)` and `go x.m(…)` statements that run a function of the package. */
function calledGoroutinesIn(ctx: DeclContext): CalledGoroutine[] {
  const out: CalledGoroutine[] = [];
  ctx.decl.walk((n) => {
    const call = n.type === 'go_statement' ? n.namedChildren[0] : undefined;
    const spawner = call === undefined ? undefined : enclosingFunction(n);
    const runs =
      call?.type === 'call_expression'
        ? calledFunction(call, ctx.scopes, ctx.typer, ctx.index)
        : undefined;
    if (call !== undefined && spawner !== undefined && runs !== undefined) {
      out.push({ stmt: n, call, via: 'go', spawner, runs });
    }
    return true;
  });
  return out;
}

/** Whether the map's variable is declared outside `scope` (a package variable always is). */
function sharedWith(a: MapAccess, scope: GoNode): boolean {
  return a.root === undefined || !scope.contains(a.root.ident);
}

/**
 * Whether every pass of `loop` may reach the same map through the access's variable: it is
 * declared outside the loop and not assigned inside it (`m = make(…)` before passing m
 * to the goroutine gives each one its own map).
 */
function sameEachIteration(a: MapAccess, loop: GoNode): boolean {
  const root = a.root;
  if (root === undefined) {
    return true;
  }
  return (
    !loop.contains(root.ident) && !root.uses.some((u) => loop.contains(u) && isAssignTarget(u))
  );
}

/**
 * Whether `root` is a variable each pass of `loop` declares for that pass's own element, and
 * never assigns again: `child := sg.Children[i]` with i the loop's own key, or a value made on
 * the spot.
 */
function ownPerPass(root: Binding, loop: GoNode, scopes: Scopes): boolean {
  const value = unparen(root.value);
  if (
    root.kind !== 'var' ||
    value === undefined ||
    loop.child('body')?.contains(root.ident) !== true ||
    root.uses.some(isAssignTarget)
  ) {
    return false;
  }
  return isFresh(value) || loopPicking(value, root, scopes) === loop;
}

/** Whether `later` may run after `first` in the same pass of `loop`'s body. */
function onePass(first: GoNode, later: GoNode, loop: GoNode): boolean {
  const body = loop.child('body');
  return (
    body === undefined ||
    mayRunAfter(
      first,
      later,
      body,
      (s) =>
        (s.type === 'continue_statement' && s.ancestor('for_statement') === loop) ||
        (s.type === 'break_statement' && nearestBreakable(s) === loop),
    )
  );
}

/**
 * Same map, at least one write, neither under a lock (or both under only a read lock, which
 * lets both in), and no channel or WaitGroup that one side signals after its access and the
 * other waits on before its own.
 */
function conflicting(a: Placed, b: Placed): boolean {
  return (
    a.access.path === b.access.path &&
    (a.access.kind === 'write' || b.access.kind === 'write') &&
    ((a.guard === 'none' && b.guard === 'none') || (a.guard === 'read' && b.guard === 'read')) &&
    !orders(a, b) &&
    !orders(b, a)
  );
}

function orders(first: Placed, second: Placed): boolean {
  for (const s of first.order.signals) {
    if (second.order.waits.has(s)) {
      return true;
    }
  }
  return false;
}
